/** Small text helpers of the CASE import. */

/** Runs of white space as one space, the ends trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A part of a subject: one line, and no em dash, which would end the subject early. */
export function subjectPart(text: string): string {
  return collapse(text).replace(/—/g, "–");
}
