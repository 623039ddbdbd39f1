import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseWhitespace, splitCollapsed, splitStatement } from "../../../packages/core/src/parse/text";
import { hasOnlyTidyStrings, isTidy, WIDE_SPACE } from "../../../packages/core/src/parse/tidy-text";
import { isWellFormed } from "../../../packages/core/src/parse/well-formed";

/** Characters that make texts untidy, or nearly: every kind of white space, dashes, surrogates. */
const tricky = fc.constantFrom(
  " ",
  "  ",
  "\t",
  "\n",
  "\r",
  "\v",
  "\f",
  "\u00a0",
  "\u1680",
  "\u2000",
  "\u2009",
  "\u200a",
  "\u200b",
  "\u2028",
  "\u2029",
  "\u202f",
  "\u205f",
  "\u3000",
  "\ufeff",
  "\u0085",
  "\uD83D",
  "\uDE00",
  "\uD83D\uDE00",
  "—",
  "–",
  " - ",
  ": ",
  ":",
  "-",
  "\\",
  '"',
  "a",
  "Z",
  "é",
);
const trickyText = fc
  .array(fc.oneof(tricky, fc.string({ maxLength: 3 })), { maxLength: 12 })
  .map((parts) => parts.join(""));

describe("WIDE_SPACE", () => {
  it("with the space, tab to carriage return and no-break space, is exactly what \\s matches", () => {
    const listed = new RegExp(`[ \\t-\\r\\u00a0${WIDE_SPACE}]`);
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code);
      expect(listed.test(character), `U+${code.toString(16)}`).toBe(/\s/.test(character));
    }
  });
});

describe("isTidy", () => {
  it("holds only for well-formed text that collapsing would merely trim", () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        if (!isTidy(text)) return;
        expect(isWellFormed(text)).toBe(true);
        expect(collapseWhitespace(text)).toBe(text.trim());
      }),
      { numRuns: 3000 },
    );
  });

  it("holds for ordinary statements", () => {
    expect(isTidy("Safety — follows lockout procedures")).toBe(true);
    expect(isTidy(" Leading and trailing ")).toBe(true);
    expect(isTidy("Two  spaces")).toBe(false);
    expect(isTidy("Tab\there")).toBe(false);
    expect(isTidy("Emoji 😀")).toBe(false); // a closer look, which finds nothing to change
  });
});

describe("hasOnlyTidyStrings", () => {
  const value = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: "small" },
      trickyText,
      fc.integer(),
      fc.array(tie("value"), { maxLength: 4 }),
      fc.dictionary(trickyText, tie("value"), { maxKeys: 4 }),
    ),
  })).value;

  /** Every string in a JSON value, keys included. */
  function strings(found: unknown, into: string[] = []): string[] {
    if (typeof found === "string") {
      into.push(found);
    } else if (Array.isArray(found)) {
      for (const item of found) strings(item, into);
    } else if (typeof found === "object" && found !== null) {
      for (const [key, item] of Object.entries(found)) {
        into.push(key);
        strings(item, into);
      }
    }
    return into;
  }

  it("holds only when every string in the JSON text is tidy, minified or pretty-printed", () => {
    fc.assert(
      fc.property(value, fc.constantFrom(undefined, 2, "\t", " \u00a0"), (parsed, indent) => {
        let json: string;
        try {
          json = JSON.stringify(parsed, null, indent as string | number | undefined);
        } catch {
          return;
        }
        // JSON.stringify escapes controls and lone surrogates; write some raw ones back, as a
        // hand-made or hostile file might, where JSON allows them.
        const raw = json.replace(/\\u(d[89a-f][0-9a-f]{2})/g, (_, hex: string) =>
          String.fromCharCode(Number.parseInt(hex, 16)),
        );
        for (const text of [json, raw]) {
          let decoded: unknown;
          try {
            decoded = JSON.parse(text);
          } catch {
            continue;
          }
          if (hasOnlyTidyStrings(text)) for (const found of strings(decoded)) expect(isTidy(found), found).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("holds for the seed as it is, minified and pretty-printed", () => {
    const framework = { levels: { one: { statements: ["Safety — follows procedures", "Quality — checks work"] } } };
    expect(hasOnlyTidyStrings(JSON.stringify(framework))).toBe(true);
    expect(hasOnlyTidyStrings(JSON.stringify(framework, null, 2))).toBe(true);
    expect(hasOnlyTidyStrings(JSON.stringify({ a: "two  spaces" }, null, 2))).toBe(false);
    expect(hasOnlyTidyStrings(JSON.stringify({ a: "  leading" }))).toBe(false);
    expect(hasOnlyTidyStrings(JSON.stringify({ a: "line\nbreak" }))).toBe(false);
    expect(hasOnlyTidyStrings('{"a":"no\u00a0break"}')).toBe(false);
    expect(hasOnlyTidyStrings('{"a":"lone \uD800"}')).toBe(false);
  });
});

describe("splitCollapsed", () => {
  it("splits a collapsed text as splitStatement does", () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        const collapsed = collapseWhitespace(text);
        expect(splitCollapsed(collapsed)).toEqual(splitStatement(collapsed));
      }),
      { numRuns: 5000 },
    );
  });

  it("finds every separator splitStatement knows", () => {
    expect(splitCollapsed("Safety — follows procedures")).toEqual({
      subject: "Safety",
      description: "follows procedures",
    });
    expect(splitCollapsed("Safety–follows")).toEqual({ subject: "Safety", description: "follows" });
    expect(splitCollapsed("Safety - follows")).toEqual({ subject: "Safety", description: "follows" });
    expect(splitCollapsed("Safety: follows")).toEqual({ subject: "Safety", description: "follows" });
    expect(splitCollapsed("— follows")).toBeUndefined();
    expect(splitCollapsed("Safety —")).toBeUndefined();
    expect(splitCollapsed("no separator")).toBeUndefined();
  });
});
