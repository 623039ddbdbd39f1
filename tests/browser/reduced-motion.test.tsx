import { composeStories } from "@storybook/react-vite";
import { afterEach, expect, test } from "vitest";
import * as ladderStories from "../../stories/LevelLadder.stories";
import { emulateReducedMotion } from "./chromium";
import { runStory } from "./stories";

/* The rung chevron turns with a transition, except for readers who ask for less motion. */

const { Seed } = composeStories(ladderStories);

afterEach(() => emulateReducedMotion(undefined));

function chevronOf(trigger: Element) {
  return getComputedStyle(trigger, "::after");
}

test("the chevron turns over the transition duration by default", async () => {
  await emulateReducedMotion("no-preference");
  await runStory(Seed);
  const trigger = document.querySelector(".rungs-rung__trigger") as Element;
  expect(chevronOf(trigger).transitionProperty).toBe("transform");
  expect(chevronOf(trigger).transitionDuration).toBe("0.15s");
});

test("under prefers-reduced-motion: reduce, nothing in the components moves, the chevron included", async () => {
  await emulateReducedMotion("reduce");
  expect(matchMedia("(prefers-reduced-motion: reduce)").matches).toBe(true);
  await runStory(Seed);
  const root = document.querySelector(".rungs") as Element;
  const elements = [root, ...root.querySelectorAll("*")];
  const moving = elements.flatMap((element) =>
    [null, "::before", "::after"].flatMap((pseudo) => {
      const style = getComputedStyle(element, pseudo);
      const durations = [...style.transitionDuration.split(", "), ...style.animationDuration.split(", ")];
      return durations.some((duration) => duration !== "0s") ? [`${element.className}${pseudo ?? ""}`] : [];
    }),
  );
  expect(moving).toEqual([]);
  expect(chevronOf(document.querySelector(".rungs-rung__trigger") as Element).transitionDuration).toBe("0s");
});
