import { assertFramework } from "@rungs/core";
import { FrameworkAttribution, LevelLadder, ProgressionMatrix, TrackSwitcher } from "@rungs/react";
import { render } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { page } from "vitest/browser";
import { seedTexts } from "../../stories/seeds";

/*
 * WCAG 1.4.10 (issue 21, item 5): at 320 and 390 CSS px the page never scrolls sideways,
 * for every seed (the same files as tests/seeds.ts: `seeds/*.json` and each real ladder's
 * `<slug>/<slug>.json`, read here through Vite since the browser has no file system) with
 * its ladder, matrix and attribution on the page, and for the longest real-world text: a
 * deep source URL and a 300-character unbroken word in every text field.
 */

/** The page's sideways scroll: how much wider the document is than the window. */
function pageOverflow(): number {
  const root = document.scrollingElement as Element;
  return Math.max(0, root.scrollWidth - root.clientWidth);
}

const longWord = "Supercalifragilistic".repeat(15);
const deepLink = `https://github.com/example-org/engineering-handbook/blob/5752928b213a3ddbc7cee4459524f404a5b96fb4/${"content/departments/product/career-development/".repeat(4)}framework.md?plain=1#L${"1".repeat(40)}`;

/** A 1.1 framework with the long word in every text field and a deep link as its source. */
const longText = JSON.stringify({
  schemaVersion: "1.1",
  occupation: { title: longWord },
  framework: {
    description: longWord,
    areas: { craft: { label: longWord, description: longWord } },
    levels: {
      one: {
        label: longWord,
        description: longWord,
        details: { [longWord]: longWord },
        statements: [
          { text: `${longWord} — ${longWord} ${deepLink}`, area: "craft", examples: [longWord], notes: longWord },
          { text: `Review — reads ${longWord}.`, area: "craft", proficiency: longWord },
        ],
      },
      two: { label: "Two", statements: [{ text: `${longWord} — designs ${longWord}.`, area: "craft" }] },
    },
  },
  sources: { [longWord]: deepLink, handbook: deepLink },
  attribution: `${longWord} ${deepLink}`,
});

/** [name, text, with the ladder]: every case renders the ladder too. */
const frameworks: [string, string, boolean][] = [
  ...Object.entries(seedTexts).map(([name, text]): [string, string, boolean] => [name, text, true]),
  ["a deep source URL and a 300-character word in every field", longText, true],
];

describe.each([320, 390])("at %i px", (width) => {
  test.each(frameworks)(
    "%s: track switcher, ladder (every rung and disclosure open), matrix and attribution, no page-level horizontal scroll",
    async (_name, text, ladder) => {
      await page.viewport(width, 800);
      // The last track (its levels have the equivalents), every rung open: what is laid out is measured.
      const track = assertFramework(text).tracks.at(-1);
      const { container } = render(
        <main>
          <TrackSwitcher framework={text} track={track?.key} />
          {ladder && (
            <LevelLadder framework={text} track={track?.key} defaultValue={track?.levels.map((level) => level.key)} />
          )}
          <ProgressionMatrix framework={text} attribution={false} />
          <FrameworkAttribution framework={text} />
        </main>,
      );
      for (const details of container.querySelectorAll("details")) details.open = true;
      expect(container.querySelector("[role=alert]")).toBeNull();
      expect(container.querySelector(".rungs-matrix table")).not.toBeNull();
      const wide = [...container.querySelectorAll<HTMLElement>("*")]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .filter((element) => !element.closest(".rungs-table-scroller, .rungs-visually-hidden"))
        .slice(0, 3)
        .map((element) => `${element.localName}.${element.className}`);
      expect(wide, "elements past the window's edge").toEqual([]);
      expect(pageOverflow()).toBe(0);
    },
  );
});
