import { assertFramework, type Framework, type Issue, isFramework, resolveFramework } from "@rungs/core";
import { describe, expect, it } from "vitest";
import { seedText } from "../../seeds";

const seed = assertFramework(seedText());

/** The look-alike from the issue, as `JSON.parse` makes it: the parsed shape, untrusted. */
const LOOK_ALIKE =
  '{"schemaVersion":"1.0","occupation":{"title":"T"},"sources":[{"name":"O*NET","value":"https://www.onetcenter.org","url":"javascript:alert(document.cookie)"}],"levels":[{"key":"a","id":"a","label":"A","rank":0,"statements":[{"id":"a-1","levelKey":"a","index":0,"subject":"S","description":"d","text":"S — d"}]}]}';

type Editable = {
  occupation: Record<string, unknown>;
  sources: Array<Record<string, unknown>>;
  levels: Array<Record<string, unknown> & { statements: Array<Record<string, unknown>> }>;
} & Record<string, unknown>;

function lookAlike(): Editable {
  return JSON.parse(LOOK_ALIKE);
}

/** A parsed framework after a trip through structuredClone (or RSC props, or JSON): same data, no trust. */
function cloneOfSeed(): Editable {
  return structuredClone(seed) as unknown as Editable;
}

function frameworkOf(input: unknown): Framework {
  const result = resolveFramework(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.framework;
}

function errorsOf(input: unknown): readonly Issue[] {
  const result = resolveFramework(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe("resolveFramework on a parsed-looking value (issue 9, item 1)", () => {
  it("never takes a source url from the value: a javascript: url does not survive", () => {
    const framework = frameworkOf(lookAlike());
    expect(framework.sources).toEqual([
      { name: "O*NET", value: "https://www.onetcenter.org", url: "https://www.onetcenter.org/" },
    ]);
  });

  it("never gives the issue's exact look-alike a javascript: link, and never throws on it", () => {
    const exact = JSON.parse(
      '{"schemaVersion":"1.0","occupation":{},"sources":[{"name":"O*NET","value":"https://www.onetcenter.org","url":"javascript:alert(document.cookie)"}],"levels":[{"key":"a","id":"a","label":"A","rank":0,"statements":[{"id":"a-1","subject":"S","description":"d","text":"S — d"}]}]}',
    );
    const result = resolveFramework(exact);
    // Not a Framework: the occupation has no title, the statement no levelKey or index.
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual([
      "/occupation",
      "/levels/0/statements/0",
      "/levels/0/statements/0",
    ]);
    expect(JSON.stringify(result)).not.toMatch(/"url":"javascript:/);
  });

  it.each([
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["vbscript:", "vbscript:msgbox(1)"],
    ["credentials", "https://bank.example@evil.example/"],
  ])("gives no url to a source whose value is a %s link", (_name, link) => {
    const input = lookAlike();
    input.sources = [{ name: "evil", value: link, url: link }];
    const result = resolveFramework(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.framework.sources).toEqual([{ name: "evil", value: link }]);
    expect(result.warnings).toContainEqual(expect.objectContaining({ path: "/sources/0/url", code: "invalid-field" }));
  });

  it("refuses a statement without subject or text, with pathed errors instead of a TypeError later", () => {
    const input = lookAlike();
    const statement = input.levels[0]?.statements[0] ?? {};
    delete statement.subject;
    delete statement.text;
    expect(errorsOf(input)).toEqual([
      {
        path: "/levels/0/statements/0",
        code: "missing-field",
        message: "levels[0].statements[0].text is missing; expected text.",
      },
      {
        path: "/levels/0/statements/0",
        code: "missing-field",
        message: "levels[0].statements[0].subject is missing; expected text.",
      },
    ]);
  });

  it("refuses a source whose name is an object", () => {
    const input = lookAlike();
    input.sources = [{ name: { toString: "x" }, value: "v" }];
    expect(errorsOf(input)).toEqual([
      { path: "/sources/0/name", code: "invalid-type", message: "sources[0].name must be text; found an object." },
    ]);
  });

  it("checks every field the types promise", () => {
    const input = cloneOfSeed();
    const [first, second] = input.levels;
    if (!first || !second) throw new Error("seed has levels");
    first.rank = 3;
    first.id = "Not Safe";
    second.id = "emerging";
    const statements = second.statements;
    (statements[0] as Record<string, unknown>).index = 5;
    (statements[1] as Record<string, unknown>).levelKey = "emerging";
    (statements[2] as Record<string, unknown>).id = "developing-2";
    (statements[3] as Record<string, unknown>).description = 7;
    input.occupation.jobZone = 9;
    input.schemaVersion = 1;
    const errors = errorsOf(input);
    expect(errors.map((error) => [error.path, error.code])).toEqual([
      ["/schemaVersion", "invalid-type"],
      ["/occupation/jobZone", "invalid-value"],
      ["/levels/0/id", "invalid-value"],
      ["/levels/0/rank", "invalid-value"],
      ["/levels/1/statements/0/index", "invalid-value"],
      ["/levels/1/statements/1/levelKey", "invalid-value"],
      ["/levels/1/statements/2/id", "invalid-value"],
      ["/levels/1/statements/3/description", "invalid-type"],
    ]);
    for (const error of errors) expect(error.message).toMatch(/^\S.*\.$/);
    expect(errors[3]?.message).toBe("levels[0].rank must be 0, its position; found the number 3.");
  });

  // A statement's id too (issue 18, item 12): one element id would have two targets.
  it.each([
    ["an earlier level's", "emerging"],
    ["a statement's", "emerging-1"],
  ])("refuses a level id that is %s id", (_, id) => {
    const input = cloneOfSeed();
    (input.levels[1] as Record<string, unknown>).id = id;
    expect(errorsOf(input)).toEqual([
      {
        path: "/levels/1/id",
        code: "invalid-value",
        message: "levels[1].id is the id of an earlier level or statement; ids must be unique.",
      },
    ]);
  });

  it("reports Proxies and getters that throw, and never throws itself", () => {
    const input = cloneOfSeed();
    Object.defineProperty(input.levels[0]?.statements[0], "text", {
      enumerable: true,
      get() {
        throw new Error("no text");
      },
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    input.occupation = proxy;
    const errors = errorsOf(input);
    expect(errors.map((error) => [error.path, error.code])).toEqual([
      ["/occupation", "unreadable-value"],
      ["/levels/0/statements/0/text", "unreadable-value"],
    ]);
    expect(resolveFramework(new Proxy(cloneOfSeed(), { get: () => [] })).ok).toBe(false);
  });

  it("makes text well-formed, with a warning at its path", () => {
    const input = lookAlike();
    const statement = input.levels[0]?.statements[0] ?? {};
    statement.text = "Lone \uD800 — x";
    const result = resolveFramework(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.framework.levels[0]?.statements[0]?.text).toBe("Lone \uFFFD — x");
    expect(result.warnings.filter((warning) => warning.code === "ill-formed-text")).toEqual([
      expect.objectContaining({ path: "/levels/0/statements/0/text" }),
    ]);
  });

  it("applies the limits, and the option that raises them", () => {
    const input = cloneOfSeed();
    const errors = resolveFramework(input, { limits: { maxLevels: 2 } });
    expect(errors.ok).toBe(false);
    expect(!errors.ok && errors.errors[0]).toMatchObject({ path: "/levels", code: "limit-exceeded" });
    expect(resolveFramework(input, { limits: { maxLevels: 4 } }).ok).toBe(true);
  });
});

describe("resolveFramework and trust", () => {
  it("uses a framework core built as it is", () => {
    const result = resolveFramework(seed);
    expect(result.ok && result.framework).toBe(seed);
  });

  it("turns a clone into a new, deeply frozen framework that shares nothing with it and is trusted from then on", () => {
    const clone = cloneOfSeed();
    const framework = frameworkOf(clone);
    expect(framework).toEqual(seed);
    expect(framework).not.toBe(clone);
    expect(framework.levels).not.toBe(clone.levels);
    expect(framework.levels[0]?.statements[0]).not.toBe(clone.levels[0]?.statements[0]);
    expect(Object.isFrozen(framework.levels[0]?.statements[0])).toBe(true);
    expect(Object.isFrozen(framework.occupation)).toBe(true);
    expect(resolveFramework(framework).ok && frameworkOf(framework)).toBe(framework);
  });

  it("reads an edited clone as it is now, not as the framework it was cloned from", () => {
    const clone = cloneOfSeed();
    clone.levels[0]?.statements.pop();
    const framework = frameworkOf(clone);
    expect(framework.levels[0]?.statements).toHaveLength(9);
    clone.levels[0]?.statements.pop();
    expect(framework.levels[0]?.statements).toHaveLength(9);
    expect(frameworkOf(clone).levels[0]?.statements).toHaveLength(8);
  });

  it("isFramework recognizes a framework by a full check, not by its shape", () => {
    expect(isFramework(seed)).toBe(true);
    expect(isFramework(cloneOfSeed())).toBe(true);
    const missingSubject = cloneOfSeed();
    delete missingSubject.levels[0]?.statements[0]?.subject;
    expect(isFramework(missingSubject)).toBe(false);
    const objectName = lookAlike();
    objectName.sources = [{ name: {}, value: "v" }];
    expect(isFramework(objectName)).toBe(false);
    expect(isFramework({ levels: [] })).toBe(false);
  });
});
