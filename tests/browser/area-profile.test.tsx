import { composeStories } from "@storybook/react-vite";
import { afterEach, expect, test } from "vitest";
import { cdp } from "vitest/browser";
import * as profileStories from "../../stories/AreaProfile.stories";
import { accessibleNodes } from "./chromium";
import { runStory } from "./stories";

/*
 * AreaProfile where jsdom cannot look: what Chromium paints under forced colours and in
 * print, and what it exposes to assistive technology (the table, never the picture).
 */

const { Sourcegraph } = composeStories(profileStories);

async function emulate(media: string, features: { name: string; value: string }[] = []): Promise<void> {
  await cdp().send("Emulation.setEmulatedMedia", { media, features });
}

afterEach(() => emulate(""));

const chart = () => document.querySelector(".rungs-profile__chart") as SVGSVGElement;
const seriesArea = (series: string) =>
  getComputedStyle(chart().querySelector(`[data-series="${series}"] .rungs-profile__area`) as Element);

/** What a CSS system colour resolves to now, read from a probe element. */
function systemColour(name: string): string {
  const probe = document.createElement("span");
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

test("exposes the table and none of the chart to assistive technology", async () => {
  await runStory(Sourcegraph);
  expect(await accessibleNodes("table")).toEqual(["Statements met in each area"]);
  expect(await accessibleNodes("image")).toEqual([]);
  expect(await accessibleNodes("graphics-document")).toEqual([]);
});

test("under forced colours the series take system colours and stay apart by their dashes", async () => {
  await emulate("", [{ name: "forced-colors", value: "active" }]);
  expect(matchMedia("(forced-colors: active)").matches).toBe(true);
  await runStory(Sourcegraph);
  expect(seriesArea("current").stroke).toBe(systemColour("Highlight"));
  expect(seriesArea("target").stroke).toBe(systemColour("CanvasText"));
  expect(seriesArea("current").strokeDasharray).toBe("none");
  expect(seriesArea("target").strokeDasharray).not.toBe("none");
});

test("prints the chart in black beside its whole table", async () => {
  await emulate("print");
  expect(matchMedia("print").matches).toBe(true);
  await runStory(Sourcegraph);
  expect(chart().getBoundingClientRect().width).toBeGreaterThan(100);
  expect(seriesArea("current").stroke).toBe("rgb(0, 0, 0)");
  expect(seriesArea("target").stroke).toBe("rgb(0, 0, 0)");
  expect(getComputedStyle(document.querySelector(".rungs-profile__table") as Element).display).toBe("table");
});
