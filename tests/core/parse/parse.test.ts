import { type Issue, parseFramework } from "@rungs/core";
import { describe, expect, it } from "vitest";
import { seedFiles, seedJson, seedText } from "../../seeds";

/** The smallest valid framework; tests spread over it to make one thing wrong. */
function minimal(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: "1.0",
    occupation: { title: "Tester" },
    framework: {
      levels: {
        junior: { label: "Junior", statements: ["Testing — runs the tests."] },
        senior: { label: "Senior", statements: ["Testing — designs the tests."] },
      },
    },
    attribution: "© Test",
    ...overrides,
  };
}

function withLevels(levels: unknown): Record<string, unknown> {
  return minimal({ framework: { levels } });
}

function errorsOf(input: unknown): Issue[] {
  const result = parseFramework(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : [...result.errors];
}

function warningsOf(input: unknown): Issue[] {
  const result = parseFramework(input);
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return [...result.warnings];
}

function frameworkOf(input: unknown) {
  const result = parseFramework(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.framework;
}

describe("parseFramework on the seed", () => {
  it("reads the four levels in the author's order with their statements", () => {
    const framework = frameworkOf(seedText());
    expect(framework.levels.map((level) => `${level.key}:${level.statements.length}`)).toEqual([
      "emerging:10",
      "developing:10",
      "proficient:10",
      "advanced:10",
    ]);
    expect(framework.levels.map((level) => level.rank)).toEqual([0, 1, 2, 3]);
    expect(framework.levels.map((level) => level.label)).toEqual(["Emerging", "Developing", "Proficient", "Advanced"]);
  });

  it("types the occupation and keeps the framework's texts", () => {
    const framework = frameworkOf(seedText());
    expect(framework.occupation).toEqual({
      soc: "17-3024.00",
      title: "Electro-Mechanical and Mechatronics Technologists and Technicians",
      group: "Architecture & Engineering",
      sector: "54",
      jobZone: 3,
      jobZoneInferred: false,
    });
    expect(framework.version).toBe("v.26.05");
    expect(framework.contextCovered).toMatch(/^This framework covers/);
    expect(framework.attribution).toBe("© EBSCOed");
    expect(framework.exportedAt).toBe("2026-05-15T12:40:10.291Z");
  });

  it("splits each statement into subject and description and keeps the original text", () => {
    const raw = seedJson() as { framework: { levels: { emerging: { statements: string[] } } } };
    const first = frameworkOf(seedText()).levels[0]?.statements[0];
    expect(first).toMatchObject({
      id: "emerging-1",
      levelKey: "emerging",
      index: 0,
      text: raw.framework.levels.emerging.statements[0],
      subject: "Electromechanical assemblies",
    });
    expect(first?.description).toMatch(/^test basic performance using oscilloscopes/);
  });

  it("lists sources in order, with a url only for http(s) values", () => {
    expect(frameworkOf(seedText()).sources).toEqual([
      { name: "onet", value: "v30.2 (CC BY 4.0)" },
      { name: "crosswalk", value: "https://skillscrosswalk.com", url: "https://skillscrosswalk.com/" },
      { name: "generator", value: "LER.me" },
    ]);
  });

  it("accepts a leading byte-order mark", () => {
    expect(parseFramework(`\uFEFF${seedText()}`).ok).toBe(true);
  });

  it("gives the same result for the text and for the parsed object", () => {
    expect(parseFramework(seedJson())).toEqual(parseFramework(seedText()));
  });

  it("returns a deeply frozen framework", () => {
    const framework = frameworkOf(seedText());
    expect(Object.isFrozen(framework)).toBe(true);
    expect(Object.isFrozen(framework.levels)).toBe(true);
    expect(Object.isFrozen(framework.levels[0])).toBe(true);
    expect(Object.isFrozen(framework.levels[0]?.statements[0])).toBe(true);
    expect(Object.isFrozen(framework.sources[0])).toBe(true);
    expect(Object.isFrozen(framework.occupation)).toBe(true);
  });
});

describe.each(seedFiles)("parseFramework on seeds/%s", (file) => {
  it("succeeds and keeps every statement", () => {
    type RawLevels = Record<string, { statements: unknown[] }>;
    const raw = seedJson(file) as { framework: { levels?: RawLevels; tracks?: Record<string, { levels: RawLevels }> } };
    const framework = frameworkOf(seedText(file));
    // A 1.1 file may have tracks instead of levels: every track's levels, in order.
    const rawLevels = raw.framework.levels
      ? [raw.framework.levels]
      : Object.values(raw.framework.tracks ?? {}).map((track) => track.levels);
    const counts = framework.tracks.map((track) =>
      Object.fromEntries(track.levels.map((level) => [level.key, level.statements.length])),
    );
    const expected = rawLevels.map((levels) =>
      Object.fromEntries(Object.entries(levels).map(([key, level]) => [key, level.statements.length])),
    );
    expect(counts).toEqual(expected);
  });

  it("gives every statement a unique, URL-safe id", () => {
    const ids = frameworkOf(seedText(file)).tracks.flatMap((track) =>
      track.levels.flatMap((level) => level.statements.map((s) => s.id)),
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe("parseFramework never throws", () => {
  const cases: Array<[string, unknown]> = [
    ["truncated JSON", "{"],
    ["null", null],
    ["an array", []],
    ["an empty object", {}],
    ["100,000 unclosed brackets", "[".repeat(100_000)],
    ["100,000 nested arrays", `${"[".repeat(100_000)}${"]".repeat(100_000)}`],
    ["undefined", undefined],
    ["a number", 42],
    ["a function", () => 1],
    ["a symbol", Symbol("x")],
    ["a bigint", 10n],
    ["an empty string", ""],
    ["white space", "  \n "],
    ["a BOM alone", "\uFEFF"],
  ];

  it.each(cases)("returns errors for %s", (_name, input) => {
    const errors = errorsOf(input);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.path).toBe("");
      expect(error.message).toMatch(/^\S.*\.$/);
    }
  });

  it("reads a deeply nested value placed where Rungs does not look", () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(warningsOf(minimal({ extra: deep })).map((w) => w.code)).toEqual(["unknown-key"]);
  });

  it("reads a cyclic object", () => {
    const input = minimal();
    input.self = input;
    (input.framework as Record<string, unknown>).loop = input;
    expect(warningsOf(input).map((w) => w.path)).toEqual(["/self", "/framework/loop"]);
  });

  it("reports getters that throw as unreadable values", () => {
    const input = minimal();
    Object.defineProperty(input, "attribution", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const levels = { junior: { label: "Junior", statements: [] as unknown[] } };
    Object.defineProperty(levels.junior.statements, 0, {
      enumerable: true,
      get() {
        throw new Error("no statement");
      },
    });
    input.framework = { levels };
    expect(errorsOf(input)).toEqual([
      { path: "/attribution", code: "unreadable-value", message: "attribution could not be read: boom." },
      {
        path: "/framework/levels/junior/statements/0",
        code: "unreadable-value",
        message: "framework.levels.junior.statements[0] could not be read: no statement.",
      },
    ]);
  });

  it("reports proxies whose traps throw", () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("no keys");
        },
      },
    );
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(errorsOf(hostile)[0]?.code).toBe("unreadable-value");
    expect(errorsOf(proxy)[0]?.code).toBe("unreadable-value");
    expect(errorsOf(minimal({ framework: { levels: proxy } }))[0]).toMatchObject({
      path: "/framework/levels",
      code: "unreadable-value",
    });
  });

  it("does not let __proto__ or constructor keys pollute any prototype", () => {
    const text = JSON.stringify(minimal()).replace(
      '"junior":',
      '"__proto__":{"label":"Polluted","statements":["x — y"],"polluted":true},"constructor":{"label":"C","statements":[]},"junior":',
    );
    const result = parseFramework(
      text.replace('"occupation":', '"__proto__":{"polluted":true},"sources":{"__proto__":"x"},"occupation":'),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.framework.levels.map((level) => level.key)).toEqual(["__proto__", "constructor", "junior", "senior"]);
    expect(result.framework.levels[0]?.id).toBe("proto");
    expect(result.framework.sources).toEqual([{ name: "__proto__", value: "x" }]);
    expect(result.warnings.map((w) => w.path)).toEqual([
      "/__proto__",
      "/framework/levels/__proto__/polluted",
      "/framework/levels/constructor",
    ]);
  });
});

describe("parseFramework never mutates its input", () => {
  it("leaves a frozen input as it was", () => {
    const input = seedJson();
    const before = structuredClone(input);
    const deepFreeze = (value: unknown): void => {
      if (typeof value !== "object" || value === null) return;
      Object.freeze(value);
      for (const child of Object.values(value)) deepFreeze(child);
    };
    deepFreeze(input);
    expect(parseFramework(input).ok).toBe(true);
    expect(input).toEqual(before);
  });

  it("leaves an invalid input as it was", () => {
    const input = withLevels({ a: { statements: [1, null, "  x  "] } });
    const before = structuredClone(input);
    parseFramework(input);
    expect(input).toEqual(before);
  });
});

describe("errors: what makes a framework unusable", () => {
  it("reports every problem at once, not only the first", () => {
    const errors = errorsOf({
      schemaVersion: "2.0",
      framework: { levels: { a: { label: "A", statements: ["ok — fine", 3, { x: 1 }] }, b: "nope" } },
    });
    expect(errors).toEqual([
      {
        path: "/schemaVersion",
        code: "unsupported-version",
        message: 'schemaVersion "2.0" is not supported; this version of Rungs reads 1.x.',
      },
      {
        path: "/framework/levels/a/statements/1",
        code: "invalid-type",
        message: "framework.levels.a.statements[1] must be a string; found the number 3.",
      },
      {
        path: "/framework/levels/a/statements/2",
        code: "invalid-type",
        message: "framework.levels.a.statements[2] must be a string; found an object.",
      },
      {
        path: "/framework/levels/b",
        code: "invalid-type",
        message: 'framework.levels.b must be an object with a label and statements; found the text "nope".',
      },
    ]);
  });

  it.each<[string, unknown, Partial<Issue>]>([
    ["schemaVersion missing", minimal({ schemaVersion: undefined }), { path: "", code: "missing-field" }],
    ["schemaVersion a number", minimal({ schemaVersion: 1 }), { path: "/schemaVersion", code: "invalid-type" }],
    [
      "schemaVersion not a version",
      minimal({ schemaVersion: "one" }),
      { path: "/schemaVersion", code: "invalid-type" },
    ],
    ["framework missing", minimal({ framework: undefined }), { path: "", code: "missing-field" }],
    ["framework an array", minimal({ framework: [] }), { path: "/framework", code: "invalid-type" }],
    ["levels missing", minimal({ framework: {} }), { path: "/framework", code: "missing-field" }],
    ["levels an array", withLevels([{ statements: [] }]), { path: "/framework/levels", code: "invalid-type" }],
    ["levels empty", withLevels({}), { path: "/framework/levels", code: "no-levels" }],
    ["a level null", withLevels({ a: null }), { path: "/framework/levels/a", code: "invalid-type" }],
    ["statements missing", withLevels({ a: { label: "A" } }), { path: "/framework/levels/a", code: "missing-field" }],
    [
      "statements an object",
      withLevels({ a: { statements: {} } }),
      { path: "/framework/levels/a/statements", code: "invalid-type" },
    ],
    [
      "a statement null",
      withLevels({ a: { statements: [null] } }),
      { path: "/framework/levels/a/statements/0", code: "invalid-type" },
    ],
  ])("%s", (_name, input, expected) => {
    const errors = errorsOf(JSON.parse(JSON.stringify(input)));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject(expected);
  });

  it("names the field, the expectation and the finding in each message", () => {
    const [error] = errorsOf(withLevels({ developing: { statements: ["a — b", "c — d", "e — f", { text: "g" }] } }));
    expect(error?.message).toBe("framework.levels.developing.statements[3] must be a string; found an object.");
  });

  it("quotes keys that are not identifiers in messages and escapes them in pointers", () => {
    const [error] = errorsOf(withLevels({ "senior/lead ~1": { statements: [false] } }));
    expect(error).toEqual({
      path: "/framework/levels/senior~1lead ~01/statements/0",
      code: "invalid-type",
      message: 'framework.levels["senior/lead ~1"].statements[0] must be a string; found the value false.',
    });
  });

  it("says where invalid JSON is", () => {
    expect(errorsOf('{"schemaVersion": "1.0",}')[0]?.message).toMatch(/^The input is not valid JSON: .*position \d+/);
  });
});

describe("warnings: what can be shown anyway", () => {
  it.each<[string, Record<string, unknown>, Partial<Issue>]>([
    ["an unknown key", minimal({ colour: "red" }), { path: "/colour", code: "unknown-key" }],
    ["a newer minor version", minimal({ schemaVersion: "1.4" }), { path: "/schemaVersion", code: "newer-version" }],
    ["no occupation", minimal({ occupation: undefined }), { path: "", code: "missing-occupation" }],
    ["no occupation title", minimal({ occupation: {} }), { path: "/occupation", code: "missing-occupation" }],
    [
      "a bad SOC code",
      minimal({ occupation: { title: "T", soc: "abc" } }),
      { path: "/occupation/soc", code: "invalid-field" },
    ],
    [
      "job zone 7",
      minimal({ occupation: { title: "T", jobZone: 7 } }),
      { path: "/occupation/jobZone", code: "invalid-field" },
    ],
    ["no attribution", minimal({ attribution: undefined }), { path: "", code: "missing-attribution" }],
    ["an attribution that is not text", minimal({ attribution: 5 }), { path: "/attribution", code: "invalid-field" }],
    [
      "an empty level",
      withLevels({ a: { label: "A", statements: [] } }),
      { path: "/framework/levels/a", code: "empty-level" },
    ],
    [
      "a level without label",
      withLevels({ a: { statements: ["x — y"] } }),
      { path: "/framework/levels/a", code: "missing-label" },
    ],
    [
      "a blank statement",
      withLevels({ a: { label: "A", statements: ["x — y", "   "] } }),
      { path: "/framework/levels/a/statements/1", code: "empty-statement" },
    ],
    [
      "a duplicate statement",
      withLevels({ a: { label: "A", statements: ["x — y", " x  —  y "] } }),
      { path: "/framework/levels/a/statements/1", code: "duplicate-statement" },
    ],
    [
      "a statement without subject",
      withLevels({ a: { label: "A", statements: ["Just a sentence."] } }),
      { path: "/framework/levels/a/statements/0", code: "missing-subject" },
    ],
    [
      "a javascript: source",
      minimal({ sources: { evil: "javascript:alert(1)" } }),
      { path: "/sources/evil", code: "non-http-url" },
    ],
    [
      "an ftp source",
      minimal({ sources: { files: "ftp://example.com/x" } }),
      { path: "/sources/files", code: "non-http-url" },
    ],
    ["a source that is not text", minimal({ sources: { n: 3 } }), { path: "/sources/n", code: "invalid-field" }],
  ])("%s", (_name, input, expected) => {
    const warnings = warningsOf(JSON.parse(JSON.stringify(input)));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject(expected);
    expect(warnings[0]?.message).toMatch(/^\S.*\.$/);
  });

  it("keeps both duplicates and drops only blank statements", () => {
    const framework = frameworkOf(withLevels({ a: { label: "A", statements: ["x — y", "", "x — y"] } }));
    expect(framework.levels[0]?.statements.map((s) => s.id)).toEqual(["a-1", "a-2"]);
  });

  it("shows a level without label under its key", () => {
    expect(frameworkOf(withLevels({ lead: { statements: [] } })).levels[0]?.label).toBe("lead");
  });

  it("keeps non-http sources as text without a url", () => {
    const framework = frameworkOf(minimal({ sources: { evil: "javascript:alert(1)", site: "http://x.org/a b" } }));
    expect(framework.sources).toEqual([
      { name: "evil", value: "javascript:alert(1)" },
      { name: "site", value: "http://x.org/a b" },
    ]);
  });
});

describe("normalization", () => {
  it.each([
    ["Subject — description", "Subject", "description"],
    ["Subject – en dash", "Subject", "en dash"],
    ["Subject - spaced hyphen", "Subject", "spaced hyphen"],
    ["Subject: colon", "Subject", "colon"],
    ["Well-being — the em dash wins over - a hyphen", "Well-being", "the em dash wins over - a hyphen"],
    ["A: colon first – then en dash", "A", "colon first – then en dash"],
    ["  Spread \n out\t—   text  with   gaps ", "Spread out", "text with gaps"],
    ["Self-managed work", "", "Self-managed work"],
    ["Time 10:30 — meeting", "Time 10:30", "meeting"],
    ["— no subject", "", "— no subject"],
  ])("%j → subject %j, description %j", (text, subject, description) => {
    const statement = frameworkOf(withLevels({ a: { label: "A", statements: [text] } })).levels[0]?.statements[0];
    expect(statement).toMatchObject({ text, subject, description });
  });

  it("gives levels unique URL-safe ids even when keys collide after slugging", () => {
    const framework = frameworkOf(
      withLevels({
        "Senior Engineer": { statements: ["a — b"] },
        "senior-engineer": { statements: ["c — d"] },
        Été: { statements: [] },
        "!!!": { statements: [] },
      }),
    );
    expect(framework.levels.map((level) => level.id)).toEqual(["senior-engineer", "senior-engineer-2", "ete", "level"]);
    expect(framework.levels[1]?.statements[0]?.id).toBe("senior-engineer-2-1");
  });

  it("gives the same ids on every run", () => {
    const ids = () => frameworkOf(seedText("monzo-web.json")).levels.flatMap((l) => l.statements.map((s) => s.id));
    expect(ids()).toEqual(ids());
  });
});

describe("well-formed text (issue 9, item 3)", () => {
  it("replaces a lone surrogate in a statement by U+FFFD, with a warning at its path", () => {
    const result = parseFramework(withLevels({ a: { label: "A", statements: ["Lone \uD800 — x"] } }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.framework.levels[0]?.statements[0]).toMatchObject({
      text: "Lone \uFFFD — x",
      subject: "Lone \uFFFD",
      description: "x",
    });
    expect(result.warnings).toEqual([
      {
        path: "/framework/levels/a/statements/0",
        code: "ill-formed-text",
        message:
          "framework.levels.a.statements[0] holds half of a character (a lone surrogate), which cannot be encoded; it is shown as U+FFFD (\uFFFD).",
      },
    ]);
  });

  it("reads a lone surrogate escaped in JSON text the same way", () => {
    const text = JSON.stringify(withLevels({ a: { label: "A", statements: ["Lone X — x"] } })).replace("X", "\\udc00");
    const result = parseFramework(text);
    expect(result.ok && result.framework.levels[0]?.statements[0]?.text).toBe("Lone \uFFFD — x");
    expect(result.warnings.map((warning) => warning.code)).toEqual(["ill-formed-text"]);
  });

  it("makes every text well-formed: keys, labels, titles, sources, attribution", () => {
    const lone = "x\uDBFF";
    const result = parseFramework(
      minimal({
        occupation: { title: lone, group: lone },
        framework: { version: lone, levels: { [lone]: { label: lone, statements: ["S — d"] } } },
        sources: { [lone]: lone },
        attribution: lone,
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const texts = JSON.stringify(result.framework);
    expect(texts).not.toMatch(/\\ud[89ab]/i);
    expect(result.framework.levels[0]).toMatchObject({ key: "x\uFFFD", label: "x\uFFFD" });
    expect(result.framework.sources).toEqual([{ name: "x\uFFFD", value: "x\uFFFD" }]);
    expect(result.warnings.map((warning) => warning.path)).toEqual([
      "/occupation/title",
      "/occupation/group",
      "/framework/version",
      "/framework/levels/x\uDBFF",
      "/framework/levels/x\uDBFF/label",
      "/sources/x\uDBFF",
      "/sources/x\uDBFF",
      "/attribution",
    ]);
    for (const warning of result.warnings) expect(warning.message).not.toMatch(/[\uD800-\uDFFF]/);
  });

  it("keeps surrogate pairs (emoji, CJK extension B) as they are, without a warning", () => {
    const text = "Teamwork 🤝 — shares 𠀋 notes.";
    expect(warningsOf(withLevels({ a: { label: "A 🎯", statements: [text] } }))).toEqual([]);
    expect(frameworkOf(withLevels({ a: { label: "A", statements: [text] } })).levels[0]?.statements[0]?.text).toBe(
      text,
    );
  });

  it("refuses two level keys that become one once made well-formed", () => {
    const errors = errorsOf(withLevels({ "a\uD800": { statements: [] }, "a\uFFFD": { statements: [] } }));
    expect(errors).toEqual([expect.objectContaining({ path: "/framework/levels/a\uFFFD", code: "invalid-value" })]);
  });
});

describe("level keys JavaScript or links cannot keep (issue 9, item 6)", () => {
  it("warns about a level keyed with the empty string", () => {
    expect(warningsOf(withLevels({ "": { label: "Nameless", statements: ["S — d"] } }))).toEqual([
      {
        path: "/framework/levels/",
        code: "empty-level-key",
        message:
          'framework.levels[""] has an empty key, which cannot be linked to (#…) or chosen by its key; use a key such as "level-1".',
      },
    ]);
  });

  it("warns about exactly the keys JavaScript reorders: array indexes up to 4294967294", () => {
    const keys = [
      "b",
      "0",
      "7",
      "123456789",
      "1234567890",
      "4294967294",
      "4294967295",
      "9999999999",
      "01",
      "-1",
      "1.5",
    ];
    const levels = Object.fromEntries(keys.map((key) => [key, { label: key, statements: ["S — d"] }]));
    const warned = warningsOf(withLevels(levels))
      .filter((warning) => warning.code === "numeric-level-key")
      .map((warning) => warning.path.replace("/framework/levels/", ""));
    expect(warned).toEqual(["0", "7", "123456789", "1234567890", "4294967294"]);
    // The rule is JavaScript's: the keys warned about are exactly the ones moved ahead of "b".
    expect(Object.keys(levels).slice(0, warned.length + 1)).toEqual([...warned, "b"]);
  });
});

describe("sources become links only through linkTarget", () => {
  it.each([
    ["credentials", "https://bank.example@evil.example/"],
    ["a bidi override", "https://example.com/\u202Etxt.exe"],
  ])("gives no url to a value with %s, and warns", (_name, value) => {
    const result = parseFramework(minimal({ sources: { s: value } }));
    expect(result.ok && result.framework.sources).toEqual([{ name: "s", value }]);
    expect(result.warnings).toEqual([expect.objectContaining({ path: "/sources/s", code: "non-http-url" })]);
  });
});

describe("duplicates and unreadable fields", () => {
  it("names the first occurrence of each repeated statement", () => {
    const statements = ["A — a", "B — b", "A — a", "B — b", "A  —  a"];
    const warnings = warningsOf(withLevels({ x: { label: "X", statements } }));
    expect(warnings.map((warning) => warning.message)).toEqual([
      "framework.levels.x.statements[2] repeats framework.levels.x.statements[0]; both are shown.",
      "framework.levels.x.statements[3] repeats framework.levels.x.statements[1]; both are shown.",
      "framework.levels.x.statements[4] repeats framework.levels.x.statements[0]; both are shown.",
    ]);
  });

  it("reports a required field that cannot be read once, not also as missing", () => {
    const input = minimal();
    Object.defineProperty(input, "framework", {
      enumerable: true,
      get() {
        throw new Error("gone");
      },
    });
    expect(errorsOf(input)).toEqual([
      { path: "/framework", code: "unreadable-value", message: "framework could not be read: gone." },
    ]);
  });

  it("never runs the getter of a field Rungs ignores", () => {
    const input = minimal();
    let read = false;
    Object.defineProperty(input, "extra", {
      enumerable: true,
      get() {
        read = true;
        return 1;
      },
    });
    expect(warningsOf(input).map((warning) => warning.code)).toEqual(["unknown-key"]);
    expect(read).toBe(false);
  });
});
