// The chart's coordinates, computed here in TypeScript so the server writes them as SVG
// attributes: deterministic (rounded to 0.01), no style attribute, nothing measured in a
// browser. Pure functions, tested on their own (tests/react/profile/geometry.test.ts).

/** A point in the chart's user units (its viewBox). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The radar's frame: a square viewBox with room around the circle for the area names. */
export const RADAR = { width: 480, height: 400, cx: 240, cy: 200, radius: 130, labelGap: 16 } as const;

/** The bars' frame: one row per area, its name above two bars (current, then target). Right to left, area-profile.css mirrors them by `width` (480px there: keep the two equal). */
export const BARS = { width: 480, label: 20, bar: 12, gap: 4, rowGap: 16 } as const;

/** Fewest and most areas a radar shows: under 3 it has no area, over 10 its names crowd. */
export const RADAR_MIN_AREAS = 3;
export const RADAR_MAX_AREAS = 10;

/** The shape for this many areas: a radar for 3 to 10, bars otherwise. */
export function chartShape(areaCount: number): "radar" | "bars" {
  return areaCount >= RADAR_MIN_AREAS && areaCount <= RADAR_MAX_AREAS ? "radar" : "bars";
}

/** Rounded to two decimals, without `-0`: the same text on every server. */
export function round(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

/** A share as the chart draws it: 0 to 1, anything else (NaN, negative, above 1) clamped. */
export function clampShare(share: number): number {
  return Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
}

/** The angle of axis `index` of `count`, in radians: the first straight up, then clockwise. */
export function radarAngle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

/** The point of axis `index` (of `count`) at `share` of the radius from the centre. */
export function radarPoint(index: number, count: number, share: number): Point {
  const angle = radarAngle(index, count);
  const distance = RADAR.radius * clampShare(share);
  return { x: round(RADAR.cx + distance * Math.cos(angle)), y: round(RADAR.cy + distance * Math.sin(angle)) };
}

/** An SVG `points` list: one point per share, axis by axis. */
export function radarPolygon(shares: readonly number[]): string {
  return shares
    .map((share, index) => radarPoint(index, shares.length, share))
    .map((point) => `${point.x},${point.y}`)
    .join(" ");
}

/** The grid ring at `share` of the radius, as an SVG `points` list. */
export function radarRing(count: number, share: number): string {
  return radarPolygon(Array.from({ length: count }, () => share));
}

/**
 * Where the name of axis `index` goes: just outside the circle, anchored so the text runs
 * away from the chart (to the right on the right side, to the left on the left side,
 * centred at the top and bottom). The chart sets `direction="ltr"` so `start` means the
 * left edge in every page, `dir="rtl"` included; the text itself keeps its own direction.
 */
export function radarLabel(
  index: number,
  count: number,
): Point & { anchor: "start" | "middle" | "end"; below: boolean } {
  const angle = radarAngle(index, count);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const distance = RADAR.radius + RADAR.labelGap;
  const anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
  return { x: round(RADAR.cx + distance * cos), y: round(RADAR.cy + distance * sin), anchor, below: sin > 0.3 };
}

/** The width of a bar for `share` of the full width. */
export function barWidth(share: number): number {
  return round(BARS.width * clampShare(share));
}

/** The height of one area's row of bars (name, current bar, target bar) and the gap after it. */
export const BAR_ROW = BARS.label + BARS.bar + BARS.gap + BARS.bar + BARS.rowGap;

/** The bars' viewBox height for `count` areas. */
export function barsHeight(count: number): number {
  return Math.max(1, count * BAR_ROW - BARS.rowGap);
}

/**
 * A name cut into at most `lines` lines of about `width` characters, at spaces where it
 * can; what does not fit ends in "…" (the table beside the chart has it whole). Counted in
 * code points, so no character is split.
 */
export function labelLines(text: string, width = 18, lines = 2): string[] {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  const out: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if ([...candidate].length <= width) {
      line = candidate;
      continue;
    }
    if (line !== "") out.push(line);
    line = word;
  }
  if (line !== "") out.push(line);
  const kept = out
    .slice(0, lines)
    .map((part) => ([...part].length > width ? `${[...part].slice(0, width - 1).join("")}…` : part));
  if (out.length > lines) {
    const last = [...(kept[lines - 1] ?? "")];
    kept[lines - 1] = `${last.slice(0, Math.min(last.length, width - 1)).join("")}…`;
  }
  return kept;
}
