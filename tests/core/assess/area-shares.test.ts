import { assessAreas, assessFramework, gapByArea } from "@rungs/core";
import { describe, expect, it } from "vitest";
import { parsed, parsedEveryField, parsedSeed } from "../frameworks";

/** Three areas over two levels; one statement names no area; one every-level statement of area "craft". */
const framework = parsed({
  schemaVersion: "1.1",
  occupation: { title: "Test" },
  framework: {
    areas: { craft: { label: "Craft" }, people: { label: "People" }, impact: { label: "Impact" } },
    allLevels: [{ text: "Values — lives them.", area: "craft", id: "values" }],
    levels: {
      one: {
        label: "One",
        statements: [
          { text: "Code — writes code.", area: "craft", id: "code" },
          { text: "Tests — writes tests.", area: "craft", id: "tests" },
          { text: "Help — helps peers.", area: "people", id: "help" },
          { text: "Loose — has no area.", id: "loose" },
        ],
      },
      two: {
        label: "Two",
        statements: [
          { text: "Design — designs systems.", area: "craft", id: "design" },
          { text: "Mentor — mentors.", area: "people", id: "mentor" },
          { text: "Lead — leads projects.", area: "people", id: "lead" },
        ],
      },
    },
  },
  attribution: "Test",
});

const rows = (
  shares: readonly { area?: { key: string } | undefined; checked: number; total: number; ratio: number }[],
) => shares.map((share) => [share.area?.key ?? null, share.checked, share.total, share.ratio]);

describe("assessAreas", () => {
  it("gives each area's share at the level reached and at the target, every-level statements counted", () => {
    const assessment = assessFramework(framework, ["values", "code", "tests", "help", "loose", "mentor"]);
    const profile = assessAreas(framework, assessment);
    expect(profile.areas.map((area) => area?.key ?? null)).toEqual(["craft", "people", "impact", null]);
    expect(profile.current?.level.key).toBe("one");
    expect(rows(profile.current?.shares ?? [])).toEqual([
      ["craft", 3, 3, 1],
      ["people", 1, 1, 1],
      ["impact", 0, 0, 1],
      [null, 1, 1, 1],
    ]);
    expect(profile.target?.level.key).toBe("two");
    expect(rows(profile.target?.shares ?? [])).toEqual([
      ["craft", 1, 2, 0.5],
      ["people", 1, 2, 0.5],
      ["impact", 0, 0, 1],
      [null, 0, 0, 1],
    ]);
  });

  it("has no current level when nothing is reached, and no target at the top", () => {
    expect(assessAreas(framework, assessFramework(framework, [])).current).toBeUndefined();
    const everything = ["values", "code", "tests", "help", "loose", "design", "mentor", "lead"];
    const top = assessAreas(framework, assessFramework(framework, everything));
    expect(top.current?.level.key).toBe("two");
    expect(top.target).toBeUndefined();
  });

  it("follows the target the assessment was given", () => {
    const profile = assessAreas(framework, assessFramework(framework, ["design"], { targetLevel: "two" }));
    expect(profile.current).toBeUndefined();
    expect(rows(profile.target?.shares ?? [])[0]).toEqual(["craft", 1, 2, 0.5]);
  });

  it("gives nothing to draw for a framework without areas (every 1.0 file)", () => {
    const seed = parsedSeed();
    const profile = assessAreas(seed, assessFramework(seed, [seed.levels[0]?.statements[0]?.id ?? ""]));
    expect(profile).toEqual({ areas: [], current: undefined, target: undefined });
  });

  it("reads the track the assessment was made on", () => {
    const everyField = parsedEveryField();
    for (const track of everyField.tracks) {
      const assessment = assessFramework(everyField, [], { track: track.key });
      const profile = assessAreas(everyField, assessment);
      expect(profile.target?.level).toBe(track.levels[0]);
      // Every statement the target level expects is counted once, in one row.
      const total = (profile.target?.shares ?? []).reduce((sum, share) => sum + share.total, 0);
      expect(total).toBe((track.levels[0]?.statements.length ?? 0) + track.allLevels.length);
    }
  });

  it("keeps every real seed's counts whole: each row's totals add up to the level's", () => {
    for (const name of ["sourcegraph-product", "infracloud-engineering"]) {
      const seed = parsedSeed(`${name}/${name}.json`);
      const firstLevel = seed.levels[0]?.statements.map((statement) => statement.id) ?? [];
      const assessment = assessFramework(seed, firstLevel);
      const profile = assessAreas(seed, assessment);
      expect(profile.areas.length).toBeGreaterThanOrEqual(seed.areas.length);
      for (const side of [profile.current, profile.target]) {
        if (!side) continue;
        const progress = assessment.levels[side.level.rank];
        expect(side.shares.reduce((sum, share) => sum + share.total, 0)).toBe(progress?.total);
        expect(side.shares.reduce((sum, share) => sum + share.checked, 0)).toBe(progress?.checked);
      }
    }
  });
});

describe("gapByArea", () => {
  it("groups the gap by area in the framework's order, the statements of no area last", () => {
    const assessment = assessFramework(framework, ["values", "code"], { targetLevel: "two" });
    const groups = gapByArea(framework, assessment.gap);
    expect(groups.map((group) => [group.area?.key ?? null, group.count])).toEqual([
      ["craft", 2],
      ["people", 3],
      [null, 1],
    ]);
    const ids = groups.flatMap((group) => group.themes.flatMap((theme) => theme.statements.map((s) => s.id)));
    expect(ids.sort()).toEqual(assessment.gap.flatMap((theme) => theme.statements.map((s) => s.id)).sort());
  });

  it("gives no groups for a framework without areas", () => {
    const seed = parsedSeed();
    expect(gapByArea(seed, assessFramework(seed, []).gap)).toEqual([]);
  });
});
