/** The query parameter that carries an assessment code in a link made by `AssessmentSummary`. */
export const ASSESSMENT_PARAMETER = "assessment";

/**
 * A link to a result: `base` with the code from core's `encodeAssessment` in the query
 * parameter `assessment` (replacing one that is there; the path and any `#hash` are kept).
 * A relative `base` is resolved against `origin`, e.g. the page's own address. The host
 * reads it back with `new URL(href).searchParams.get("assessment")` and core's
 * `decodeAssessment`. Pure: no window, so it also runs on a server.
 */
export function assessmentLink(base: string, code: string, origin?: string): string {
  const url = new URL(base, origin);
  url.searchParams.set(ASSESSMENT_PARAMETER, code);
  return url.href;
}
