import { allStatements, assertFramework, FrameworkError, findStatement, getLevel, parseFramework } from "@rungs/core";
import { describe, expect, it } from "vitest";
import { seedText } from "../seeds";

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
