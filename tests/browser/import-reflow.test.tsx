import { composeStories } from "@storybook/react-vite";
import { expect, test } from "vitest";
import { page } from "vitest/browser";
import * as importStories from "../../stories/Import.stories";
import { pageOverflow } from "./layout";
import { runStory } from "./stories";

/*
 * WCAG 1.4.10 (issue 22, item 8): at 320 CSS px the import screen never scrolls sideways,
 * whatever its issue table lists: a CSV's warnings, a refused YAML file's error, and a CASE
 * package's long JSON Pointers (`/CFItems/0/humanCodingScheme`, 664 px wide before).
 */

const { CsvTemplate, YamlFile, CasePackage, MarkdownLadder } = composeStories(importStories);

test.each([
  ["a CSV, then a refused one", CsvTemplate],
  ["a refused YAML file", YamlFile],
  ["a CASE package", CasePackage],
  ["a Markdown ladder", MarkdownLadder],
])("at 320px the import screen (%s) fits the window", async (_name, story) => {
  await page.viewport(320, 800);
  await runStory(story);
  const wide = [...document.querySelectorAll<HTMLElement>("body *")]
    .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .filter((element) => !element.closest(".rungs-table-scroller, .rungs-visually-hidden"))
    .slice(0, 3)
    .map((element) => `${element.localName}.${element.className} “${(element.textContent ?? "").slice(0, 30)}”`);
  expect(wide, "elements past the window's edge").toEqual([]);
  expect(pageOverflow()).toBe(0);
});
