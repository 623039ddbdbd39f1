import { composeStories } from "@storybook/react-vite";
import { afterEach, describe, expect, test } from "vitest";
import { page } from "vitest/browser";
import * as frameworkStories from "../../stories/Frameworks.stories";
import * as compareStories from "../../stories/LevelCompare.stories";
import * as matrixStories from "../../stories/ProgressionMatrix.stories";
import { applyTextSpacing, contentOutsideCells, pageOverflow, wordsBrokenAcrossLines } from "./layout";
import { runStory } from "./stories";

/*
 * WCAG 1.4.4 and 1.4.12 on the matrix and comparison tables. Zoom in a 1280px window
 * leaves a CSS viewport of 1280 / zoom: 850px at 150 %, 675px at 190 %. At each width, and
 * again with WCAG text spacing, every table's text stays inside its cell, no word is split
 * over two lines, the scroll region holds the whole table, and the page does not scroll
 * sideways. Axe runs after each story, as in Storybook. (The comparison's three columns
 * had room even with the old fixed layout; its cases guard the table rules it shares.)
 */

const matrix = composeStories(matrixStories);
const compare = composeStories(compareStories);
const frameworks = composeStories(frameworkStories);

const stories = {
  "ProgressionMatrix: current and target": matrix.CurrentAndTarget,
  "ProgressionMatrix: host's rows": matrix.HostRows,
  "ProgressionMatrix: right to left": matrix.RightToLeft,
  "ProgressionMatrix: levels layout": matrix.LevelsLayout,
  "LevelCompare: seed": compare.Seed,
  "LevelCompare: crowded themes": compare.CrowdedThemes,
  "LevelCompare: right to left": compare.RightToLeft,
  "Frameworks: FT engineering (8 levels)": frameworks.FtEngineering,
  "Frameworks: Monzo backend": frameworks.MonzoBackend,
  "Frameworks: FT operations": frameworks.FtOperations,
};

const settings = [
  { zoom: "190 %", width: 675, spacing: false },
  { zoom: "150 %", width: 850, spacing: false },
  { zoom: "190 %", width: 675, spacing: true },
  { zoom: "150 %", width: 850, spacing: true },
  { zoom: "100 %", width: 1280, spacing: true },
];

let removeTextSpacing: (() => void) | undefined;
afterEach(() => {
  removeTextSpacing?.();
  removeTextSpacing = undefined;
});

function renderedTables(): HTMLTableElement[] {
  return [...document.querySelectorAll<HTMLTableElement>(".rungs-matrix__table, .rungs-compare__table")].filter(
    (table) => table.getClientRects().length > 0,
  );
}

describe.each(settings)("$width px wide (zoom $zoom), text spacing: $spacing", ({ width, spacing }) => {
  test.each(Object.entries(stories))("%s: every cell's text fits, no word is split", async (_name, Story) => {
    await page.viewport(width, 900);
    if (spacing) removeTextSpacing = applyTextSpacing();
    await runStory(Story);
    const tables = renderedTables();
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      expect(contentOutsideCells(table)).toEqual([]);
      expect(wordsBrokenAcrossLines(table)).toEqual([]);
      // The region scrolls over the whole table rather than cutting it off.
      const scroller = table.parentElement as HTMLElement;
      expect(scroller.scrollWidth).toBeGreaterThanOrEqual(Math.floor(table.getBoundingClientRect().width));
    }
    expect(pageOverflow()).toBe(0);
  });
});

test("a matrix wider than its container scrolls instead of squeezing its columns", async () => {
  await page.viewport(675, 900);
  await runStory(matrix.CurrentAndTarget);
  const scroller = document.querySelector(".rungs-matrix .rungs-table-scroller") as HTMLElement;
  // Five columns of readable width do not fit in 643px: the region scrolls to the last one.
  expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
  scroller.scrollLeft = scroller.scrollWidth;
  expect(scroller.scrollLeft).toBeGreaterThan(0);
  const lastColumn = document.querySelector(".rungs-matrix__table thead th:last-child") as HTMLElement;
  expect(lastColumn.getBoundingClientRect().right).toBeLessThanOrEqual(scroller.getBoundingClientRect().right + 1);
});
