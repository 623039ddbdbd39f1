import { composeStories } from "@storybook/react-vite";
import { afterEach, expect, test } from "vitest";
import { cdp } from "vitest/browser";
import * as ladderStories from "../../stories/LevelLadder.stories";
import * as cardStories from "../../stories/StatementCard.stories";
import { runStory } from "./stories";

// Issue 21 (item 1): the ladder's format 1.1 stories pass axe in the dark scheme too, colour
// contrast included (the `stories` project runs them in the light one): area headings and
// counts, level details, the cumulative line's link, proficiency labels, and the examples'
// disclosure, opened, so its text is checked as well.

const ladder = composeStories(ladderStories);
const card = composeStories(cardStories);

async function emulateColorScheme(scheme: "dark" | undefined): Promise<void> {
  await cdp().send("Emulation.setEmulatedMedia", {
    features: scheme ? [{ name: "prefers-color-scheme", value: scheme }] : [],
  });
}

afterEach(() => emulateColorScheme(undefined));

test.each([
  ["areas", ladder.Areas],
  ["level description and details", ladder.LevelDescription],
  ["examples", ladder.Examples],
  ["expected at every level", ladder.EveryLevel],
  ["cumulative levels", ladder.Cumulative],
  ["proficiency", ladder.Proficiency],
  ["card with proficiency", card.WithProficiency],
  ["card with examples, opened", card.WithExamples],
] as const)("%s, dark scheme: axe finds nothing, contrast included", async (_name, Story) => {
  await emulateColorScheme("dark");
  expect(matchMedia("(prefers-color-scheme: dark)").matches).toBe(true);
  await runStory(Story);
});
