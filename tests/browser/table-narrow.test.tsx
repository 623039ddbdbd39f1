import { composeStories } from "@storybook/react-vite";
import { describe, expect, test } from "vitest";
import { page } from "vitest/browser";
import * as compareStories from "../../stories/LevelCompare.stories";
import * as matrixStories from "../../stories/ProgressionMatrix.stories";
import { accessibleNodes } from "./chromium";
import { pageOverflow, wordsBrokenAcrossLines } from "./layout";
import { runStory } from "./stories";

/*
 * The matrix and the comparison keep one element per statement: under 40rem of container
 * width the same table reflows (WCAG 1.4.10) instead of a second, stacked copy taking its
 * place. At 360px every statement is shown once, each cell under its column's name, the
 * page does not scroll sideways, and Chromium still exposes the same table to assistive
 * technology as at full width: caption, column headers, row headers, cells.
 */

const matrix = composeStories(matrixStories);
const compare = composeStories(compareStories);

const stories = {
  "ProgressionMatrix: current and target": matrix.CurrentAndTarget,
  "ProgressionMatrix: levels layout": matrix.LevelsLayout,
  "ProgressionMatrix: search": matrix.Search,
  "LevelCompare: seed": compare.Seed,
  "LevelCompare: kept, changed, added, removed": compare.EveryKind,
};

/** The accessibility tree's view of the tables: what a screen reader is given. */
async function tableTree() {
  const [tables, columnHeaders, rowHeaders, cells] = await Promise.all([
    accessibleNodes("table"),
    accessibleNodes("columnheader"),
    accessibleNodes("rowheader"),
    accessibleNodes("cell"),
  ]);
  return { tables, columnHeaders, rowHeaders, cells: cells.length };
}

/** Statement elements that are not drawn: each statement has one element, so it must show. */
function hiddenStatements(): string[] {
  return [...document.querySelectorAll<HTMLElement>("[id^='matrix-'], [id^='compare-']")]
    .filter((element) => element.getClientRects().length === 0 || element.getBoundingClientRect().width < 2)
    .map((element) => element.id);
}

describe.each(Object.entries(stories))("%s", (_name, Story) => {
  test("at 360px: one element per statement, all shown, each cell named, same table for screen readers", async () => {
    await page.viewport(1280, 900);
    await runStory(Story);
    const wide = await tableTree();
    expect(wide.tables.length).toBeGreaterThan(0);
    expect(wide.cells).toBeGreaterThan(0);

    await page.viewport(360, 800);
    await runStory(Story);
    const table = document.querySelector(".rungs-table") as HTMLElement;
    expect(getComputedStyle(table).display).toBe("block");
    expect(hiddenStatements()).toEqual([]);
    expect(document.querySelectorAll("[id^='matrix-'], [id^='compare-']").length).toBeGreaterThan(0);
    for (const cell of table.querySelectorAll<HTMLElement>("td[data-label]")) {
      const name = getComputedStyle(cell, "::before").content;
      expect(name, cell.dataset.label).toContain(cell.dataset.label ?? "");
      // Named by generated content with empty alternative text: the column header names it for assistive technology.
      expect(name).toMatch(/\/ ""$/);
    }
    expect(wordsBrokenAcrossLines(table)).toEqual([]);
    expect(pageOverflow()).toBe(0);
    expect(await tableTree()).toEqual(wide);
  });
});
