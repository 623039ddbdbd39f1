import type { Framework, Track } from "@rungs/core";
import { choiceOf } from "./args";

/** Where a track's id goes in `--track-href`. */
export const TRACK_PLACEHOLDER = "{track}";

/**
 * `--track <key>` checked against the framework's tracks: the key, `undefined` without the
 * option (the first track), or the usage error's message, which lists the keys there are.
 */
export function trackOption(
  framework: Framework,
  value: string | undefined,
): { ok: true; value: string | undefined } | { ok: false; message: string } {
  return choiceOf(
    "track",
    value,
    framework.tracks.map((track) => track.key),
  );
}

/**
 * `--track-href <template>`: where each track's page is, `{track}` standing for the track's
 * id (URL-safe), e.g. `engineering-{track}.html`. A function from a track to its page, or
 * the usage error's message: the template must hold `{track}` (else every track would link
 * to one page) and be an http(s) address or one relative to the page, without credentials
 * (never `javascript:` or `data:`: a reader follows these links).
 */
export function trackHrefOption(
  template: string | undefined,
): { ok: true; value: ((track: Track) => string) | undefined } | { ok: false; message: string } {
  if (template === undefined) return { ok: true, value: undefined };
  if (!template.includes(TRACK_PLACEHOLDER)) {
    return {
      ok: false,
      message: `--track-href must hold ${TRACK_PLACEHOLDER}, where each track's id goes; got '${template}'`,
    };
  }
  if (!isPageAddress(template.replaceAll(TRACK_PLACEHOLDER, "track"))) {
    return {
      ok: false,
      message: `--track-href must be an http: or https: address, or one relative to the page, without a user name or password; got '${template}'`,
    };
  }
  return { ok: true, value: (track) => template.replaceAll(TRACK_PLACEHOLDER, encodeURIComponent(track.id)) };
}

/**
 * An http(s) address or one relative to the page, with no credentials: @rungs/elements' rule
 * for the addresses its elements follow. Parsed as a browser parses it (the URL parser drops
 * tabs, newlines and surrounding spaces as the browser does), so what passes is what is followed.
 */
function isPageAddress(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text, "https://page.invalid/dir/");
  } catch {
    return false;
  }
  return (url.protocol === "https:" || url.protocol === "http:") && url.username === "" && url.password === "";
}
