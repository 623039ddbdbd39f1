import { readFileSync } from "node:fs";
import {
  DEFAULT_LIMITS,
  type Framework,
  type Issue,
  isFramework,
  type ParseResult,
  parseFramework,
  resolveFramework,
} from "@rungs/core";
import { describe, expect, it } from "vitest";
import { DEFAULT_TRACK_KEY } from "../../../packages/core/src/parse/default-track";
import { seedFiles, seedText } from "../../seeds";
import { resolvePointer } from "../pointer";

const EVERY_FIELD = readFileSync(new URL("../fixtures/format-1-1/every-field.json", import.meta.url), "utf8");

type Json = Record<string, unknown>;

/** A 1.1 file around `framework`: one with the given body and nothing else to warn about. */
function file11(body: Json, extra: Json = {}): Json {
  return { schemaVersion: "1.1", occupation: { title: "T" }, framework: body, attribution: "A", ...extra };
}

/** A 1.1 file of one level "a" with these statements. */
function statements11(statements: unknown[], body: Json = {}): Json {
  return file11({ levels: { a: { label: "A", statements } }, ...body });
}

function ok(result: ParseResult): Framework {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.framework;
}

function errorsOf(result: ParseResult): readonly Issue[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

/** Every issue names a place that exists in the input. */
function expectPathsResolve(input: unknown, issues: readonly Issue[]): void {
  for (const issue of issues) expect(resolvePointer(input, issue.path).found, issue.path).toBe(true);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Json)[key]);
    Object.freeze(value);
  }
  return value;
}

describe("format 1.1: a file with every new field", () => {
  const result = parseFramework(EVERY_FIELD);
  const framework = ok(result);

  it("parses without a warning", () => {
    expect(result.warnings).toEqual([]);
  });

  it("keeps the language, the areas in order, and both tracks", () => {
    expect(framework.language).toBe("en-GB");
    expect(framework.areas).toEqual([
      { key: "delivery", id: "delivery", label: "Delivery", description: "Shipping work that matters.", rank: 0 },
      { key: "people", id: "people", label: "People", rank: 1 },
    ]);
    expect(framework.tracks.map((track) => [track.key, track.id, track.label])).toEqual([
      ["ic", "ic", "Individual contributor"],
      ["manager", "manager", "Manager"],
    ]);
    expect(framework.tracks[0]?.description).toBe("Grows by the reach of their technical work.");
  });

  it("makes the first track the default: levels, allLevels and cumulative are its own", () => {
    const [ic] = framework.tracks;
    expect(framework.levels).toBe(ic?.levels);
    expect(framework.allLevels).toBe(ic?.allLevels);
    expect(framework.cumulative).toBe(true);
  });

  it("keeps a level's description (with its paragraph), its details in order, and its equivalents", () => {
    const [ic1] = framework.levels;
    expect(ic1?.description).toBe("Works on well-defined tasks.\n\nLearns the codebase.");
    expect(ic1?.details).toEqual([
      { label: "Years of experience", text: "0–2" },
      { label: "Time on core work", text: "~70 %" },
    ]);
    expect(framework.tracks[1]?.levels[0]?.equivalents).toEqual([{ track: "ic", level: "ic2" }]);
  });

  it("keeps a statement object's id, area, proficiency, examples and notes; a string beside it reads as in 1.0", () => {
    const [plain, rich] = framework.levels[0]?.statements ?? [];
    expect(plain).toEqual({
      id: "ic-ic1-1",
      levelKey: "ic1",
      index: 0,
      text: "Code — writes tested code for well-defined tasks.",
      subject: "Code",
      description: "writes tested code for well-defined tasks.",
    });
    expect(rich).toEqual({
      id: "review-small",
      levelKey: "ic1",
      index: 1,
      text: "Reviews — reviews small changes from peers.",
      subject: "Reviews",
      description: "reviews small changes from peers.",
      area: "delivery",
      proficiency: "Adopts",
      examples: ["Leaves a review within a day.", "Asks questions\n\nwhen unsure."],
      notes: "Not an expectation in the first month.",
    });
  });

  it("gives every-level statements ids of their own: the framework's all-n, a track's own <track>-all-n", () => {
    expect(framework.allLevels.map((statement) => [statement.id, statement.levelKey, statement.description])).toEqual([
      ["all-1", "", "lives the company values.\n\nIn every team, every day."],
    ]);
    const manager = framework.tracks[1];
    expect(manager?.allLevels.map((statement) => statement.id)).toEqual(["manager-all-1"]);
    expect(manager?.cumulative).toBe(false);
  });

  it("has ids unique across every track, level, statement and allLevels", () => {
    const ids = framework.tracks.flatMap((track) => [
      ...track.levels.flatMap((level) => [level.id, ...level.statements.map((statement) => statement.id)]),
      ...track.allLevels.map((statement) => statement.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("is deeply frozen, and a JSON or structuredClone copy passes resolveFramework to an equal framework", () => {
    expect(Object.isFrozen(framework.tracks)).toBe(true);
    expect(Object.isFrozen(framework.tracks[1]?.levels[0]?.equivalents)).toBe(true);
    expect(Object.isFrozen(framework.levels[0]?.details?.[0])).toBe(true);
    expect(Object.isFrozen(framework.levels[0]?.statements[1]?.examples)).toBe(true);
    expect(Object.isFrozen(framework.areas[0])).toBe(true);
    const copy = ok(resolveFramework(JSON.parse(JSON.stringify(framework))));
    expect(copy).toEqual(framework);
    expect(copy.levels).toBe(copy.tracks[0]?.levels);
    expect(isFramework(structuredClone(framework))).toBe(true);
  });

  it("never mutates its input", () => {
    const input = deepFreeze(JSON.parse(EVERY_FIELD));
    expect(ok(parseFramework(input))).toEqual(framework);
  });
});

describe("format 1.0 is read as before 1.1", () => {
  it.each(seedFiles.filter((file) => JSON.parse(seedText(file)).schemaVersion === "1.0"))(
    "seeds/%s is one default track, without areas or every-level statements",
    (file) => {
      const framework = ok(parseFramework(seedText(file)));
      expect(framework.tracks).toHaveLength(1);
      expect(Object.isFrozen(framework.tracks)).toBe(true);
      const [track] = framework.tracks;
      expect(Object.isFrozen(track)).toBe(true);
      expect(track?.key).toBe(DEFAULT_TRACK_KEY);
      expect(track?.id).toBe("default");
      expect(track?.label).toBe(framework.occupation.title);
      expect(track?.levels).toBe(framework.levels);
      expect(framework.areas).toEqual([]);
      expect(framework.allLevels).toEqual([]);
      expect(framework.cumulative).toBe(false);
      expect(framework.language).toBeUndefined();
    },
  );

  it("ignores 1.1's fields in a 1.0 file with unknown-key warnings, as it always did", () => {
    const input = {
      schemaVersion: "1.0",
      occupation: { title: "T" },
      language: "de",
      framework: {
        areas: { a: { label: "A" } },
        allLevels: ["X — y"],
        cumulative: true,
        levels: { a: { label: "A", description: "d", statements: ["S — d"] } },
      },
      attribution: "A",
    };
    const result = parseFramework(input);
    const framework = ok(result);
    expect(result.warnings.map((issue) => [issue.path, issue.code])).toEqual([
      ["/language", "unknown-key"],
      ["/framework/areas", "unknown-key"],
      ["/framework/allLevels", "unknown-key"],
      ["/framework/cumulative", "unknown-key"],
      ["/framework/levels/a/description", "unknown-key"],
    ]);
    expect(framework.language).toBeUndefined();
    expect(framework.areas).toEqual([]);
    expect(framework.levels[0]?.description).toBeUndefined();
  });

  it("refuses a statement object in a 1.0 file, as it always did", () => {
    const input = { schemaVersion: "1.0", framework: { levels: { a: { statements: [{ text: "S — d" }] } } } };
    expect(errorsOf(parseFramework(input))).toEqual([
      {
        path: "/framework/levels/a/statements/0",
        code: "invalid-type",
        message: "framework.levels.a.statements[0] must be a string; found an object.",
      },
    ]);
  });

  it("collapses every line break in a 1.0 statement; 1.1 keeps blank lines as paragraph breaks", () => {
    const text = "Safety —  checks the guard.\n \t\nThen   the\nbrakes.\n\n\n";
    const as10 = ok(parseFramework({ schemaVersion: "1.0", framework: { levels: { a: { statements: [text] } } } }));
    expect(as10.levels[0]?.statements[0]?.description).toBe("checks the guard. Then the brakes.");
    const as11 = ok(parseFramework(statements11([text])));
    expect(as11.levels[0]?.statements[0]?.text).toBe(text);
    expect(as11.levels[0]?.statements[0]?.description).toBe("checks the guard.\n\nThen the brakes.");
  });

  it("warns about a schemaVersion above 1.1 (newer-version), not about 1.1", () => {
    expect(parseFramework(statements11(["S — d"])).warnings).toEqual([]);
    const newer = parseFramework({ ...statements11(["S — d"]), schemaVersion: "1.2" });
    expect(newer.warnings.map((issue) => [issue.path, issue.code])).toEqual([["/schemaVersion", "newer-version"]]);
  });
});

describe("format 1.1: language", () => {
  it.each(["de", "pt-BR", "zh-Hant-TW", "gsw"])("keeps %s", (language) => {
    expect(ok(parseFramework(statements11(["S — d"], {}))).language).toBeUndefined();
    expect(ok(parseFramework({ ...statements11(["S — d"]), language })).language).toBe(language);
  });

  it.each([
    ["not a tag", "English"],
    ["markup", '<script>alert("x")</script>'],
    ["a number", 7],
  ])("drops %s with a warning at /language", (_, language) => {
    const result = parseFramework({ ...statements11(["S — d"]), language });
    expect(ok(result).language).toBeUndefined();
    expect(result.warnings.map((issue) => [issue.path, issue.code])).toEqual([["/language", "invalid-field"]]);
  });
});

describe("format 1.1: areas", () => {
  it("refuses a statement naming an unknown area, at the statement's area", () => {
    const input = statements11([{ text: "S — d", area: "nope" }], { areas: { delivery: { label: "Delivery" } } });
    const errors = errorsOf(parseFramework(input));
    expect(errors).toEqual([
      {
        path: "/framework/levels/a/statements/0/area",
        code: "invalid-value",
        message: 'framework.levels.a.statements[0].area names the area "nope", which is not a key of framework.areas.',
      },
    ]);
    expectPathsResolve(input, errors);
  });

  it("refuses an area that is not an object; warns about a missing label and shows the key", () => {
    expect(errorsOf(parseFramework(statements11(["S — d"], { areas: { a: "A" } })))[0]?.path).toBe(
      "/framework/areas/a",
    );
    const result = parseFramework(statements11(["S — d"], { areas: { a: {} } }));
    expect(ok(result).areas[0]?.label).toBe("a");
    expect(result.warnings.map((issue) => [issue.path, issue.code])).toEqual([["/framework/areas/a", "missing-label"]]);
  });

  it("reads __proto__ and constructor as plain area keys", () => {
    const input = JSON.parse(
      '{"schemaVersion":"1.1","occupation":{"title":"T"},"attribution":"A","framework":{"areas":{"__proto__":{"label":"P"},"constructor":{"label":"C"}},"levels":{"a":{"statements":[{"text":"S — d","area":"__proto__"},{"text":"T — e","area":"constructor"}]}}}}',
    );
    const framework = ok(parseFramework(input));
    expect(framework.areas.map((area) => [area.key, area.id, area.label])).toEqual([
      ["__proto__", "proto", "P"],
      ["constructor", "constructor", "C"],
    ]);
    expect(framework.levels[0]?.statements.map((statement) => statement.area)).toEqual(["__proto__", "constructor"]);
    expect(({} as Json).label).toBeUndefined();
  });

  it("refuses more areas than maxAreas by their count; accepts as many", () => {
    const areas = (count: number) =>
      Object.fromEntries(Array.from({ length: count }, (_, n) => [`area-${n}`, { label: `Area ${n}` }]));
    expect(ok(parseFramework(statements11(["S — d"], { areas: areas(DEFAULT_LIMITS.maxAreas) }))).areas).toHaveLength(
      DEFAULT_LIMITS.maxAreas,
    );
    const errors = errorsOf(parseFramework(statements11(["S — d"], { areas: areas(DEFAULT_LIMITS.maxAreas + 1) })));
    expect(errors.map((issue) => [issue.path, issue.code])).toEqual([["/framework/areas", "limit-exceeded"]]);
  });
});

describe("format 1.1: statement objects", () => {
  it.each([
    ["no text", { id: "x" }, "/framework/levels/a/statements/0", "missing-field"],
    ["a text that is a number", { text: 3 }, "/framework/levels/a/statements/0/text", "invalid-type"],
    ["an id with a space", { text: "S — d", id: "my id" }, "/framework/levels/a/statements/0/id", "invalid-value"],
    [
      "an id starting with a hyphen",
      { text: "S — d", id: "-x" },
      "/framework/levels/a/statements/0/id",
      "invalid-value",
    ],
    ["an id that is a number", { text: "S — d", id: 7 }, "/framework/levels/a/statements/0/id", "invalid-value"],
    ["a null", null, "/framework/levels/a/statements/0", "invalid-type"],
    ["an array", ["S — d"], "/framework/levels/a/statements/0", "invalid-type"],
  ])("refuses %s, at its path", (_, statement, path, code) => {
    const input = statements11([statement]);
    const errors = errorsOf(parseFramework(input));
    expect(errors.map((issue) => [issue.path, issue.code])).toEqual([[path, code]]);
    expectPathsResolve(input, errors);
  });

  it("refuses two statements with the author's same id, at the second", () => {
    const input = statements11([
      { text: "S — d", id: "same" },
      { text: "T — e", id: "same" },
    ]);
    expect(errorsOf(parseFramework(input)).map((issue) => [issue.path, issue.code])).toEqual([
      ["/framework/levels/a/statements/1/id", "invalid-value"],
    ]);
  });

  it("refuses an author's id that a level or a made statement id has, at the author's", () => {
    const input = file11({
      levels: { a: { statements: ["S — d", "T — e"] }, b: { statements: [{ text: "U — f", id: "a-2" }] } },
    });
    expect(errorsOf(parseFramework(input)).map((issue) => [issue.path, issue.code])).toEqual([
      ["/framework/levels/b/statements/0/id", "invalid-value"],
    ]);
    const level = file11({ levels: { a: { statements: [{ text: "S — d", id: "a" }] } } });
    expect(errorsOf(parseFramework(level))[0]?.path).toBe("/framework/levels/a/statements/0/id");
  });

  it("keeps an author's id with capitals and underscores, and numbers the others by position", () => {
    const framework = ok(parseFramework(statements11(["S — d", { text: "T — e", id: "ENG_2-b" }, "U — f"])));
    expect(framework.levels[0]?.statements.map((statement) => statement.id)).toEqual(["a-1", "ENG_2-b", "a-3"]);
  });

  it("warns about optional fields of the wrong type and drops them, as 1.0 does its own", () => {
    const input = statements11([
      { text: "S — d", proficiency: 2, examples: "one", notes: ["n"], area: 5 },
      { text: "T — e", examples: ["fine", 3, "   "] },
    ]);
    const result = parseFramework(input);
    const [first, second] = ok(result).levels[0]?.statements ?? [];
    expect(first).toEqual({ id: "a-1", levelKey: "a", index: 0, text: "S — d", subject: "S", description: "d" });
    expect(second?.examples).toEqual(["fine"]);
    expect(result.warnings.map((issue) => [issue.path, issue.code])).toEqual([
      ["/framework/levels/a/statements/0/area", "invalid-field"],
      ["/framework/levels/a/statements/0/proficiency", "invalid-field"],
      ["/framework/levels/a/statements/0/examples", "invalid-field"],
      ["/framework/levels/a/statements/0/notes", "invalid-field"],
      ["/framework/levels/a/statements/1/examples/1", "invalid-field"],
    ]);
    expectPathsResolve(input, result.warnings);
  });

  it("warns about an unknown key in a statement object", () => {
    const result = parseFramework(statements11([{ text: "S — d", weight: 3 }]));
    expect(result.warnings.map((issue) => [issue.path, issue.code])).toEqual([
      ["/framework/levels/a/statements/0/weight", "unknown-key"],
    ]);
  });

  it("keeps markup in every new text as text", () => {
    const xss = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const input = statements11([{ text: `S — ${xss}`, proficiency: xss, examples: [xss], notes: xss }], {
      areas: { a: { label: xss, description: xss } },
    });
    const framework = ok(parseFramework(input));
    const [statement] = framework.levels[0]?.statements ?? [];
    expect(statement?.description).toBe(xss);
    expect(statement?.proficiency).toBe(xss);
    expect(statement?.examples).toEqual([xss]);
    expect(statement?.notes).toBe(xss);
    expect(framework.areas[0]?.label).toBe(xss);
    expect(framework.areas[0]?.description).toBe(xss);
  });

  it("refuses more examples than maxExamplesPerStatement by their count; accepts as many", () => {
    const examples = (count: number) => Array.from({ length: count }, (_, n) => `Example ${n}`);
    const max = DEFAULT_LIMITS.maxExamplesPerStatement;
    expect(
      ok(parseFramework(statements11([{ text: "S — d", examples: examples(max) }]))).levels[0]?.statements[0]?.examples,
    ).toHaveLength(max);
    const errors = errorsOf(parseFramework(statements11([{ text: "S — d", examples: examples(max + 1) }])));
    expect(errors.map((issue) => [issue.path, issue.code])).toEqual([
      ["/framework/levels/a/statements/0/examples", "limit-exceeded"],
    ]);
    // A sparse array of four million slots costs nothing to send and is refused by its length.
    const sparse = statements11([{ text: "S — d", examples: new Array(4_000_000) }]);
    expect(errorsOf(parseFramework(sparse))[0]?.code).toBe("limit-exceeded");
  });

  it("refuses a statement text over maxStatementLength in an object as in a string", () => {
    const long = `S — ${"d".repeat(DEFAULT_LIMITS.maxStatementLength)}`;
    expect(errorsOf(parseFramework(statements11([{ text: long }])))[0]?.path).toBe(
      "/framework/levels/a/statements/0/text",
    );
  });

  it("marks a repeated text in an object as a duplicate, as for strings", () => {
    const result = parseFramework(statements11(["S — d", { text: "S —  d", id: "x" }]));
    expect(result.warnings.map((issue) => [issue.path, issue.code])).toEqual([
      ["/framework/levels/a/statements/1", "duplicate-statement"],
    ]);
  });
});

describe("format 1.1: level description and details", () => {
  it("keeps paragraphs and collapses other white space", () => {
    const input = file11({
      levels: { a: { description: "  One\tline\nstill one.\n\n\nTwo.  ", statements: ["S — d"] } },
    });
    expect(ok(parseFramework(input)).levels[0]?.description).toBe("One line still one.\n\nTwo.");
  });

  it("keeps details in order, __proto__ as a plain label, and drops a non-text value with a warning", () => {
    const input = JSON.parse(
      '{"schemaVersion":"1.1","occupation":{"title":"T"},"attribution":"A","framework":{"levels":{"a":{"label":"A","statements":["S — d"],"details":{"Years":"0–2","__proto__":"polluted?","Ratio":7}}}}}',
    );
    const result = parseFramework(input);
    expect(ok(result).levels[0]?.details).toEqual([
      { label: "Years", text: "0–2" },
      { label: "__proto__", text: "polluted?" },
    ]);
    expect(result.warnings.map((issue) => [issue.path, issue.code])).toEqual([
      ["/framework/levels/a/details/Ratio", "invalid-field"],
    ]);
    expect(({} as Json).Years).toBeUndefined();
  });

  it("warns about details that are not an object, and refuses more than maxDetailsPerLevel", () => {
    const wrong = parseFramework(file11({ levels: { a: { label: "A", statements: ["S — d"], details: ["x"] } } }));
    expect(ok(wrong).levels[0]?.details).toBeUndefined();
    expect(wrong.warnings.map((issue) => issue.code)).toEqual(["invalid-field"]);
    const details = Object.fromEntries(
      Array.from({ length: DEFAULT_LIMITS.maxDetailsPerLevel + 1 }, (_, n) => [`d${n}`, "x"]),
    );
    const errors = errorsOf(parseFramework(file11({ levels: { a: { statements: ["S — d"], details } } })));
    expect(errors.map((issue) => [issue.path, issue.code])).toEqual([
      ["/framework/levels/a/details", "limit-exceeded"],
    ]);
  });
});

describe("format 1.1: tracks and equivalences", () => {
  const twoTracks = (equivalentTo: unknown): Json =>
    file11({
      tracks: {
        ic: { label: "IC", levels: { ic4: { statements: ["S — d"] } } },
        manager: { label: "Manager", levels: { m3: { equivalentTo, statements: ["T — e"] } } },
      },
    });

  it("refuses a file with both levels and tracks, at framework.tracks", () => {
    const input = file11({
      levels: { a: { statements: ["S — d"] } },
      tracks: { ic: { label: "IC", levels: { a: { statements: ["S — d"] } } } },
    });
    const errors = errorsOf(parseFramework(input));
    expect(errors.map((issue) => [issue.path, issue.code])).toEqual([["/framework/tracks", "invalid-value"]]);
  });

  it("refuses a file with neither, saying both names", () => {
    const errors = errorsOf(parseFramework(file11({})));
    expect(errors).toEqual([
      {
        path: "/framework",
        code: "missing-field",
        message: "framework.levels is missing; expected an object of levels in ladder order, or framework.tracks.",
      },
    ]);
  });

  it("accepts a level key that two tracks share, with distinct ids", () => {
    const framework = ok(
      parseFramework(
        file11({
          tracks: {
            ic: { label: "IC", levels: { l3: { statements: ["S — d"] } } },
            em: { label: "EM", levels: { l3: { statements: ["S — d"] } } },
          },
        }),
      ),
    );
    expect(framework.tracks.map((track) => track.levels[0]?.id)).toEqual(["ic-l3", "em-l3"]);
    expect(framework.tracks[1]?.levels[0]?.statements[0]?.id).toBe("em-l3-1");
  });

  it("keeps an equivalence to a level of another track", () => {
    const framework = ok(parseFramework(twoTracks({ ic: "ic4" })));
    expect(framework.tracks[1]?.levels[0]?.equivalents).toEqual([{ track: "ic", level: "ic4" }]);
  });

  it.each([
    ["an unknown track", { nope: "ic4" }, "/framework/tracks/manager/levels/m3/equivalentTo/nope"],
    ["an unknown level", { ic: "ic9" }, "/framework/tracks/manager/levels/m3/equivalentTo/ic"],
    ["a level that is not text", { ic: 4 }, "/framework/tracks/manager/levels/m3/equivalentTo/ic"],
    ["a list", ["ic4"], "/framework/tracks/manager/levels/m3/equivalentTo"],
  ])("refuses %s, at its path", (_, equivalentTo, path) => {
    const input = twoTracks(equivalentTo);
    const errors = errorsOf(parseFramework(input));
    expect(errors.map((issue) => issue.path)).toEqual([path]);
    expectPathsResolve(input, errors);
  });

  it("refuses an equivalence in a file without tracks", () => {
    const errors = errorsOf(parseFramework(file11({ levels: { a: { equivalentTo: { ic: "a" }, statements: [] } } })));
    expect(errors.map((issue) => [issue.path, issue.code])).toEqual([
      ["/framework/levels/a/equivalentTo/ic", "invalid-value"],
    ]);
  });

  it("refuses no tracks, more than maxTracks, and a track without levels", () => {
    expect(errorsOf(parseFramework(file11({ tracks: {} })))[0]?.code).toBe("no-levels");
    const many = Object.fromEntries(
      Array.from({ length: DEFAULT_LIMITS.maxTracks + 1 }, (_, n) => [`t${n}`, { levels: { a: { statements: [] } } }]),
    );
    expect(errorsOf(parseFramework(file11({ tracks: many })))[0]?.code).toBe("limit-exceeded");
    const errors = errorsOf(parseFramework(file11({ tracks: { ic: { label: "IC" } } })));
    expect(errors.map((issue) => [issue.path, issue.code])).toEqual([["/framework/tracks/ic", "missing-field"]]);
  });

  it("reads __proto__ as a plain track key", () => {
    const input = JSON.parse(
      '{"schemaVersion":"1.1","occupation":{"title":"T"},"attribution":"A","framework":{"tracks":{"__proto__":{"label":"P","levels":{"a":{"statements":["S — d"]}}},"b":{"label":"B","levels":{"b1":{"equivalentTo":{"__proto__":"a"},"statements":[]}}}}}}',
    );
    const result = parseFramework(input);
    const framework = ok(result);
    expect(framework.tracks.map((track) => track.key)).toEqual(["__proto__", "b"]);
    expect(framework.tracks[1]?.levels[0]?.equivalents).toEqual([{ track: "__proto__", level: "a" }]);
  });

  it("warns about a cumulative that is not true or false, and uses false", () => {
    const result = parseFramework(statements11(["S — d"], { cumulative: "yes" }));
    expect(ok(result).cumulative).toBe(false);
    expect(result.warnings.map((issue) => [issue.path, issue.code])).toEqual([
      ["/framework/cumulative", "invalid-field"],
    ]);
  });
});

describe("format 1.1: every-level statements", () => {
  it("shares the framework's allLevels with every track without its own", () => {
    const framework = ok(
      parseFramework(
        file11({
          allLevels: ["V — w"],
          tracks: {
            ic: { label: "IC", levels: { a: { statements: ["S — d"] } } },
            em: { label: "EM", allLevels: [], cumulative: true, levels: { a: { statements: ["S — d"] } } },
          },
        }),
      ),
    );
    expect(framework.tracks[0]?.allLevels.map((statement) => statement.id)).toEqual(["all-1"]);
    expect(framework.tracks[1]?.allLevels).toEqual([]);
    expect(framework.tracks.map((track) => track.cumulative)).toEqual([false, true]);
  });

  it("gives a level keyed all and the every-level statements distinct ids", () => {
    const framework = ok(
      parseFramework(statements11(["S — d"], { allLevels: ["V — w"], levels: { all: { statements: ["S — d"] } } })),
    );
    const ids = [
      ...framework.levels.flatMap((level) => [level.id, ...level.statements.map((statement) => statement.id)]),
      ...framework.allLevels.map((statement) => statement.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    expect(framework.levels[0]?.id).toBe("all");
  });

  it("counts them against maxStatementsPerLevel and maxStatements", () => {
    const many = Array.from({ length: DEFAULT_LIMITS.maxStatementsPerLevel + 1 }, (_, n) => `S${n} — d`);
    const errors = errorsOf(parseFramework(statements11(["S — d"], { allLevels: many })));
    expect(errors.map((issue) => [issue.path, issue.code])).toEqual([["/framework/allLevels", "limit-exceeded"]]);
    const tight = parseFramework(statements11(["S — d", "T — e"], { allLevels: ["V — w"] }), {
      limits: { maxStatements: 2 },
    });
    expect(errorsOf(tight).map((issue) => [issue.path, issue.code])).toEqual([
      ["/framework/allLevels", "limit-exceeded"],
    ]);
  });

  it("accepts statement objects, and does not warn when it is empty", () => {
    const result = parseFramework(statements11(["S — d"], { allLevels: [] }));
    expect(result.warnings).toEqual([]);
    const framework = ok(parseFramework(statements11(["S — d"], { allLevels: [{ text: "V — w", id: "values" }] })));
    expect(framework.allLevels[0]?.id).toBe("values");
  });
});

describe("format 1.1: ids that nothing shows rename nothing", () => {
  // Found by the JSON and Markdown round trips (tests/formats): each made a level's id
  // depend on something the parsed framework does not hold, so no writer could give it back.
  it("a framework's allLevels that every track replaces takes no id", () => {
    const framework = ok(
      parseFramework(
        file11({
          allLevels: ["Unused — by any track."],
          tracks: { all: { label: "All", allLevels: [], levels: { "1": { label: "One", statements: ["S — x"] } } } },
        }),
      ),
    );
    expect(framework.tracks[0]?.levels[0]?.id).toBe("all-1");
    expect(framework.allLevels).toEqual([]);
  });

  it("still reports the problems of such a list", () => {
    const result = parseFramework(
      file11({
        allLevels: [{ text: "X — y", area: "nowhere" }],
        tracks: { t: { label: "T", allLevels: [], levels: { a: { label: "A", statements: ["S — x"] } } } },
      }),
    );
    expect(errorsOf(result).map((issue) => issue.path)).toEqual(["/framework/allLevels/0/area"]);
  });

  it("an author's id reserves no made id: a level keyed like one keeps its id", () => {
    const framework = ok(
      parseFramework(
        file11({
          allLevels: [{ text: "Values — x.", id: "values" }],
          tracks: { all: { label: "All", levels: { "1": { label: "One", statements: ["S — x"] } } } },
        }),
      ),
    );
    expect(framework.tracks[0]?.levels[0]?.id).toBe("all-1");
    expect(framework.allLevels.map((statement) => statement.id)).toEqual(["values"]);
  });

  it("keeps a detail's label as written, so labels that differ in end spaces stay two details", () => {
    const framework = ok(
      parseFramework(
        file11({ levels: { a: { label: "A", details: { " Years": "1", Years: "2" }, statements: ["S — x"] } } }),
      ),
    );
    expect(framework.levels[0]?.details).toEqual([
      { label: " Years", text: "1" },
      { label: "Years", text: "2" },
    ]);
  });
});

describe("resolveFramework checks 1.1's fields of a parsed-looking framework", () => {
  const parsed = () => JSON.parse(JSON.stringify(ok(parseFramework(EVERY_FIELD))));

  it("accepts a framework parsed before 1.1 (no tracks, areas, allLevels or cumulative) as one default track", () => {
    const old = JSON.parse(JSON.stringify(ok(parseFramework(seedText()))));
    for (const key of ["areas", "tracks", "allLevels", "cumulative"]) delete old[key];
    const framework = ok(resolveFramework(old));
    expect(framework.tracks[0]?.key).toBe(DEFAULT_TRACK_KEY);
    expect(framework.tracks[0]?.levels).toBe(framework.levels);
    expect(framework.areas).toEqual([]);
  });

  it.each([
    [
      "a statement naming no area",
      (value: Json) => setIn(value, "levels/0/statements/1/area", "nope"),
      "/levels/0/statements/1/area",
    ],
    [
      "examples that are not texts",
      (value: Json) => setIn(value, "levels/0/statements/1/examples", [1]),
      "/levels/0/statements/1/examples/0",
    ],
    [
      "an equivalence to no level",
      (value: Json) => setIn(value, "tracks/1/levels/0/equivalents/0/level", "x"),
      "/tracks/1/levels/0/equivalents/0",
    ],
    ["a cumulative that is text", (value: Json) => setIn(value, "tracks/1/cumulative", "no"), "/tracks/1/cumulative"],
    ["a language that is no tag", (value: Json) => setIn(value, "language", "<b>"), "/language"],
    ["an area without an id", (value: Json) => setIn(value, "areas/0/id", undefined), "/areas/0"],
    [
      "a first track that is not the levels",
      (value: Json) => setIn(value, "tracks/0/levels/0/id", "other"),
      "/tracks/0/levels",
    ],
    [
      "a level id shared across tracks",
      (value: Json) => setIn(value, "tracks/1/levels/0/id", "ic-ic1"),
      "/tracks/1/levels/0/id",
    ],
  ])("refuses %s, at its path", (_, edit, path) => {
    const value = parsed();
    edit(value);
    const result = resolveFramework(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((issue) => issue.path)).toContain(path);
    expect(isFramework(value)).toBe(false);
  });
});

/** Sets (or, with undefined, deletes) the value at a slash-separated path. */
function setIn(value: Json, path: string, next: unknown): void {
  const parts = path.split("/");
  const last = parts.pop() as string;
  let parent = value as Record<string, unknown>;
  for (const part of parts) parent = parent[part] as Record<string, unknown>;
  if (next === undefined) delete parent[last];
  else parent[last] = next;
}
