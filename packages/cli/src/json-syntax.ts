/**
 * The offset of the first character that makes `text` invalid JSON (its length when the text
 * ends too early), or `undefined` when it is valid. For the messages of `JSON.parse` that give
 * no position ("Unexpected token 'x', … is not valid JSON", "Unexpected end of JSON input").
 * One pass, no recursion: a file nested a million deep is read like a flat one.
 */
export function jsonSyntaxErrorOffset(text: string): number | undefined {
  /** The open containers: `[` or `{`. */
  const open: string[] = [];
  let at = skipSpace(text, 0);
  for (;;) {
    // A value is expected at `at`.
    const char = text[at];
    if (char === "[" || char === "{") {
      open.push(char);
      at = skipSpace(text, at + 1);
      const close = char === "[" ? "]" : "}";
      if (text[at] === close) {
        open.pop();
        at = skipSpace(text, at + 1);
      } else if (char === "{") {
        const key = member(text, at);
        if (key.error !== undefined) return key.error;
        at = key.next;
        continue;
      } else {
        continue;
      }
    } else {
      const end = char === '"' ? stringEnd(text, at) : scalarEnd(text, at);
      if (end.error !== undefined) return end.error;
      at = skipSpace(text, end.next);
    }
    // After a value: a comma and the next one, or the end of containers.
    for (;;) {
      const container = open.at(-1);
      if (container === undefined) return at === text.length ? undefined : at;
      if (text[at] === ",") {
        at = skipSpace(text, at + 1);
        if (container === "{") {
          const key = member(text, at);
          if (key.error !== undefined) return key.error;
          at = key.next;
        }
        break;
      }
      if (text[at] === (container === "[" ? "]" : "}")) {
        open.pop();
        at = skipSpace(text, at + 1);
        continue;
      }
      return at;
    }
  }
}

type Step = { next: number; error?: undefined } | { error: number; next?: undefined };

/** `"key" :` and the space after it, at `at`. */
function member(text: string, at: number): Step {
  if (text[at] !== '"') return { error: at };
  const key = stringEnd(text, at);
  if (key.error !== undefined) return key;
  const colon = skipSpace(text, key.next);
  if (text[colon] !== ":") return { error: colon };
  return { next: skipSpace(text, colon + 1) };
}

function skipSpace(text: string, at: number): number {
  let index = at;
  while (index < text.length && " \t\n\r".includes(text[index] ?? "")) index++;
  return index;
}

/** The end of the string starting at `at` (its opening quote). */
function stringEnd(text: string, at: number): Step {
  let index = at + 1;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 0x22) return { next: index + 1 };
    if (code < 0x20) return { error: index };
    if (code === 0x5c) {
      const escaped = text[index + 1];
      if (escaped === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) return { error: index };
        index += 6;
      } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) {
        index += 2;
      } else {
        return { error: index };
      }
    } else {
      index++;
    }
  }
  return { error: text.length };
}

/** A number or `true`, `false`, `null`, starting at `at`. */
const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

function scalarEnd(text: string, at: number): Step {
  SCALAR.lastIndex = at;
  if (!SCALAR.test(text)) return { error: at };
  return { next: SCALAR.lastIndex };
}
