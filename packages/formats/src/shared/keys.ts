/** Key helpers of the importers: keys made from labels, and keys set whatever their name. */

/** Sets an own property whatever its name (`__proto__` included), in insertion order. */
export function define<Value>(target: Record<string, Value>, key: string, value: Value): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
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
