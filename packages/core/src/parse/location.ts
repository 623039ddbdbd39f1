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

export function child(parent: Location, key: string | number): Location {
  const segment = String(key).replace(/~/g, "~0").replace(/\//g, "~1");
  const pointer = `${parent.pointer}/${segment}`;
  if (typeof key === "number") return { pointer, human: `${parent.human}[${key}]` };
  if (IDENTIFIER.test(key)) {
    return { pointer, human: parent.human ? `${parent.human}.${key}` : key };
  }
  return { pointer, human: `${parent.human}[${JSON.stringify(key)}]` };
}

/** The subject of a sentence about a location. */
export function nameOf(location: Location): string {
  return location.human || "The input";
}
