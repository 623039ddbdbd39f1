import { toWellFormed } from "@rungs/core";

/**
 * What a relative address resolves against when only its form matters (no page is at hand on
 * a server): an http(s) base, so that a relative address passes and an absolute one keeps its
 * own scheme. The browser resolves against the page, which changes the host, not the scheme.
 */
const FORM_BASE = "https://rungs.invalid/";

/**
 * Whether an attribute that a Rungs element follows (`src`, `link-to`) may hold the value:
 * the project's link rule (`linkTarget`: http: or https:, no user name or password) widened to
 * addresses relative to the page, which a host's own page uses. `javascript:`, `data:`,
 * `blob:`, `file:` and `https://user:pass@…` are refused. Never throws.
 */
export function isPageUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value, FORM_BASE);
  } catch {
    return false;
  }
  return (url.protocol === "http:" || url.protocol === "https:") && url.username === "" && url.password === "";
}

/** The longest address an error message repeats; a longer one is cut (the reader needs where, not all of it). */
const SHOWN_LENGTH = 200;

/**
 * A `src` as an error message may show it: as written, but never its user name or password
 * (`https://admin:secret@host/f.json` shows as `https://host/f.json`), and an address that
 * does not parse is shown only when it holds no `@` (where credentials could hide).
 */
export function shownUrl(value: string): string {
  let shown = value;
  try {
    const url = new URL(value, FORM_BASE);
    if (url.username !== "" || url.password !== "") {
      url.username = "";
      url.password = "";
      shown = url.href;
    }
  } catch {
    if (value.includes("@")) return "the address given";
  }
  return toWellFormed(shown.length > SHOWN_LENGTH ? `${shown.slice(0, SHOWN_LENGTH)}…` : shown);
}
