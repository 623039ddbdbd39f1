/** Small text helpers of the CASE import. */

/** Sets an own property whatever its name (`__proto__` included), in insertion order. */
export function define<Value>(target: Record<string, Value>, key: string, value: Value): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Runs of white space as one space, the ends trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A part of a subject: one line, and no em dash, which would end the subject early. */
export function subjectPart(text: string): string {
  return collapse(text).replace(/—/g, "–");
}

/** Lowercase ASCII letters, digits and single hyphens, from a label (at most 60 characters). */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}
