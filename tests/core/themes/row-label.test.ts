import { alignThemes, compareLevels, repeatsRowLabel, type Statement } from "@rungs/core";
import { describe, expect, it } from "vitest";
import { frameworkOf } from "../frameworks";

const statement = (subject: string): Statement => ({
  id: "s",
  levelKey: "l",
  index: 0,
  text: subject ? `${subject} — does things` : "does things",
  subject,
  description: "does things",
});

describe("repeatsRowLabel", () => {
  it("is true when the subject says the label once case, accents, punctuation and spacing are ignored", () => {
    expect(repeatsRowLabel(statement("Safety"), { label: "Safety" })).toBe(true);
    expect(repeatsRowLabel(statement("SAFÉTY "), { label: "safety" })).toBe(true);
    expect(repeatsRowLabel(statement("Code-review"), { label: "Code review" })).toBe(true);
  });

  it("is false for another subject, and for a statement without one", () => {
    expect(repeatsRowLabel(statement("Safety"), { label: "Security" })).toBe(false);
    expect(repeatsRowLabel(statement(""), { label: "" })).toBe(false);
  });

  it("follows a host's row whose label changes between calls (only frozen rows are remembered)", () => {
    const row = { label: "Safety" };
    const safety = statement("Safety");
    expect(repeatsRowLabel(safety, row)).toBe(true);
    row.label = "Delivery";
    expect(repeatsRowLabel(safety, row)).toBe(false);
  });

  it("hides the subject under every theme row and comparison row core makes by subject", () => {
    const framework = frameworkOf({
      one: ["Testing — writes tests", "Delivery — ships"],
      two: ["Testing — plans tests", "Delivery — releases"],
    });
    for (const row of alignThemes(framework, { strategy: "subject" }).rows) {
      for (const cell of row.cells) for (const s of cell) expect(repeatsRowLabel(s, row)).toBe(true);
    }
    for (const row of compareLevels(framework, "one", "two")?.rows ?? []) {
      for (const change of row.changes) {
        const shown = "from" in change ? change.from : change.to;
        expect(repeatsRowLabel(shown, row)).toBe(true);
      }
    }
  });
});
