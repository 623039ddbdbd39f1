import { composeStories } from "@storybook/react-vite";
import { afterEach, expect, test } from "vitest";
import { cdp, page, userEvent } from "vitest/browser";
import * as matrixStories from "../../stories/ProgressionMatrix.stories";
import { accessibleNodes } from "./chromium";
import { runStory } from "./stories";

/*
 * Issue 21, item 3: a wide matrix scrolls in a region a keyboard reaches and scrolls, its
 * theme column stays in view at every scroll position (sticky), and a shadow shows on an
 * edge only while there is more table beyond it.
 */

const { SixLevels, RealLadderWithAreas, RightToLeft } = composeStories(matrixStories);

afterEach(async () => {
  await cdp().send("Emulation.setEmulatedMedia", { features: [] });
});

const scroller = () => document.querySelector(".rungs-matrix .rungs-table-scroller") as HTMLElement;
/** Two frames: scroll-state container queries settle after layout. */
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
/** How many shadows an element casts ("none": 0). */
const shadowsOf = (element: Element) => {
  const shadow = getComputedStyle(element).boxShadow;
  return shadow === "none" ? 0 : shadow.split(/,(?![^(]*\))/).length;
};

/** Whether `inner` lies inside `outer`'s box, give or take a pixel. */
function inside(inner: DOMRect, outer: DOMRect): boolean {
  return inner.left >= outer.left - 1 && inner.right <= outer.right + 1;
}

test("6 levels at 1280px: scrolled to its end, every theme header is still inside the region", async () => {
  await page.viewport(1280, 900);
  await runStory(SixLevels);
  const region = scroller();
  const table = region.querySelector("table") as HTMLTableElement;
  expect(getComputedStyle(table).display).toBe("table");
  expect(table.tHead?.rows[0]?.cells).toHaveLength(7);
  // Six levels of readable width do not all fit: the region scrolls.
  expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
  const themes = [...table.querySelectorAll<HTMLElement>("th.rungs-matrix__theme, th.rungs-matrix__corner")];
  const themeWidth = (themes[0] as HTMLElement).getBoundingClientRect().width;
  // The theme column does not hide the levels: it takes under a fifth of the region.
  expect(themeWidth).toBeLessThan(region.clientWidth / 5 + 1);
  region.scrollLeft = region.scrollWidth;
  await frames();
  expect(region.scrollLeft).toBeGreaterThan(0);
  const box = region.getBoundingClientRect();
  for (const theme of themes) expect(inside(theme.getBoundingClientRect(), box), theme.textContent ?? "").toBe(true);
  // And the last level's column is now in view too.
  const last = table.tHead?.rows[0]?.cells[6] as HTMLElement;
  expect(inside(last.getBoundingClientRect(), box)).toBe(true);
  // Opaque: the cells passing under it do not show through.
  expect(getComputedStyle(themes[1] as HTMLElement).backgroundColor).not.toMatch(/rgba\(.*, 0\)|transparent/);
});

test("the region is in the tab order, named, and the arrow keys scroll it", async () => {
  await page.viewport(1280, 900);
  await runStory(SixLevels);
  const region = scroller();
  expect(region.getAttribute("aria-label")).toBe("Scrollable table");
  region.scrollLeft = 0;
  // In the tab order: Shift+Tab from the attribution's link, the next focusable thing, lands on it.
  const link = document.querySelector(".rungs-matrix .rungs-attribution a") as HTMLElement;
  link.focus();
  await userEvent.tab({ shift: true });
  expect(document.activeElement).toBe(region);
  expect(getComputedStyle(region).outlineStyle).toBe("solid");
  await userEvent.keyboard("{ArrowRight}{ArrowRight}{ArrowRight}");
  await expect.poll(() => region.scrollLeft).toBeGreaterThan(0);
  const after = region.scrollLeft;
  await userEvent.keyboard("{End}");
  await expect.poll(() => region.scrollLeft).toBeGreaterThanOrEqual(after);
  await userEvent.keyboard("{ArrowLeft}");
  await expect.poll(() => region.scrollLeft).toBeLessThan(region.scrollWidth - region.clientWidth);
});

test("the start's shadow shows only once the table is scrolled; the end's is drawn by the region", async () => {
  await page.viewport(1280, 900);
  await runStory(SixLevels);
  const region = scroller();
  const theme = region.querySelector("th.rungs-matrix__theme") as HTMLElement;
  region.scrollLeft = 0;
  await frames();
  // At the start: as before, no shadow and no second edge line.
  expect(shadowsOf(theme)).toBe(0);
  region.scrollLeft = 200;
  await frames();
  // Scrolled: the edge line and the shadow cast over the cells under it.
  expect(shadowsOf(theme)).toBe(2);
  // The region's own shadows and the covers that hide them at either end.
  const background = getComputedStyle(region).backgroundImage;
  expect(background.match(/radial-gradient/g)).toHaveLength(2);
  expect(background.match(/linear-gradient/g)).toHaveLength(2);
  expect(getComputedStyle(region).backgroundAttachment).toBe("local, local, scroll, scroll");
});

test("right to left: the theme column sticks to the right and stays in view scrolled to the end", async () => {
  await page.viewport(900, 900);
  await runStory(RightToLeft);
  const region = scroller();
  expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
  region.scrollLeft = -region.scrollWidth;
  await frames();
  expect(region.scrollLeft).toBeLessThan(0);
  const box = region.getBoundingClientRect();
  for (const theme of region.querySelectorAll("th.rungs-matrix__theme")) {
    expect(inside(theme.getBoundingClientRect(), box)).toBe(true);
  }
  expect(shadowsOf(region.querySelector("th.rungs-matrix__theme") as Element)).toBe(2);
});

test("forced colours: the shadows in the user's colours, the sticky column with a real edge", async () => {
  await page.viewport(1280, 900);
  await cdp().send("Emulation.setEmulatedMedia", { features: [{ name: "forced-colors", value: "active" }] });
  await runStory(RealLadderWithAreas);
  const region = scroller();
  expect(getComputedStyle(region).backgroundImage).toMatch(/radial-gradient/);
  const theme = region.querySelector("th.rungs-matrix__theme") as HTMLElement;
  expect(getComputedStyle(theme).borderInlineEndWidth).toBe("2px");
  // The area's header label stays sticky in forced colours too, as everywhere.
  const label = region.querySelector(".rungs-table__group-label") as HTMLElement;
  expect(getComputedStyle(label).position).toBe("sticky");
});

test("Chromium exposes each area's header to assistive technology, once, as a header of its rows", async () => {
  await page.viewport(1280, 900);
  await runStory(RealLadderWithAreas);
  const rowHeaders = await accessibleNodes("rowheader");
  for (const area of ["Expected at every level", "Impact", "Scope", "Execution", "Teamwork"]) {
    expect(
      rowHeaders.filter((name) => name === area),
      area,
    ).toHaveLength(1);
  }
  // The group headers are not cells of the table's columns: every level column keeps its header.
  expect(await accessibleNodes("columnheader")).toEqual(["Theme", "IC2", "IC3", "IC4", "IC5"]);
});
