// How values are written so that `parseFramework` reads back exactly what a framework holds.
// Shared by the JSON and CSV exporters; not part of the public API.

/**
 * The label to write for a level so that parsing gives back `label`. The parse trims labels
 * and falls back to the key when none is left, so a label with white space at its ends can
 * only be such a key: writing none (`""`) gives it back, writing it would trim it.
 */
export function labelToWrite(label: string): string {
  return label === label.trim() ? label : "";
}

/**
 * An object with these keys in this order, each an own property even when its name is
 * `__proto__` (assignment would set the prototype instead and lose the entry).
 */
export function ownEntries<T>(entries: ReadonlyArray<readonly [string, T]>): Record<string, T> {
  const object: Record<string, T> = {};
  for (const [name, value] of entries) {
    Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return object;
}
