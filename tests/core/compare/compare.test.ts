import {
  alignThemes,
  compareLevels,
  type DiffPart,
  diffSide,
  diffWords,
  type Framework,
  type LevelComparison,
  parseFramework,
  type StatementChange,
} from "@rungs/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedFiles, seedText } from "../../seeds";
import { frameworkOf, parsed, parsedEveryField } from "../frameworks";

function compared(framework: Framework, from: string, to: string, strategy: "subject" | "similarity" = "subject") {
  const comparison = compareLevels(framework, from, to, { strategy });
  if (!comparison) throw new Error(`no comparison of ${from} and ${to}`);
  return comparison;
}

/** Each change as "kind: from text → to text", for assertions a reader can check by eye. */
function describeChanges(comparison: LevelComparison): string[] {
  return comparison.rows.flatMap((row) => row.changes.map(describeChange));
}

function describeChange(change: StatementChange): string {
  const from = "from" in change ? change.from.text : "∅";
  const to = "to" in change ? change.to.text : "∅";
  return `${change.kind}: ${from} → ${to}`;
}

/** A diff written as text: [-removed-] and {+inserted+}. */
function show(parts: readonly DiffPart[]): string {
  return parts
    .map((part) =>
      part.kind === "same" ? part.text : part.kind === "removed" ? `[-${part.text}-]` : `{+${part.text}+}`,
    )
    .join("");
}

describe("diffWords", () => {
  const cases: Array<[string, string, string]> = [
    ["identical", "cuts dead wood.", "cuts dead wood."],
    ["insertion", "cuts wood.", "cuts dead wood."],
    ["removal", "cuts dead wood.", "cuts wood."],
    ["replacement", "cuts dead wood unaided.", "shapes live shrubs unaided."],
    ["punctuation", "plans, builds and tests", "plans; builds, and tests!"],
    ["empty before", "", "writes the tests."],
    ["empty after", "writes the tests.", ""],
    ["both empty", "", ""],
    ["spacing kept", "leads  the\tteam", "leads the\tteams"],
    ["unicode words", "Résumé — relit", "Résumé — relit et corrige"],
  ];

  it.each(cases)("keeps both texts exactly (%s)", (_name, before, after) => {
    const parts = diffWords(before, after);
    expect(diffSide(parts, "before")).toBe(before);
    expect(diffSide(parts, "after")).toBe(after);
    expect(parts.every((part) => part.text !== "")).toBe(true);
    // Adjacent parts never share a kind: each change is one piece, not word-by-word crumbs.
    expect(parts.every((part, i) => i === 0 || parts[i - 1]?.kind !== part.kind)).toBe(true);
  });

  it("keeps both texts exactly for any pair of texts", () => {
    // Few distinct pieces, so that generated texts share words and the LCS has work to do.
    const text = fc
      .array(
        fc.constantFrom(
          "cuts",
          "dead",
          "wood",
          "and",
          "a",
          " ",
          "  ",
          "\t",
          ",",
          ".",
          "—",
          "é",
          "e\u0301",
          "well-known",
        ),
      )
      .map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(
        fc.oneof(text, fc.string({ unit: "binary" })),
        fc.oneof(text, fc.string({ unit: "binary" })),
        (before, after) => {
          const parts = diffWords(before, after);
          expect(diffSide(parts, "before")).toBe(before);
          expect(diffSide(parts, "after")).toBe(after);
          expect(parts.every((part, i) => part.text !== "" && parts[i - 1]?.kind !== part.kind)).toBe(true);
          if (before === after) expect(parts.every((part) => part.kind === "same")).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("marks nothing in identical texts", () => {
    expect(diffWords("cuts dead wood.", "cuts dead wood.")).toEqual([{ kind: "same", text: "cuts dead wood." }]);
  });

  it("marks an inserted word with its space", () => {
    expect(show(diffWords("cuts wood.", "cuts dead wood."))).toBe("cuts {+dead +}wood.");
  });

  it("marks a removed word", () => {
    expect(show(diffWords("cuts dead wood.", "cuts wood."))).toBe("cuts [-dead -]wood.");
  });

  it("shows a replaced phrase as one removal then one insertion", () => {
    expect(show(diffWords("cuts dead wood unaided.", "shapes live shrubs unaided."))).toBe(
      "[-cuts dead wood-]{+shapes live shrubs+} unaided.",
    );
  });

  it("does not split a rewrite at a short connecting word or comma", () => {
    expect(show(diffWords("plans work and tracks time, daily", "sets goals and reviews progress, weekly"))).toBe(
      "[-plans work and tracks time, daily-]{+sets goals and reviews progress, weekly+}",
    );
    expect(show(diffWords("gives feedback to peers", "gives feedback to managers"))).toBe(
      "gives feedback to [-peers-]{+managers+}",
    );
  });

  it("treats punctuation as its own token", () => {
    expect(show(diffWords("plans, builds and tests", "plans; builds, and tests!"))).toBe(
      "plans[-,-]{+;+} builds{+,+} and tests{+!+}",
    );
  });

  it("compares words exactly, case included, and keeps hyphenated words whole", () => {
    expect(show(diffWords("Leads the team", "leads the team"))).toBe("[-Leads-]{+leads+} the team");
    expect(show(diffWords("well-known tools", "little-known tools"))).toBe("[-well-known-]{+little-known+} tools");
  });

  it("handles empty texts", () => {
    expect(diffWords("", "new words")).toEqual([{ kind: "inserted", text: "new words" }]);
    expect(diffWords("old words", "")).toEqual([{ kind: "removed", text: "old words" }]);
    expect(diffWords("", "")).toEqual([]);
  });

  it("finds the longest common run, not just common ends", () => {
    expect(show(diffWords("a b c d e", "x b c d y"))).toBe("[-a-]{+x+} b c d [-e-]{+y+}");
  });
});

describe("diffWords on long texts", () => {
  /** `count` different words, from letters alone, so the two texts share none of them. */
  const words = (count: number, letters: string) =>
    Array.from({ length: count }, (_, i) => {
      let word = "";
      for (let n = i + 1; n > 0; n = Math.floor(n / letters.length)) word += letters[n % letters.length];
      return word;
    }).join(" ");

  it("diffs two different megabyte texts coarsely instead of throwing, and rebuilds both", () => {
    const before = `Same start. ${words(180_000, "abcdefghijklm")} Same end.`;
    const after = `Same start. ${words(180_000, "nopqrstuvwxyz")} Same end.`;
    expect(before.length).toBeGreaterThan(1_000_000);
    const parts = diffWords(before, after);
    expect(diffSide(parts, "before")).toBe(before);
    expect(diffSide(parts, "after")).toBe(after);
    // The common ends are kept; the middle, too long to compare word by word, is one change.
    expect(parts.map((part) => part.kind)).toEqual(["same", "removed", "inserted", "same"]);
    expect(parts[0]?.text).toBe("Same start. ");
    expect(parts[3]?.text).toBe(" Same end.");
  });

  it("still diffs word by word below the size where it turns coarse", () => {
    const text = words(1_500, "abcdefghijklmnopqrstuvwxyz");
    const parts = diffWords(`${text} and more`, `${text.replace(" ab ", " zz ")} and more`);
    expect(parts.filter((part) => part.kind !== "same").map((part) => part.text)).toEqual(["ab", "zz"]);
  });

  it("compares levels whose statements are huge without throwing", () => {
    const long = (letters: string) => `Testing — ${words(40_000, letters)}`;
    const result = parseFramework(
      {
        schemaVersion: "1.0",
        occupation: { title: "T" },
        framework: {
          levels: {
            a: { label: "A", statements: [long("abcdefghijklm")] },
            b: { label: "B", statements: [long("nopqrstuvwxyz")] },
          },
        },
        attribution: "A",
      },
      { limits: { maxStatementLength: Number.POSITIVE_INFINITY, maxInputLength: Number.POSITIVE_INFINITY } } as never,
    );
    if (!result.ok) throw new Error("fixture invalid");
    const comparison = compareLevels(result.framework, "a", "b", { strategy: "subject" });
    const [change] = comparison?.rows[0]?.changes ?? [];
    expect(change?.kind).toBe("changed");
    if (change?.kind === "changed") {
      expect(diffSide(change.description, "before")).toBe(change.from.description);
      expect(diffSide(change.description, "after")).toBe(change.to.description);
    }
  });
});

describe("compareLevels on hand-made frameworks", () => {
  const gardener = frameworkOf({
    novice: [
      "Pruning — cuts dead wood with guidance.",
      "Soil — waters beds on a schedule.",
      "Tools — cleans   the tools after use.",
    ],
    skilled: ["Pruning — shapes shrubs with guidance.", "Tools — cleans the tools after use.", "Design — plans beds."],
    expert: [],
  });

  it("sorts each statement into kept, changed, added or removed", () => {
    expect(describeChanges(compared(gardener, "novice", "skilled"))).toEqual([
      "changed: Pruning — cuts dead wood with guidance. → Pruning — shapes shrubs with guidance.",
      "removed: Soil — waters beds on a schedule. → ∅",
      "kept: Tools — cleans   the tools after use. → Tools — cleans the tools after use.",
      "added: ∅ → Design — plans beds.",
    ]);
  });

  it("gives a changed statement a word diff of its description and subject", () => {
    const change = compared(gardener, "novice", "skilled").rows[0]?.changes[0];
    if (change?.kind !== "changed") throw new Error(`expected a change, got ${change?.kind}`);
    expect(show(change.description)).toBe("[-cuts dead wood-]{+shapes shrubs+} with guidance.");
    expect(change.subject).toEqual([{ kind: "same", text: "Pruning" }]);
  });

  it("counts each kind and carries both levels", () => {
    const comparison = compared(gardener, "novice", "skilled");
    expect(comparison.counts).toEqual({ kept: 1, changed: 1, added: 1, removed: 1 });
    expect([comparison.from.key, comparison.to.key, comparison.direction]).toEqual(["novice", "skilled", "up"]);
  });

  it("compares downwards too: what the lower level does not ask for is removed", () => {
    const comparison = compared(gardener, "skilled", "novice");
    expect(comparison.direction).toBe("down");
    expect(comparison.counts).toEqual({ kept: 1, changed: 1, added: 1, removed: 1 });
    expect(describeChanges(comparison)).toContain("removed: Design — plans beds. → ∅");
    expect(describeChanges(comparison)).toContain("added: ∅ → Soil — waters beds on a schedule.");
  });

  it("keeps everything when a level is compared with itself", () => {
    const comparison = compared(gardener, "novice", "novice");
    expect(comparison.direction).toBe("same");
    expect(comparison.counts).toEqual({ kept: 3, changed: 0, added: 0, removed: 0 });
  });

  it("removes everything towards an empty level, and leaves out rows empty on both", () => {
    const comparison = compared(gardener, "novice", "expert");
    expect(comparison.counts).toEqual({ kept: 0, changed: 0, added: 0, removed: 3 });
    expect(comparison.rows.map((row) => row.label)).toEqual(["Pruning", "Soil", "Tools"]);
  });

  it("pairs the statements of a crowded row by the words they share, leftovers added or removed", () => {
    const team = frameworkOf({
      junior: [
        "Communication — writes clear pull request descriptions.",
        "Communication — gives status updates to their mentor.",
        "Communication — asks questions in team channels.",
      ],
      senior: [
        "Communication — gives status updates to stakeholders.",
        "Communication — writes clear design documents.",
        "Communication — writes clear pull request descriptions.",
        "Communication — presents work at company meetings.",
      ],
    });
    expect(describeChanges(compared(team, "junior", "senior"))).toEqual([
      "kept: Communication — writes clear pull request descriptions. → Communication — writes clear pull request descriptions.",
      "changed: Communication — gives status updates to their mentor. → Communication — gives status updates to stakeholders.",
      "removed: Communication — asks questions in team channels. → ∅",
      "added: ∅ → Communication — writes clear design documents.",
      "added: ∅ → Communication — presents work at company meetings.",
    ]);
  });

  it("pairs a row's only statements on each level even when they share few words", () => {
    const framework = frameworkOf({ one: ["Safety — follows rules."], two: ["Safety — sets policy."] });
    expect(describeChanges(compared(framework, "one", "two"))).toEqual([
      "changed: Safety — follows rules. → Safety — sets policy.",
    ]);
  });

  it("measures the words a change keeps, and calls it rewritten under a quarter", () => {
    const framework = frameworkOf({
      one: ["Budgets — tracks spending of the team against the plan."],
      two: ["Budgets — tracks spending of the department against the plan."],
    });
    const [budgets] = compared(framework, "one", "two").rows.flatMap((row) => row.changes);
    // 8 of 9 words kept ("team" → "department").
    expect(budgets?.kind === "changed" && budgets.wordsKept).toBeCloseTo(8 / 9);
    expect(budgets?.kind === "changed" && budgets.rewritten).toBe(false);

    const rewrite = frameworkOf({ one: ["Safety — follows rules."], two: ["Safety — writes policy for every site."] });
    const [change] = compared(rewrite, "one", "two").rows.flatMap((row) => row.changes);
    expect(change?.kind === "changed" && change.wordsKept).toBeCloseTo(1 / 6);
    expect(change?.kind === "changed" && change.rewritten).toBe(true);
  });

  it("is deterministic", () => {
    expect(compared(gardener, "novice", "skilled")).toEqual(compared(gardener, "novice", "skilled"));
  });

  it("takes the host's own rows", () => {
    const rows = [{ id: "all", label: "All", cells: gardener.levels.map((level) => level.statements), links: [] }];
    const comparison = compareLevels(gardener, "novice", "skilled", { rows });
    expect(comparison?.rows.map((row) => row.id)).toEqual(["all"]);
    expect(comparison?.strategy).toBeUndefined();
  });

  it("treats an unknown strategy as auto, and reports the one it used", () => {
    const comparison = compareLevels(gardener, "novice", "skilled", { strategy: "bogus" as never });
    expect(comparison?.strategy).toBe(alignThemes(gardener).strategy);
    expect(describeChanges(comparison as LevelComparison)).toEqual(
      describeChanges(compareLevels(gardener, "novice", "skilled") as LevelComparison),
    );
  });

  it("pairs a crowded row of a thousand statements a level by the words each pair shares", () => {
    // One subject for all: every statement shares "Testing", "reviews" and "plans" with every
    // other, and two words of its own with its counterpart on the other level.
    const letters = "bcfhjkmnpqrtvwxz";
    const word = (n: number) => [256, 16, 1].map((unit) => letters[Math.floor(n / unit) % 16]).join("");
    const own = (i: number) => `${word(i)} ${word(i + 1000)}`;
    const framework = parsed({
      schemaVersion: "1.0",
      occupation: { title: "T" },
      framework: {
        levels: {
          junior: {
            label: "Junior",
            statements: Array.from({ length: 1000 }, (_, i) => `Testing — reviews ${own(i)} plans`),
          },
          senior: {
            label: "Senior",
            statements: Array.from({ length: 1000 }, (_, i) => `Testing — reviews ${own(999 - i)} plans carefully`),
          },
        },
      },
      attribution: "A",
    });
    const comparison = compared(framework, "junior", "senior");
    const changes = comparison.rows.flatMap((row) => row.changes);
    expect(comparison.counts).toEqual({ kept: 0, changed: 1000, added: 0, removed: 0 });
    for (const change of changes) {
      if (change.kind !== "changed") continue;
      expect(change.to.index).toBe(999 - change.from.index);
    }
  });

  it("returns undefined for a key that is not a level, and does not throw", () => {
    expect(compareLevels(gardener, "novice", "nope")).toBeUndefined();
    expect(compareLevels(gardener, "nope", "skilled")).toBeUndefined();
    expect(compareLevels(gardener, "", "")).toBeUndefined();
  });
});

describe.each(seedFiles)("compareLevels on seeds/%s", (file) => {
  const result = parseFramework(seedText(file));
  if (!result.ok) throw new Error(`${file} is invalid`);
  const framework = result.framework;
  const first = framework.levels[0];
  const last = framework.levels[framework.levels.length - 1];
  if (!first || !last) throw new Error(`${file} has no levels`);

  it.each([
    ["first to last", first.key, last.key],
    ["last to first", last.key, first.key],
  ])("accounts for every statement of both levels exactly once (%s)", (_name, fromKey, toKey) => {
    const comparison = compareLevels(framework, fromKey, toKey);
    if (!comparison) throw new Error("no comparison");
    const fromIds = comparison.rows.flatMap((row) => row.changes.flatMap((c) => ("from" in c ? [c.from.id] : [])));
    const toIds = comparison.rows.flatMap((row) => row.changes.flatMap((c) => ("to" in c ? [c.to.id] : [])));
    const level = (key: string) => framework.levels.find((l) => l.key === key)?.statements.map((s) => s.id) ?? [];
    expect([...fromIds].sort()).toEqual([...level(fromKey)].sort());
    expect([...toIds].sort()).toEqual([...level(toKey)].sort());
    const { kept, changed, added, removed } = comparison.counts;
    expect(kept + changed + removed).toBe(level(fromKey).length);
    expect(kept + changed + added).toBe(level(toKey).length);
  });

  it("rebuilds each changed statement's texts from its diff", () => {
    const comparison = compareLevels(framework, first.key, last.key);
    for (const change of comparison?.rows.flatMap((row) => row.changes) ?? []) {
      if (change.kind !== "changed") continue;
      expect(diffSide(change.description, "before")).toBe(change.from.description);
      expect(diffSide(change.description, "after")).toBe(change.to.description);
      expect(diffSide(change.subject, "after")).toBe(change.to.subject);
    }
  });

  it("keeps the alignment's rows and their order", () => {
    const comparison = compareLevels(framework, first.key, last.key, { strategy: "subject" });
    const aligned = alignThemes(framework, { strategy: "subject" }).rows.map((row) => row.id);
    const ids = comparison?.rows.map((row) => row.id) ?? [];
    expect(ids.every((id) => aligned.includes(id))).toBe(true);
    expect(ids).toEqual(aligned.filter((id) => ids.includes(id)));
  });
});

describe("compareLevels with a track (format 1.1)", () => {
  const tracks = parsedEveryField();

  it("compares two levels of the track asked for, leaving every-level statements out", () => {
    const comparison = compareLevels(tracks, "ic1", "ic2");
    expect(comparison).toBeDefined();
    const compared = comparison?.rows.flatMap((row) =>
      row.changes.flatMap((change) =>
        ("from" in change ? [change.from.id] : []).concat("to" in change ? [change.to.id] : []),
      ),
    );
    expect(compared?.sort()).toEqual(["ic-ic1-1", "ic-ic2-1", "review-small"]);
    expect(compareLevels(tracks, "ic1", "ic2", { track: "ic" })).toEqual(comparison);
    expect(compareLevels(tracks, "m1", "m1", { track: "manager" })?.counts).toEqual({
      kept: 1,
      changed: 0,
      added: 0,
      removed: 0,
    });
  });

  it("gives undefined for a level of another track, or an unknown track", () => {
    expect(compareLevels(tracks, "ic1", "m1")).toBeUndefined();
    expect(compareLevels(tracks, "m1", "m1")).toBeUndefined();
    expect(compareLevels(tracks, "ic1", "ic2", { track: "manager" })).toBeUndefined();
    expect(compareLevels(tracks, "ic1", "ic2", { track: "__proto__" })).toBeUndefined();
  });
});
