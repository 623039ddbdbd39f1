import { statementIdsInOrder } from "../model/queries";
import type { TrackOptions } from "../model/track";
import type { Framework } from "../model/types";
import { type AssessmentCodeError, decodeAssessment } from "./assessment-code";

/** The query parameter that carries an assessment code in a shared link ("Copy link" writes it). */
export const ASSESSMENT_PARAMETER = "assessment";

/**
 * Where a shared link's code is read from: the link itself (an absolute URL, a path with a
 * query, or a query string such as `location.search`), anything with a `search` (a `URL`,
 * the page's `location`), anything with a `get` (`URLSearchParams`, a router's search
 * params), or the plain object a router hands a page (Next.js's awaited `searchParams`:
 * each value a string, a list of them, or absent).
 */
export type AssessmentLinkSource =
  | string
  | { readonly search: string }
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

export interface CheckedFromLinkOptions extends TrackOptions {
  /** The query parameter to read; default `"assessment"`, the one the summary's link writes. */
  readonly parameter?: string | undefined;
}

/** Why a link restored nothing: it had no code, or its code was refused (see `decodeAssessment`). */
export type CheckedFromLinkError = "absent" | AssessmentCodeError;

export type CheckedFromLinkResult =
  | {
      readonly ok: true;
      /** Ids of the checked statements, in the framework's order: `useAssessment`'s `defaultChecked`. */
      readonly checked: readonly string[];
      /** The code read. */
      readonly code: string;
    }
  | {
      readonly ok: false;
      /** Nothing is checked: `defaultChecked={result.checked}` still reads as a fresh start. */
      readonly checked: readonly string[];
      readonly reason: CheckedFromLinkError;
      /** The code refused; `undefined` when the link had none. */
      readonly code: string | undefined;
    };

const NONE: readonly string[] = Object.freeze([]);

/**
 * The statements a shared link checks: reads its `assessment` parameter and decodes it for
 * this framework and track. Pure and deterministic (no window, no clock), so a server
 * component reading `searchParams` and the client hydrating after it compute the same
 * `defaultChecked`, and nothing mismatches.
 *
 * A code is made for one track (`encodeAssessment(framework, ids, { track })`): pass the
 * track the page shows, which the page's address implies (the summary's link keeps the
 * path and the hash, so a track chosen by either comes back with it).
 *
 * Never throws. A link without the parameter gives `reason: "absent"`; a code of another
 * framework, another version of it or another track, `"other-framework"`; the other reasons
 * are `decodeAssessment`'s. On failure `checked` is empty, so the result can be handed to
 * `defaultChecked` as it is, and `reason` says what to tell the reader.
 */
export function checkedFromLink(
  framework: Framework,
  link: AssessmentLinkSource | null | undefined,
  options: CheckedFromLinkOptions = {},
): CheckedFromLinkResult {
  const { parameter = ASSESSMENT_PARAMETER, track } = options;
  const code = codeOf(link, parameter);
  if (code === undefined) return { ok: false, checked: NONE, reason: "absent", code: undefined };
  const decoded = decodeAssessment(framework, code, { track });
  if (!decoded.ok) return { ok: false, checked: NONE, reason: decoded.reason, code };
  return { ok: true, checked: statementIdsInOrder(framework, decoded.checked, { track }), code };
}

/** The parameter's first value, or undefined when the source has none or is no source at all. */
function codeOf(link: unknown, parameter: string): string | undefined {
  try {
    if (typeof link === "string") return queryValue(queryOf(link), parameter);
    if (typeof link !== "object" || link === null) return undefined;
    const prototype: unknown = Object.getPrototypeOf(link);
    // A plain object is a router's parameters, whatever its keys (a parameter may be called "search").
    if (prototype === Object.prototype || prototype === null) return ownValue(link, parameter);
    const { get, search } = link as { get?: unknown; search?: unknown };
    if (typeof get === "function") {
      const value: unknown = get.call(link, parameter);
      return typeof value === "string" ? value : undefined;
    }
    return typeof search === "string" ? queryValue(search, parameter) : undefined;
  } catch {
    // A getter that throws, a revoked proxy: a link that cannot be read has no code.
    return undefined;
  }
}

/** A plain object's own value for the parameter (the first of a list); never an inherited one (`constructor`, `__proto__`). */
function ownValue(parameters: object, parameter: string): string | undefined {
  if (!Object.hasOwn(parameters, parameter)) return undefined;
  const value: unknown = (parameters as Record<string, unknown>)[parameter];
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : undefined;
}

/** The query of a link given as text: a whole URL, a relative one, or a bare query ("?a=b" or "a=b"). */
function queryOf(link: string): string {
  const withoutHash = link.split("#", 1)[0] ?? "";
  const at = withoutHash.indexOf("?");
  if (at >= 0) return withoutHash.slice(at + 1);
  // No "?": a bare query ("assessment=…") has an "=", an address without a query has none to read.
  return withoutHash.includes("=") && !withoutHash.includes("/") ? withoutHash : "";
}

/**
 * The first value of `name` in a query (`application/x-www-form-urlencoded`, as
 * `URLSearchParams` reads it: "+" is a space, percent-escapes decoded; a malformed escape
 * is kept as written). Core has no `URLSearchParams` of its own to rely on.
 */
function queryValue(query: string, name: string): string | undefined {
  for (const pair of query.replace(/^\?/, "").split("&")) {
    const at = pair.indexOf("=");
    const key = at < 0 ? pair : pair.slice(0, at);
    if (formDecode(key) === name) return at < 0 ? "" : formDecode(pair.slice(at + 1));
  }
  return undefined;
}

function formDecode(text: string): string {
  const spaced = text.replace(/\+/g, " ");
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}
