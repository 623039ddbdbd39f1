import { parseFramework } from "@rungs/core";
import { detectFormat, importFramework, toCase } from "@rungs/formats";
import { afterEach, describe, expect, it, vi } from "vitest";
import { seedText } from "../seeds";

const seed = parseFramework(seedText());
if (!seed.ok) throw new Error("the seed must parse");
const caseText = JSON.stringify(toCase(seed.framework));

afterEach(() => {
  vi.restoreAllMocks();
});

describe("importFramework checks the length limit before reading JSON (issue 18, item 3)", () => {
  it("refuses a CASE text 4× maxInputLength as parseFramework does, without JSON.parse", () => {
    const limits = { maxInputLength: Math.ceil(caseText.length / 4) };
    const parse = vi.spyOn(JSON, "parse");
    const result = importFramework(caseText, { limits });
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    const core = parseFramework(caseText, { limits });
    expect(core.ok).toBe(false);
    expect(result).toMatchObject({ ok: false, format: "json" });
    expect(!result.ok && result.errors).toEqual(!core.ok && core.errors);
    expect(!result.ok && result.errors[0]?.message).toMatch(/^The input has [\d,]+ characters of JSON; the limit is/);
  });

  it("refuses JSON text over the default limit, whatever the name says it is", () => {
    const text = `[${"0,".repeat(2_600_000)}0]`;
    const parse = vi.spyOn(JSON, "parse");
    for (const fileName of [undefined, "x.json", "x.case.json"]) {
      const result = importFramework(text, fileName === undefined ? {} : { fileName });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors.map((issue) => issue.code)).toEqual(["limit-exceeded"]);
    }
    expect(parse).not.toHaveBeenCalled();
  });

  it("parses a JSON or CASE text once, and hands the value on", () => {
    const parse = vi.spyOn(JSON, "parse");
    const json = importFramework(seedText());
    expect(parse).toHaveBeenCalledTimes(1);
    parse.mockClear();
    const fromCase = importFramework(caseText);
    // Once for the package; once more for the `rungs:` line of its notes (a few hundred characters).
    expect(parse.mock.calls.filter(([text]) => String(text).length > 1_000)).toHaveLength(1);
    expect(json.ok && json.framework).toEqual(seed.framework);
    expect(fromCase.ok && fromCase.framework).toEqual(seed.framework);
    expect(fromCase).toMatchObject({ format: "case", rule: "top-level" });
  });

  it("detectFormat does not read JSON past the default input limit", () => {
    const text = `{"CFDocument":{},"x":"${"a".repeat(5_000_000)}"}`;
    const parse = vi.spyOn(JSON, "parse");
    expect(detectFormat(text)).toMatchObject({ format: "json" });
    expect(parse).not.toHaveBeenCalled();
  });
});

describe("importFramework and detectFormat never throw (issue 18, item 9)", () => {
  const throwing = (name: string) =>
    Object.defineProperty({}, name, {
      enumerable: true,
      get() {
        throw new Error("no");
      },
    });

  it("refuses input that is not text (a Buffer, bytes, null, a number, an object) with an error", () => {
    for (const input of [Buffer.from(seedText()), new Uint8Array(3), null, undefined, 42, {}, ["a"]]) {
      const result = importFramework(input as never);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors).toEqual([
        { path: "", code: "invalid-type", message: expect.stringMatching(/^Expected the file's text/) },
      ]);
    }
  });

  it("reads text with odd options: null, a number, getters that throw, an unknown format", () => {
    for (const options of [
      null,
      42,
      "x",
      throwing("from"),
      throwing("fileName"),
      throwing("limits"),
      { limits: throwing("maxInputLength") },
      { from: "xml" },
      { fileName: 42 },
      { from: null },
    ]) {
      const result = importFramework(seedText(), options as never);
      expect(result.ok && result.framework).toEqual(seed.framework);
    }
  });

  it("detectFormat tells something for any arguments", () => {
    for (const [text, name] of [
      [Buffer.from("x"), undefined],
      [null, "a.csv"],
      ["{}", 42],
      ["{}", null],
      [42, {}],
    ]) {
      expect(() => detectFormat(text as never, name as never)).not.toThrow();
    }
    expect(detectFormat("{}", null as never)).toMatchObject({ format: "json" });
  });
});
