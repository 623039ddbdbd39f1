/** One JSON Pointer segment (RFC 6901): `~` and `/` escaped. */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** A JSON Pointer from its segments. */
export function pointer(...keys: readonly (string | number)[]): string {
  return keys.map((key) => `/${pointerSegment(key)}`).join("");
}
