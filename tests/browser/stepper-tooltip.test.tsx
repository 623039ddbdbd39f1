import { composeStories } from "@storybook/react-vite";
import { expect, test } from "vitest";
import { page, userEvent } from "vitest/browser";
import * as stepperStories from "../../stories/LevelStepper.stories";
import { runStory } from "./stories";

/*
 * Issue 22, item 8 (best practice): a compact stepper's bars are marks without words; each
 * shows its level's label while the pointer is on it or the keyboard focuses it.
 */

const { Compact, JobListing } = composeStories(stepperStories);

/** The label's box as drawn: a visually hidden one is 1 px square and clipped. */
const shown = (label: Element) => {
  const box = label.getBoundingClientRect();
  return box.width > 1 && box.height > 1 && getComputedStyle(label).clipPath === "none";
};

test("a compact bar shows its label while pointed at", async () => {
  await page.viewport(800, 600);
  await runStory(Compact);
  const bodies = [...document.querySelectorAll<HTMLElement>(".rungs-stepper__body")];
  const label = bodies[2]?.querySelector(".rungs-stepper__label") as HTMLElement;
  expect(shown(label)).toBe(false);
  await userEvent.hover(bodies[2] as HTMLElement);
  expect(shown(label)).toBe(true);
  expect(label.textContent).toMatch(/^Proficient/);
  // Above the bar, not over the summary beside it.
  expect(label.getBoundingClientRect().bottom).toBeLessThanOrEqual(
    (bodies[2] as HTMLElement).getBoundingClientRect().top,
  );
  await userEvent.unhover(bodies[2] as HTMLElement);
  expect(shown(label)).toBe(false);
});

test("a compact bar that links shows its label when the keyboard focuses it", async () => {
  await page.viewport(800, 600);
  await runStory(JobListing);
  const link = document.querySelector<HTMLElement>(".rungs-stepper__body[href]") as HTMLElement;
  const label = link.querySelector(".rungs-stepper__label") as HTMLElement;
  expect(shown(label)).toBe(false);
  await userEvent.keyboard("{Tab}");
  while (document.activeElement && document.activeElement !== link) await userEvent.keyboard("{Tab}");
  expect(shown(label)).toBe(true);
  expect(label.textContent).toMatch(/^Emerging/);
});
