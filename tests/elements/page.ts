// What every custom-element test file shares: the seed (imported as text, not read with
// node:fs, so the files run in jsdom and in Chromium alike), a registry with the elements,
// an empty page after each test, and a way to let fetches and React's work finish.
import { assertFramework } from "@rungs/core";
import { defineRungsElements } from "@rungs/elements";
import { within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { afterEach, beforeAll, vi } from "vitest";
import seedText from "../../seeds/17-3024.00.json?raw";
import { act } from "./act";

// The error panel lists its problems in development builds only (`isDevelopment`: a
// `process.env.NODE_ENV` other than "production"). jsdom runs under Node, whose NODE_ENV is
// "test"; Chromium has no `process` at all, so these files give it one, as a development
// bundle of a host's page would: the tests read the problems the panel lists, alike in both.
// (What a production build shows, the message alone, is tested in tests/react and the HTML example.)
const scope = globalThis as { process?: { env: { NODE_ENV?: string } } };
scope.process ??= { env: { NODE_ENV: "development" } };

export const seedSource: string = seedText;
export const seed = assertFramework(seedSource);

/** Lets fetches and React's work finish. */
export const settle = () => act(async () => new Promise<void>((resolve) => setTimeout(resolve, 0)));

/** Registers the elements before a file's tests and empties the page (unmounting them) after each. */
export function withElementsPage(): void {
  beforeAll(() => {
    // Tells React that updates here are wrapped in act(), as Testing Library's render does.
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    defineRungsElements();
  });
  afterEach(async () => {
    await act(async () => document.body.replaceChildren());
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
}

/**
 * Opens the rung named `name` in an assessable ladder and gives its checkboxes. Only the open
 * rung's panel is searched: closed ones stay in the DOM (hidden="until-found"), which Chromium
 * lays out as content-visibility: hidden, not display: none, so Testing Library counts them.
 */
export async function openRungCheckboxes(ladder: HTMLElement, name: RegExp, user: UserEvent): Promise<HTMLElement[]> {
  const rung = within(ladder).getByRole("button", { name });
  await user.click(rung);
  const panel = document.getElementById(rung.getAttribute("aria-controls") ?? "") as HTMLElement;
  return within(panel).getAllByRole("checkbox");
}
