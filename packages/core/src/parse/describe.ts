const MAX_SHOWN = 40;

/** Names a value's kind for a message: "an object", "the number 3", "nothing". */
export function describe(value: unknown): string {
  try {
    return describeKind(value);
  } catch {
    return "a value that cannot be read";
  }
}

function describeKind(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return value.length === 0 ? "an empty array" : "an array";
  switch (typeof value) {
    case "string":
      return value === "" ? "an empty string" : `the text ${quote(value)}`;
    case "number":
      return `the number ${value}`;
    case "boolean":
      return `the value ${value}`;
    case "object":
      return "an object";
    default:
      return `a ${typeof value}`;
  }
}

export function quote(text: string): string {
  // Cut before a surrogate pair rather than through it, so the quote stays well-formed.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(MAX_SHOWN - 1)) ? MAX_SHOWN - 1 : MAX_SHOWN;
  const shown = text.length > MAX_SHOWN ? `${text.slice(0, end)}…` : text;
  return JSON.stringify(shown);
}
