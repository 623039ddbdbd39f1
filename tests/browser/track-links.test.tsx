import { LevelLadder, TrackSwitcher } from "@rungs/react";
import { render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, expect, test } from "vitest";
import { page, userEvent } from "vitest/browser";
import { seedTexts } from "../../stories/seeds";
import { accessibleNodes } from "./chromium";

/*
 * Issue 21 (item 2), in Chromium: a track's link and a level's equivalent link land on the
 * right track and level — the switcher's links change the URL's hash, the ladder follows it
 * to the track (`onTrackChange`), and a link to another track's level opens that rung and
 * scrolls it into view; so does a page opened at such a link.
 */

const jorgef = seedTexts["jorgef-engineering-ladders/jorgef-engineering-ladders.json"] as string;

/** A host page: the switcher and the ladder, the track in the page's state. */
function TrackedLadder() {
  const [track, setTrack] = useState<string | undefined>(undefined);
  return (
    <main>
      <TrackSwitcher framework={jorgef} track={track} onTrackChange={setTrack} />
      <LevelLadder framework={jorgef} track={track} onTrackChange={setTrack} />
    </main>
  );
}

const rungLabels = () =>
  [...document.querySelectorAll(".rungs-rung__label")].map((label) => label.firstChild?.textContent);
const current = () => screen.getByRole("link", { current: true }).textContent;
const inView = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.top >= -1 && box.top < window.innerHeight;
};
const settled = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

afterEach(() => {
  history.replaceState(null, "", location.pathname + location.search);
});

test("a track's link shows that track, names it in the URL and marks it current", async () => {
  await page.viewport(1024, 700);
  render(<TrackedLadder />);
  expect(current()).toBe("Developer, 7 levels");
  // As Chromium names them for a screen reader: the label, then the count, kept apart by the
  // hidden comma (Chromium puts a space before it, as it does in the rungs' names).
  const names = (await accessibleNodes("link")).map((name) => name.replace(" ,", ","));
  expect(names).toEqual(
    expect.arrayContaining(["Developer, 7 levels", "Tech Lead, 4 levels", "Engineering Manager, 3 levels"]),
  );
  await userEvent.click(screen.getByRole("link", { name: /^Tech Lead\b/ }));
  await expect
    .poll(rungLabels)
    .toEqual(["TL4 - Tech Lead 4", "TL5 - Tech Lead 5", "TL6 - Tech Lead 6", "TL7 - Tech Lead 7"]);
  expect(location.hash).toBe("#tech-lead");
  expect(current()).toBe("Tech Lead, 4 levels");
});

test("a level's equivalent link, followed by keyboard, lands on the other track's rung, open and in view", async () => {
  await page.viewport(1024, 500);
  render(<TrackedLadder />);
  await userEvent.click(screen.getByRole("button", { name: /^D6 - Developer 6/ }));
  const link = screen.getByRole("link", { name: "EM6 - Engineering Manager 6" });
  link.focus();
  await userEvent.keyboard("{Enter}");
  await expect.poll(() => document.getElementById("engineering-manager-em6-engineering-manager-6")).toBeTruthy();
  const rung = document.getElementById("engineering-manager-em6-engineering-manager-6") as HTMLElement;
  await expect.poll(() => screen.getByRole("button", { name: /^EM6/ }).getAttribute("aria-expanded")).toBe("true");
  await settled();
  expect(inView(rung)).toBe(true);
  expect(current()).toBe("Engineering Manager, 3 levels");
  expect(location.hash).toBe("#engineering-manager-em6-engineering-manager-6");
});

test("a page opened at another track's level shows that track with the rung open", async () => {
  await page.viewport(1024, 500);
  history.replaceState(null, "", "#technical-program-manager-tpm7-technical-program-manager-7");
  render(<TrackedLadder />);
  await expect.poll(() => screen.queryByRole("button", { name: /^TPM7/ })?.getAttribute("aria-expanded")).toBe("true");
  expect(rungLabels()[0]).toBe("TPM4 - Technical Program Manager 4");
  await settled();
  expect(inView(document.getElementById("technical-program-manager-tpm7-technical-program-manager-7") as Element)).toBe(
    true,
  );
});
