import { alignThemes, levelSteps } from "@rungs/core";
import { describe, expect, it } from "vitest";
import { seedFiles } from "../../seeds";
import { frameworkOf, parsedEveryField, parsedSeed } from "../frameworks";

describe("levelSteps", () => {
  it("marks a statement whose theme has one on the level below as continuing it, others as new", () => {
    const framework = frameworkOf({
      junior: ["Code — writes code.", "Tests — runs tests."],
      senior: ["Code — reviews code.", "People — mentors."],
    });
    const [junior, senior] = levelSteps(framework);
    expect(junior?.statements.map((step) => step.kind)).toEqual(["new", "new"]);
    expect(junior).toMatchObject({ levelKey: "junior", rank: 0, newCount: 2, continuedCount: 0 });
    const [code, people] = senior?.statements ?? [];
    expect(code).toMatchObject({ kind: "continues", from: framework.levels[0]?.statements[0]?.id });
    expect(code?.statementId).toBe(framework.levels[1]?.statements[0]?.id);
    expect(people?.kind).toBe("new");
    expect(senior).toMatchObject({ newCount: 1, continuedCount: 1 });
  });

  it("starts a thread that skips a level again as new", () => {
    const framework = frameworkOf({
      one: ["Code — writes code."],
      two: ["People — mentors."],
      three: ["Code — designs systems."],
    });
    const steps = levelSteps(framework, alignThemes(framework, { strategy: "subject" }));
    expect(steps[2]?.statements[0]?.kind).toBe("new");
  });

  it("gives every level, every statement in author order, and counts that add up", () => {
    for (const name of seedFiles) {
      const framework = parsedSeed(name);
      const steps = levelSteps(framework);
      expect(steps.map((step) => step.levelKey)).toEqual(framework.levels.map((level) => level.key));
      steps.forEach((step, rank) => {
        const level = framework.levels[rank];
        expect(step.statements.map((s) => s.statementId)).toEqual(level?.statements.map((s) => s.id));
        expect(step.newCount + step.continuedCount).toBe(level?.statements.length);
        const below = new Set(framework.levels[rank - 1]?.statements.map((s) => s.id));
        for (const s of step.statements) if (s.kind === "continues") expect(below.has(s.from)).toBe(true);
      });
      expect(steps[0]?.continuedCount ?? 0).toBe(0);
    }
  });

  it("follows the alignment it is given", () => {
    const framework = parsedSeed();
    const bySimilarity = alignThemes(framework, { strategy: "similarity" });
    const steps = levelSteps(framework, bySimilarity);
    const themeIds = new Set(bySimilarity.rows.map((row) => row.id));
    for (const step of steps) for (const s of step.statements) expect(themeIds.has(s.themeId)).toBe(true);
    // The seed's threads run level to level: most statements above the first continue one.
    const continued = steps.slice(1).reduce((sum, step) => sum + step.continuedCount, 0);
    expect(continued).toBeGreaterThan(0);
  });

  it("counts a statement the alignment left out as new", () => {
    const framework = frameworkOf({ one: ["Code — writes code."], two: ["Code — reviews code."] });
    const steps = levelSteps(framework, { strategy: "subject", rows: [] });
    expect(steps[1]?.statements[0]).toMatchObject({ kind: "new", themeId: "" });
  });
});

describe("levelSteps with a track (format 1.1)", () => {
  const tracks = parsedEveryField();

  it("steps through the track asked for, with that track's alignment by default", () => {
    expect(levelSteps(tracks).map((step) => step.levelKey)).toEqual(["ic1", "ic2"]);
    const manager = levelSteps(tracks, undefined, { track: "manager" });
    expect(manager.map((step) => [step.levelKey, step.newCount, step.continuedCount])).toEqual([["m1", 1, 0]]);
    expect(levelSteps(tracks, undefined, { track: "ic" })).toEqual(levelSteps(tracks));
    expect(levelSteps(tracks, alignThemes(tracks, { track: "manager" }), { track: "manager" })).toEqual(manager);
  });

  it("gives no steps for an unknown track, and every-level statements are in none", () => {
    expect(levelSteps(tracks, undefined, { track: "constructor" })).toEqual([]);
    const stepped = levelSteps(tracks).flatMap((step) => step.statements.map((statement) => statement.statementId));
    expect(stepped).not.toContain("all-1");
  });

  it("makes a statement whose only tie to the level below shares no word a new step", () => {
    const ladder = frameworkOf({ one: ["2024 — writes code"], two: ["2024 — plans budgets"] });
    const [, two] = levelSteps(ladder);
    expect(two?.statements).toEqual([{ kind: "new", statementId: "two-1", themeId: expect.any(String) }]);
  });
});
