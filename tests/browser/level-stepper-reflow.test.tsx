import { composeStories } from "@storybook/react-vite";
import { expect, test } from "vitest";
import { page } from "vitest/browser";
import * as stepperStories from "../../stories/LevelStepper.stories";
import { pageOverflow } from "./layout";
import { runStory } from "./stories";

/* WCAG 1.4.10: at 320 CSS px (a phone, or 400 % zoom) the stepper wraps; the page never scrolls sideways. */

const { Dark, JobListing, NoCurrentLevel, RightToLeft } = composeStories(stepperStories);

test.each([
  ["linked, with a target", Dark],
  ["compact, in a job listing", JobListing],
  ["without a current level", NoCurrentLevel],
])("at 320px the stepper (%s) wraps within the page", async (_name, story) => {
  await page.viewport(320, 640);
  await runStory(story);
  const roots = [...document.querySelectorAll<HTMLElement>(".rungs-stepper")];
  expect(roots.length).toBeGreaterThan(0);
  expect(pageOverflow()).toBe(0);
  for (const root of roots) expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
});

test("right to left, wide, the story passes with axe", async () => {
  await page.viewport(1280, 800);
  await runStory(RightToLeft);
});
