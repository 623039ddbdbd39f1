/** An RFC 3339 date and time, with or without its time zone (`Z` or `±hh:mm`). */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$/;

/** How a text reads as a CASE `lastChangeDateTime`. */
export type DateTimeKind = "date-time" | "no-time-zone" | "invalid";

/**
 * `"date-time"` for an RFC 3339 date-time as CASE asks (`2017-05-25T18:05:33+00:00`),
 * `"no-time-zone"` for one without its zone (`2017-05-25T18:05:33`, as OpenSALT's own
 * sample writes), `"invalid"` for anything else, impossible dates (`2021-02-30`) included.
 */
export function dateTimeKind(text: string): DateTimeKind {
  const match = DATE_TIME.exec(text);
  if (!match) return "invalid";
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const zone = match[7];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const zoneValid =
    zone === undefined || zone.length === 1 || (Number(zone.slice(1, 3)) < 24 && Number(zone.slice(4)) < 60);
  const valid =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    hour < 24 &&
    minute < 60 &&
    second <= 60 &&
    zoneValid;
  if (!valid) return "invalid";
  return zone === undefined ? "no-time-zone" : "date-time";
}
