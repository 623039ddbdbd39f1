import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold } from "../../../packages/core/src/text/fold";

describe("fold", () => {
  it("gives the same text folded whole or character by character", () => {
    // Search folds the query whole and a statement character by character: they must meet.
    const character = fc.constantFrom(
      "Σ",
      "ς",
      "σ",
      "İ",
      "ı",
      "I",
      "ß",
      "ẞ",
      "ﬁ",
      "ﬃ",
      "É",
      "e\u0301",
      "Å",
      "ǅ",
      "㎒",
      " ",
      ".",
    );
    const text = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: "grapheme" }),
      fc.array(character).map((pieces) => pieces.join("")),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(fold(s)).toBe([...s].map(fold).join(""));
      }),
      { numRuns: 2000 },
    );
  });

  it("folds the case traps: Greek final sigma, Turkish dotted and dotless i, German sharp s, ligatures", () => {
    expect(fold("ΟΔΟΣ")).toBe(fold("οδος"));
    expect(fold("ΟΔΟΣ")).toBe([..."ΟΔΟΣ"].map(fold).join(""));
    expect(fold("İstanbul")).toBe("istanbul");
    expect(fold("ıstanbul")).toBe("istanbul");
    expect(fold("Straße")).toBe("strasse");
    expect(fold("STRAẞE")).toBe("strasse");
    expect(fold("ﬁle ﬂow")).toBe("file flow");
    expect(fold("Élan")).toBe("elan");
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(fold(fold(s))).toBe(fold(s));
      }),
      { numRuns: 500 },
    );
  });
});
