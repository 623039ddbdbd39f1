import { composeStories } from "@storybook/react-vite";
import { expect, test } from "vitest";
import { page } from "vitest/browser";
import * as ladderStories from "../../stories/LevelLadder.stories";
import { pageOverflow } from "./layout";
import { runStory } from "./stories";

/* WCAG 1.4.10: at 320 CSS px (a phone, or 400 % zoom) the error panel reflows. */

const { InvalidData } = composeStories(ladderStories);

// The panel lists its problems (the long paths this test is about) in development builds only
// (`isDevelopment`: a `process.env.NODE_ENV` other than "production"); Chromium has no
// `process`, so this file gives it the one a development bundle would.
const scope = globalThis as { process?: { env: { NODE_ENV?: string } } };
scope.process ??= { env: { NODE_ENV: "development" } };

test("at 320px the error panel's paths wrap and the page does not scroll sideways", async () => {
  await page.viewport(320, 640);
  await runStory(InvalidData);
  const alert = document.querySelector("[role=alert]") as HTMLElement;
  expect(alert.textContent).toContain("/framework/levels/a/statements/0");
  expect(pageOverflow()).toBe(0);
  for (const path of alert.querySelectorAll("code")) {
    expect(path.getBoundingClientRect().right).toBeLessThanOrEqual(alert.getBoundingClientRect().right);
  }
});
