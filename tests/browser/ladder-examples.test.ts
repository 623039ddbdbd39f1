import { composeStory } from "@storybook/react-vite";
import { expect, test } from "vitest";
import { cdp, userEvent } from "vitest/browser";
import * as ladderStories from "../../stories/LevelLadder.stories";
import { runStory } from "./stories";

// Issue 21 (item 1): a statement's examples are in a native <details>, closed by default,
// which the browser itself opens: by keyboard (Enter on its summary, real key presses here)
// and by find-in-page (Chromium opens a closed <details> holding the text it finds). No
// script of ours is involved: the disclosure is server-rendered HTML.

// The examples story without its play function, which opens and closes the disclosure.
const { play: _opensAndCloses, ...examplesStory } = ladderStories.Examples;
const Examples = composeStory(examplesStory, ladderStories.default);
// The same ladder with every rung closed: the example is in a rung hidden until found.
const ExamplesClosed = composeStory(
  { ...examplesStory, args: { ...examplesStory.args, defaultValue: undefined } },
  ladderStories.default,
);

/** The first statement of the story's ladder that has examples: its disclosure and first example. */
function firstDisclosure() {
  const details = document.querySelector<HTMLDetailsElement>(".rungs-ladder details.rungs-card__more");
  if (!details) throw new Error("The story shows no statement with examples");
  const summary = details.querySelector("summary") as HTMLElement;
  const example = details.querySelector(".rungs-card__examples li") as HTMLElement;
  return { details, summary, example };
}

test("an example opens by keyboard: Tab to its summary, then Enter; Enter again closes it", async () => {
  await runStory(Examples);
  const { details, summary, example } = firstDisclosure();
  expect(details.open).toBe(false);
  expect(example.checkVisibility()).toBe(false);
  // Focus just before the summary, then a real Tab: the summary is in the tab order.
  const before = [...document.querySelectorAll<HTMLElement>("a[href], button, summary, input")];
  const previous = before[before.indexOf(summary) - 1];
  previous?.focus();
  await userEvent.keyboard("{Tab}");
  expect(document.activeElement).toBe(summary);
  await userEvent.keyboard("{Enter}");
  await expect.poll(() => details.open).toBe(true);
  expect(example.checkVisibility()).toBe(true);
  await userEvent.keyboard("{Enter}");
  await expect.poll(() => details.open).toBe(false);
});

/** Follows a link to `text` (a text fragment) with a real click, then puts the URL back. */
async function findInPage(text: string): Promise<void> {
  const before = window.location.href;
  const link = document.createElement("a");
  link.href = `#:~:text=${encodeURIComponent(text)}`;
  link.textContent = "Find";
  document.body.append(link);
  try {
    await userEvent.click(link);
  } finally {
    link.remove();
    window.history.replaceState(null, "", before);
  }
}

test.each([
  { story: "an open rung", Story: Examples },
  { story: "a closed rung", Story: ExamplesClosed },
])("an example in $story opens by find-in-page", async ({ Story }) => {
  await runStory(Story);
  const { details, example } = firstDisclosure();
  expect(details.open).toBe(false);
  expect(example.checkVisibility()).toBe(false);
  const text = example.textContent ?? "";
  expect(text.length).toBeGreaterThan(5);
  // Find-in-page as Chromium runs it for a link to a text (a text fragment, `#:~:text=`): the
  // same search for the words, which opens a closed <details> (and a rung hidden until
  // found) that holds them. Followed by a real click, as text fragments need a user's gesture.
  try {
    await findInPage(text);
    await expect.poll(() => details.open).toBe(true);
    await expect.poll(() => example.checkVisibility()).toBe(true);
    const rung = details.closest(".rungs-rung") as HTMLElement;
    await expect.poll(() => rung.querySelector(".rungs-rung__trigger")?.getAttribute("aria-expanded")).toBe("true");
  } finally {
    details.open = false;
  }
});

test("on paper, a closed disclosure's examples are printed (no one can open it there)", async () => {
  await runStory(Examples);
  const { details, example } = firstDisclosure();
  expect(details.open).toBe(false);
  expect(example.checkVisibility()).toBe(false);
  try {
    await cdp().send("Emulation.setEmulatedMedia", { media: "print" });
    await expect.poll(() => example.checkVisibility()).toBe(true);
  } finally {
    await cdp().send("Emulation.setEmulatedMedia", { media: "" });
  }
  await expect.poll(() => example.checkVisibility()).toBe(false);
});
