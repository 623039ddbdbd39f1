import { composeStories, composeStory } from "@storybook/react-vite";
import { expect, test } from "vitest";
import * as ladderStories from "../../stories/LevelLadder.stories";
import { accessibleNodes } from "./chromium";
import { runStory } from "./stories";

const { Seed, CurrentAndTarget, PrintPreview } = composeStories(ladderStories);
// The self-assessment story without its play function, which checks five boxes at once.
const { play: _checksFiveBoxes, ...assessableStory } = ladderStories.Assessable;
const Assessable = composeStory(assessableStory, ladderStories.default);

/** The names of the region landmarks Chromium exposes, the ladder's own left out. */
async function rungRegions(): Promise<string[]> {
  const ladderName = document.querySelector(".rungs-ladder")?.getAttribute("aria-label");
  return (await accessibleNodes("region")).filter((name) => name !== ladderName);
}

/** The labels of the open rungs, as shown (text only for screen readers left out). */
const openLabels = () =>
  [...document.querySelectorAll(".rungs-rung__trigger[aria-expanded=true] .rungs-rung__label")].map((label) => {
    const shown = label.cloneNode(true) as Element;
    for (const hidden of shown.querySelectorAll(".rungs-visually-hidden")) hidden.remove();
    return shown.textContent ?? "";
  });

test.each([
  { story: "Seed", Story: Seed, open: 0 },
  { story: "CurrentAndTarget", Story: CurrentAndTarget, open: 1 },
  { story: "PrintPreview", Story: PrintPreview, open: 4 },
])("$story: each open rung is a landmark, and no closed one is ($open open)", async ({ Story, open }) => {
  await runStory(Story);
  const regions = await rungRegions();
  expect(openLabels()).toHaveLength(open);
  expect(regions).toHaveLength(open);
  // Each region is named after its rung.
  expect(regions.map((name, index) => name.startsWith(openLabels()[index] as string))).toEqual(regions.map(() => true));
});

test("opening and closing a rung adds and removes its landmark", async () => {
  await runStory(Seed);
  const trigger = document.querySelector(".rungs-rung__trigger") as HTMLButtonElement;
  trigger.click();
  await expect.poll(rungRegions).toHaveLength(1);
  trigger.click();
  await expect.poll(rungRegions).toHaveLength(0);
});

test("checking a statement is announced by a polite live region that was there, empty, before", async () => {
  await runStory(Assessable);
  const ladder = document.querySelector(".rungs-ladder") as HTMLElement;
  const live = [...ladder.querySelectorAll<HTMLElement>("[role=status], [aria-live=polite]")];
  expect(live).toHaveLength(1);
  const region = live[0] as HTMLElement;
  expect(region.textContent).toBe("");
  (ladder.querySelector("input[type=checkbox]") as HTMLInputElement).click();
  await expect.poll(() => region.textContent).toMatch(/Emerging\W+1 of 10 met/);
});
