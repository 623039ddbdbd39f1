import {
  allStatements,
  assertFramework,
  FrameworkError,
  findStatement,
  getLevel,
  parseFramework,
  statementIdsInOrder,
} from "@rungs/core";
import { describe, expect, it } from "vitest";
import { seedText } from "../../seeds";

const seed = assertFramework(seedText());

describe("queries", () => {
  it("gets a level by its key", () => {
    expect(getLevel(seed, "proficient")?.rank).toBe(2);
    expect(getLevel(seed, "missing")).toBeUndefined();
  });

  it("finds a statement by its id", () => {
    expect(findStatement(seed, "advanced-2")?.subject).toBe("Technician teams");
    expect(findStatement(seed, "advanced-99")).toBeUndefined();
  });

  it("lists every statement in ladder order", () => {
    const statements = allStatements(seed);
    expect(statements).toHaveLength(40);
    expect(statements[10]?.id).toBe("developing-1");
  });
});

describe("statementIdsInOrder", () => {
  it("puts the framework's ids in ladder order, then unknown ids as they came, each once", () => {
    const ids = ["advanced-2", "nope", "emerging-3", "developing-1", "emerging-3", "other", "nope"];
    expect(statementIdsInOrder(seed, ids)).toEqual(["emerging-3", "developing-1", "advanced-2", "nope", "other"]);
  });

  it("gives the same order for the same set, whatever order it came in", () => {
    const ids = allStatements(seed)
      .filter((_, index) => index % 3 === 0)
      .map((statement) => statement.id);
    const reversed = [...ids].reverse();
    expect(statementIdsInOrder(seed, new Set(reversed))).toEqual(ids);
    expect(statementIdsInOrder(seed, [])).toEqual([]);
  });
});

describe("assertFramework", () => {
  it("returns the same framework parseFramework does", () => {
    const result = parseFramework(seedText());
    expect(result.ok && result.framework).toEqual(seed);
  });

  it("throws a FrameworkError carrying every issue", () => {
    let thrown: unknown;
    try {
      assertFramework({});
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FrameworkError);
    const error = thrown as FrameworkError;
    expect(error.name).toBe("FrameworkError");
    expect(error.issues.map((issue) => issue.code)).toEqual(["missing-field", "missing-field"]);
    expect(error.message).toBe('schemaVersion is missing; expected "1.0". (and 1 more)');
  });

  it("does not count the too-many-issues summary as one more issue", () => {
    const input = JSON.parse(seedText());
    input.framework.levels.emerging.statements = Array(300).fill(0);
    expect(() => assertFramework(input)).toThrow(
      /^framework\.levels\.emerging\.statements\[0\] must be a string; found the number 0\. \(and more\)$/,
    );
  });
});
