import { alignThemes, matchingRows, matchingStatements, searchFramework, searchStatements } from "@rungs/core";
import { describe, expect, it } from "vitest";
import { frameworkOf, parsedEveryField, parsedSeed } from "../frameworks";

const ladder = frameworkOf({
  junior: ["Testing — writes unit tests", "Delivery — ships small changes"],
  mid: ["Testing — designs test plans", "Delivery — plans a release"],
  senior: ["Delivery — owns the roadmap"],
});

describe("searchFramework", () => {
  it("is not active for a blank query: nothing matches, no level is picked", () => {
    for (const query of ["", "   ", "\t\n"]) {
      const search = searchFramework(ladder, query);
      expect(search).toMatchObject({ query: "", active: false, levelKeys: [] });
      expect(search.matches.size).toBe(0);
    }
  });

  it("trims the query and finds what searchStatements finds, by id", () => {
    const search = searchFramework(ladder, "  test  ");
    expect(search.query).toBe("test");
    expect(search.active).toBe(true);
    expect([...search.matches.keys()]).toEqual(searchStatements(ladder, "test").map((m) => m.statement.id));
    expect(search.matches.get("junior-1")?.subject).toEqual([{ start: 0, end: 4 }]);
  });

  it("names the levels with a match, lowest first, each once", () => {
    expect(searchFramework(ladder, "test").levelKeys).toEqual(["junior", "mid"]);
    expect(searchFramework(ladder, "plan").levelKeys).toEqual(["mid"]);
    expect(searchFramework(ladder, "delivery").levelKeys).toEqual(["junior", "mid", "senior"]);
    expect(searchFramework(ladder, "nowhere").levelKeys).toEqual([]);
  });

  it("agrees with a level-by-level reading on every seed word", () => {
    const seed = parsedSeed();
    for (const query of ["solder", "safety", "team", "zzz"]) {
      const search = searchFramework(seed, query);
      const expected = seed.levels
        .filter((level) => level.statements.some((statement) => search.matches.has(statement.id)))
        .map((level) => level.key);
      expect(search.levelKeys).toEqual(expected);
    }
  });
});

describe("matchingStatements", () => {
  it("keeps the matching statements in order, or all of them while not active", () => {
    const statements = ladder.levels[0]?.statements ?? [];
    expect(matchingStatements(statements, searchFramework(ladder, ""))).toBe(statements);
    expect(matchingStatements(statements, searchFramework(ladder, "ships")).map((s) => s.id)).toEqual(["junior-2"]);
    expect(matchingStatements(statements, searchFramework(ladder, "nowhere"))).toEqual([]);
  });
});

describe("matchingRows", () => {
  const { rows } = alignThemes(ladder, { strategy: "subject" });

  it("returns the rows as they are while not active", () => {
    expect(matchingRows(rows, searchFramework(ladder, " "))).toBe(rows);
  });

  it("leaves out rows without a match and cuts the others down to their matches", () => {
    const shown = matchingRows(rows, searchFramework(ladder, "plan"));
    expect(shown.map((row) => row.label)).toEqual(["Testing", "Delivery"]);
    expect(shown.map((row) => row.cells.map((cell) => cell.map((s) => s.id)))).toEqual([
      [[], ["mid-1"], []],
      [[], ["mid-2"], []],
    ]);
    // Links only between statements still shown: one statement per row, so none.
    for (const row of shown) expect(row.links).toEqual([]);
  });

  it("keeps a row whose statements all match as the same object, with its links", () => {
    const delivery = rows.find((row) => row.label === "Delivery");
    const shown = matchingRows(rows, searchFramework(ladder, "delivery"));
    expect(shown).toEqual([delivery]);
    expect(shown[0]).toBe(delivery);
  });

  it("keeps a row's id, label and the links between matching statements", () => {
    const search = searchFramework(ladder, "delivery");
    const [delivery] = matchingRows(rows, search);
    expect(delivery?.links.length).toBeGreaterThan(0);
    for (const link of delivery?.links ?? []) {
      expect(search.matches.has(link.from) && search.matches.has(link.to)).toBe(true);
    }
    const cut = matchingRows(rows, searchFramework(ladder, "roadmap release"));
    expect(cut).toEqual([]);
    const partly = matchingRows(rows, searchFramework(ladder, "release"));
    expect(partly.map((row) => [row.id, row.label])).toEqual(
      rows.filter((row) => row.label === "Delivery").map((row) => [row.id, row.label]),
    );
    expect(partly[0]?.links).toEqual([]);
  });
});

describe("searchFramework with tracks (format 1.1)", () => {
  const tracks = parsedEveryField();

  it("names no level for a match among every-level statements", () => {
    const search = searchFramework(tracks, "values");
    expect([...search.matches.keys()]).toEqual(["all-1"]);
    expect(search.levelKeys).toEqual([]);
  });

  it("searches the track asked for, and finds nothing in an unknown one", () => {
    expect(searchFramework(tracks, "interviews people", { track: "manager" })).toMatchObject({ levelKeys: [] });
    const manager = searchFramework(tracks, "people", { track: "manager" });
    expect([...manager.matches.keys()]).toEqual(["manager-m1-1"]);
    expect(manager.levelKeys).toEqual(["m1"]);
    expect(searchFramework(tracks, "hiring", { track: "manager" }).levelKeys).toEqual([]);
    expect(searchFramework(tracks, "hiring", { track: "manager" }).matches.has("manager-all-1")).toBe(true);
    const unknown = searchFramework(tracks, "people", { track: "constructor" });
    expect(unknown).toMatchObject({ active: true, levelKeys: [] });
    expect(unknown.matches.size).toBe(0);
  });

  it('still names a 1.0 level keyed ""', () => {
    const keyedEmpty = frameworkOf({ "": ["Testing — writes tests"], two: ["Delivery — ships"] });
    expect(searchFramework(keyedEmpty, "writes").levelKeys).toEqual([""]);
  });
});
