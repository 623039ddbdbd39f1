import {
  alignThemes,
  allStatements,
  assessFramework,
  compareLevels,
  decodeAssessment,
  encodeAssessment,
  findStatement,
  getLevel,
  levelMarkers,
  levelSteps,
  searchFramework,
  statementIdsInOrder,
  type Track,
  trackOf,
} from "@rungs/core";
import { describe, expect, it } from "vitest";
import { parsed, parsedEveryField, parsedSeed } from "../frameworks";

const seed = parsedSeed();
const ladder = parsedEveryField();
const ids = (statements: readonly { id: string }[]) => statements.map((statement) => statement.id);

describe("trackOf", () => {
  it("gives the default track without a key: the framework's own levels", () => {
    expect(trackOf(seed)).toBe(seed.tracks[0]);
    expect(trackOf(seed).levels).toBe(seed.levels);
    expect(trackOf(ladder)).toBe(ladder.tracks[0]);
    expect(trackOf(ladder, "default")).toMatchObject({ key: "default", levels: [] });
  });

  it("gives a track by its key, and the 1.0 file's one track by its key", () => {
    expect(trackOf(ladder, "manager").label).toBe("Manager");
    expect(trackOf(ladder, "ic")).toBe(ladder.tracks[0]);
    expect(trackOf(seed, "default")).toBe(seed.tracks[0]);
  });

  it("reads an unknown key as an empty track with that key, never another track's data", () => {
    for (const key of ["nope", "", "IC", " ic", "__proto__", "constructor", "toString", "hasOwnProperty"]) {
      const track = trackOf(ladder, key);
      expect(track).toEqual({ key, id: "", label: "", levels: [], allLevels: [], cumulative: false });
      expect(Object.isFrozen(track)).toBe(true);
    }
  });

  it("never throws for keys untyped code passes", () => {
    const hostile = {
      toString() {
        throw new Error("no");
      },
    };
    for (const key of [42, null, {}, hostile, Symbol("s"), ["ic"]] as unknown as string[]) {
      expect(trackOf(ladder, key).levels).toEqual([]);
    }
  });

  it("reads a framework a host edited by its own fields, as before tracks existed", () => {
    const edited = { ...seed, levels: seed.levels.slice(1) };
    expect(trackOf(edited).levels).toBe(edited.levels);
    const noTracks = { ...seed, tracks: undefined as unknown as readonly Track[] };
    expect(trackOf(noTracks).levels).toBe(seed.levels);
    expect(trackOf(noTracks, "default").levels).toEqual([]);
  });
});

describe("queries with a track", () => {
  it("gets a level of the track asked for, and only of it", () => {
    expect(getLevel(ladder, "m1")).toBeUndefined();
    expect(getLevel(ladder, "m1", { track: "manager" })?.id).toBe("manager-m1");
    expect(getLevel(ladder, "ic1", { track: "manager" })).toBeUndefined();
    expect(getLevel(ladder, "ic1", { track: "ic" })).toBe(getLevel(ladder, "ic1"));
    expect(getLevel(ladder, "ic1", { track: "__proto__" })).toBeUndefined();
  });

  it("lists the track's every-level statements first, then level by level", () => {
    expect(ids(allStatements(ladder))).toEqual(["all-1", "ic-ic1-1", "review-small", "ic-ic2-1"]);
    expect(ids(allStatements(ladder, { track: "manager" }))).toEqual(["manager-all-1", "manager-m1-1"]);
    expect(allStatements(ladder, { track: "nope" })).toEqual([]);
    // Examples and notes are never statements.
    expect(allStatements(ladder).map((statement) => statement.text)).not.toContain("Leaves a review within a day.");
  });

  it("keeps 1.0 results as they were: the default track by key or without one", () => {
    expect(allStatements(seed, { track: "default" })).toEqual(allStatements(seed));
    expect(allStatements(seed)).toHaveLength(40);
  });

  it("finds a statement of the track, every-level statements included", () => {
    expect(findStatement(ladder, "all-1")?.subject).toBe("Values");
    expect(findStatement(ladder, "review-small")?.area).toBe("delivery");
    expect(findStatement(ladder, "manager-m1-1")).toBeUndefined();
    expect(findStatement(ladder, "manager-m1-1", { track: "manager" })?.subject).toBe("People");
    expect(findStatement(ladder, "manager-all-1", { track: "manager" })?.levelKey).toBe("");
    expect(findStatement(ladder, "review-small", { track: "manager" })).toBeUndefined();
  });

  it("orders ids as the track lists its statements", () => {
    const checked = ["manager-m1-1", "ic-ic2-1", "all-1", "other", "manager-all-1"];
    expect(statementIdsInOrder(ladder, checked)).toEqual([
      "all-1",
      "ic-ic2-1",
      "manager-m1-1",
      "other",
      "manager-all-1",
    ]);
    expect(statementIdsInOrder(ladder, checked, { track: "manager" })).toEqual([
      "manager-all-1",
      "manager-m1-1",
      "ic-ic2-1",
      "all-1",
      "other",
    ]);
  });

  it("marks the levels of the track asked for: a track whose levels differ", () => {
    expect(levelMarkers(ladder, "ic1", "ic2")).toEqual([
      { current: true, target: false, path: false },
      { current: false, target: true, path: false },
    ]);
    expect(levelMarkers(ladder, "m1", undefined, { track: "manager" })).toEqual([
      { current: true, target: false, path: false },
    ]);
    // The other track's keys mark nothing here, and an unknown track has no levels.
    expect(levelMarkers(ladder, "ic1", "ic2", { track: "manager" })).toEqual([
      { current: false, target: false, path: false },
    ]);
    expect(levelMarkers(ladder, "ic1", "ic2", { track: "constructor" })).toEqual([]);
  });
});

describe("a track without statements", () => {
  const framework = parsed({
    schemaVersion: "1.1",
    occupation: { title: "T" },
    attribution: "A",
    framework: {
      tracks: {
        ic: { label: "IC", levels: { a: { label: "A", statements: ["Code — writes code."] } } },
        empty: { label: "Empty", levels: { e: { label: "E", statements: [] }, f: { label: "F", statements: [] } } },
      },
    },
  });
  const track = { track: "empty" };

  it("has its levels and nothing else to find, align, search or compare", () => {
    expect(getLevel(framework, "f", track)?.rank).toBe(1);
    expect(allStatements(framework, track)).toEqual([]);
    expect(alignThemes(framework, track).rows).toEqual([]);
    expect(levelSteps(framework, undefined, track).map((step) => [step.levelKey, step.newCount])).toEqual([
      ["e", 0],
      ["f", 0],
    ]);
    expect(searchFramework(framework, "code", track).matches.size).toBe(0);
    expect(compareLevels(framework, "e", "f", track)?.rows).toEqual([]);
  });

  it("is met at every level, as an empty 1.0 level is, and its code reads back", () => {
    const assessment = assessFramework(framework, ["ic-a-1"], track);
    expect(assessment.levels.map((progress) => progress.met)).toEqual([true, true]);
    expect(assessment.unknownIds).toEqual(["ic-a-1"]);
    expect(decodeAssessment(framework, encodeAssessment(framework, [], track), track)).toEqual({
      ok: true,
      checked: new Set(),
    });
  });
});
