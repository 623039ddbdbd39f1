import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineAndColumn, locateJsonError } from "../../packages/cli/src/json-location";
import { jsonSyntaxErrorOffset } from "../../packages/cli/src/json-syntax";
import { seedText } from "../seeds";

// Issue 18, item 14: invalid JSON located by line and column. JSON.parse gives an offset for
// most errors and none for "Unexpected token"; the CLI's reader finds that one itself.

/** JSON.parse's verdict: valid or not. */
function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The offset JSON.parse reports, when it reports one. */
function parseOffset(text: string): number | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const match = /at position (\d+)/.exec((error as Error).message);
    return match ? Number(match[1]) : undefined;
  }
}

describe("jsonSyntaxErrorOffset", () => {
  it("agrees with JSON.parse on validity, and on the offset where JSON.parse gives one", () => {
    const jsonish = fc.oneof(
      fc.json().map((json) => json),
      fc
        .tuple(fc.json(), fc.nat(), fc.constantFrom("", "x", ",", "}", "]", '"', "'", "\\", "\n", "tru", "-", "1."))
        .map(
          ([json, at, insert]) => json.slice(0, at % (json.length + 1)) + insert + json.slice(at % (json.length + 1)),
        ),
      fc.string({ unit: fc.constantFrom(...'{}[]:,"\\ 0123-.eEtruefalsn\n') }),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        const offset = jsonSyntaxErrorOffset(text);
        expect(offset === undefined).toBe(parses(text));
        const reported = parseOffset(text);
        if (reported !== undefined && offset !== undefined) expect(offset).toBeLessThanOrEqual(reported);
      }),
      { seed: 1814, numRuns: 2000 },
    );
  });

  it("finds the token JSON.parse names without a position", () => {
    expect(jsonSyntaxErrorOffset('{"a": x}')).toBe(6);
    expect(jsonSyntaxErrorOffset("{\n  // a comment\n}")).toBe(4);
    expect(jsonSyntaxErrorOffset("{'a': 1}")).toBe(1);
    expect(jsonSyntaxErrorOffset("nul")).toBe(0);
    expect(jsonSyntaxErrorOffset('{"a":')).toBe(5);
    expect(jsonSyntaxErrorOffset(seedText())).toBeUndefined();
  });

  it("reads a million nested brackets without a stack overflow", () => {
    expect(jsonSyntaxErrorOffset(`${"[".repeat(1_000_000)}${"]".repeat(999_999)}`)).toBe(1_999_999);
  });
});

describe("locateJsonError", () => {
  it("replaces JSON.parse's offset with a line and column, and adds one where it gave none", () => {
    const issue = (message: string) => ({ path: "", code: "invalid-json", message });
    expect(
      locateJsonError(issue("The input is not valid JSON: Expected ',' at position 10."), '{"a":\n  1,,}').message,
    ).toBe("The input is not valid JSON: Expected ',' at line 2, column 5.");
    expect(
      locateJsonError(
        issue(`The input is not valid JSON: Unexpected token 'x', "{"a":\n x}" is not valid JSON.`),
        '{"a":\n x}',
      ).message,
    ).toBe(`The input is not valid JSON: Unexpected token 'x', "{"a":\n x}" is not valid JSON at line 2, column 2.`);
    const empty = issue("The input is empty; expected the JSON text of a framework.");
    expect(locateJsonError(empty, "")).toBe(empty);
    const other = { path: "/a", code: "unknown-key", message: "at position 3" };
    expect(locateJsonError(other, "{}")).toBe(other);
  });

  it("counts CRLF, LF and a lone CR as one line break each", () => {
    expect(lineAndColumn("a\r\nb\rc\nd", 7)).toEqual({ line: 4, column: 1 });
    expect(lineAndColumn("ab", 1)).toEqual({ line: 1, column: 2 });
  });
});
