/**
 * Where a value sits in the input, kept two ways at once: as a JSON Pointer for programs
 * and as a dotted path for the sentences people read.
 */
export interface Location {
  /** RFC 6901 JSON Pointer; `""` is the root. */
  readonly pointer: string;
  /** `framework.levels.developing.statements[3]`; `""` is the root. */
  readonly human: string;
}

export const ROOT: Location = { pointer: "", human: "" };

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The location of `key` (an array index or an object key) inside `parent`. */
export function child(parent: Location, key: string | number): Location {
  if (typeof key === "number") return { pointer: `${parent.pointer}/${key}`, human: `${parent.human}[${key}]` };
  const pointer = `${parent.pointer}/${escapeSegment(key)}`;
  if (IDENTIFIER.test(key)) {
    return { pointer, human: parent.human ? `${parent.human}.${key}` : key };
  }
  return { pointer, human: `${parent.human}[${JSON.stringify(key)}]` };
}

/** A key as a JSON Pointer segment (RFC 6901: `~` as `~0`, `/` as `~1`); most keys need neither. */
function escapeSegment(key: string): string {
  return key.includes("~") || key.includes("/") ? key.replace(/~/g, "~0").replace(/\//g, "~1") : key;
}

/** The subject of a sentence about a location. */
export function nameOf(location: Location): string {
  return location.human || "The input";
}
