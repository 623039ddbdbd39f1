import { ASSESSMENT_PARAMETER, linkTarget } from "@rungs/core";

/**
 * A link to a result: `base` with the code from core's `encodeAssessment` in the query
 * parameter `assessment` (replacing one that is there; the path and any `#hash` are kept).
 * The host reads it back with core's `checkedFromLink(framework, searchParams, { track })`,
 * whose `checked` is `useAssessment`'s `defaultChecked`. Pure: no window, so it also runs on a server.
 *
 * `base` follows the link rule of the rest of Rungs (core's `linkTarget`): an absolute
 * `http:` or `https:` URL without user name or password, or an address relative to
 * `origin` (e.g. the page's own address, itself http(s)) that stays on its origin.
 * Anything else — `javascript:`, `data:`, `//other.host`, a relative base without an
 * origin, an address that does not parse — gives `undefined`, never a link. Never throws.
 */
export function assessmentLink(base: string, code: string, origin?: string): string | undefined {
  const target = linkTarget(base) ?? sameOriginTarget(base, origin);
  if (!target) return undefined;
  // linkTarget's href is a URL it has just parsed: this parse cannot fail.
  const url = new URL(target.href);
  url.searchParams.set(ASSESSMENT_PARAMETER, String(code));
  return url.href;
}

/** A relative `base` resolved against an http(s) `origin`, when it stays on that origin ("/x", "?q", "#h"; not "//host"). */
function sameOriginTarget(base: unknown, origin: string | undefined) {
  const page = linkTarget(origin);
  if (!page || typeof base !== "string" || isAbsolute(base)) return undefined;
  try {
    const url = new URL(base, page.href);
    return url.origin === new URL(page.href).origin ? linkTarget(url.href) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the address has a scheme of its own; such a base must pass `linkTarget` as it is. */
function isAbsolute(address: string): boolean {
  try {
    new URL(address);
    return true;
  } catch {
    return false;
  }
}
