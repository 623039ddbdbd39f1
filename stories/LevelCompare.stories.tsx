import { LevelCompare } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { headerTexts } from "./queries";
import { frameworkArgType, frameworkOf, REAL_LADDERS, realLadders, SEED_FILE, seed } from "./seeds";

const levelKeys = seed.levels.map((level) => level.key);

/**
 * Two levels side by side, theme by theme. The `from` and `to` controls list the seed's
 * levels; with another framework, pick keys it has (an unknown key shows an alert).
 */
const meta = {
  title: "Components/LevelCompare",
  component: LevelCompare,
  args: {
    framework: SEED_FILE,
    from: "emerging",
    to: "developing",
    strategy: "auto",
    idPrefix: "compare-",
    attribution: true,
  },
  argTypes: {
    framework: frameworkArgType,
    from: { control: "select", options: levelKeys },
    to: { control: "select", options: levelKeys },
    strategy: { control: "inline-radio", options: ["auto", "subject", "similarity"] },
    idPrefix: { control: "text" },
    rows: { control: false },
    labels: { control: "object" },
  },
} satisfies Meta<typeof LevelCompare>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The seed, Emerging to Developing: reworded statements show their word diff; statements
 * that keep under a quarter of their words read as plain text, badged "Rewritten".
 */
export const Seed: Story = {
  name: "Compare levels",
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table");
    await expect(headerTexts(table)).toEqual(["Theme", "Emerging", "Developing"]);
    const reworded = ".rungs-compare__statement[data-kind='changed']:not([data-rewritten])";
    const removed = table.querySelector(`td[data-side='from']${reworded} del`);
    const inserted = table.querySelector(`td[data-side='to']${reworded} ins`);
    await expect(removed).toBeVisible();
    await expect(inserted).toBeVisible();
    await expect(removed?.textContent).toMatch(/^removed: /);
    await expect(inserted?.textContent).toMatch(/^inserted: /);
    // Struck through and underlined, not told apart by colour alone.
    await expect(getComputedStyle(removed as Element).textDecorationLine).toBe("line-through");
    await expect(getComputedStyle(inserted as Element).textDecorationLine).toBe("underline");
    const rewritten = table.querySelectorAll("[data-rewritten]");
    await expect(rewritten.length).toBeGreaterThan(0);
    for (const statement of rewritten) {
      await expect(statement).toHaveTextContent(/^Rewritten/);
      // Still <del>/<ins> for screen readers, but shown as plain text.
      const diff = statement.querySelector(".rungs-diff") as Element;
      await expect(getComputedStyle(diff).textDecorationLine).toBe("none");
    }
  },
};

/** One statement of each kind: kept, changed, removed, added. */
export const EveryKind: Story = {
  name: "Kept, changed, added, removed",
  args: {
    framework: frameworkOf({
      junior: ["Testing — runs the tests.", "Review — reads code.", "Docs — writes notes."],
      senior: ["Testing — designs the tests.", "Review — reads code.", "Mentoring — coaches juniors."],
    }),
    from: "junior",
    to: "senior",
    strategy: "subject",
  },
  argTypes: { from: { control: "text" }, to: { control: "text" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole("table");
    const rows = within(table).getAllByRole("row").slice(1);
    await expect(rows.map((row) => row.dataset.kind)).toEqual(["changed", "kept", "removed", "added"]);
    await expect(rows.map((row) => within(row).getAllByRole("cell")[1]?.textContent)).toEqual([
      "Changedinserted: designs the tests.",
      "Keptreads code.",
      "No statement at this level",
      "Addedcoaches juniors.",
    ]);
    await expect(table.querySelector("del")).toHaveTextContent("removed: runs");
    await expect(canvas.getByText("1 kept, 1 changed, 1 added, 1 removed")).toBeVisible();
  },
};

/** From a higher level to a lower one: what the lower level does not ask for is removed. */
export const Downwards: Story = {
  args: { from: "advanced", to: "emerging" },
  play: async ({ canvasElement }) => {
    await expect(headerTexts(within(canvasElement).getByRole("table"))).toEqual(["Theme", "Advanced", "Emerging"]);
  },
};

/** A framework whose subjects repeat many times on a level: statements pair by shared words. */
export const CrowdedThemes: Story = {
  name: "Crowded themes",
  args: { framework: "monzo-backend.json", from: "level-2", to: "level-3" },
  argTypes: { from: { control: "text" }, to: { control: "text" } },
};

/**
 * Under 40rem of container width the same table reflows (container query): a block per
 * theme, each pair's sides one under the other, each under its level's name.
 */
export const NarrowContainer: Story = {
  name: "Narrow container",
  globals: { width: "360" },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table");
    await expect(table).toBeVisible();
    await expect(getComputedStyle(table).display).toBe("block");
    const inserted = table.querySelector("td[data-side='to'] ins") as HTMLElement;
    await expect(inserted).toBeVisible();
    const cell = inserted.closest("td") as HTMLElement;
    await expect(getComputedStyle(cell, "::before").content).toContain("Developing");
    // Side by side no more: the `to` side is below the `from` side of its pair.
    const from = cell.parentElement?.querySelector("td[data-side='from']") as HTMLElement;
    await expect(cell.getBoundingClientRect().top).toBeGreaterThanOrEqual(from.getBoundingClientRect().bottom);
  },
};

export const RightToLeft: Story = {
  name: "Right to left",
  globals: { dir: "rtl" },
};

export const Dark: Story = {
  globals: { theme: "dark" },
};

export const UnknownLevel: Story = {
  name: "Unknown level",
  args: { to: "principal" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent(
      "There is no level “principal” in this framework.",
    );
  },
};

export const InvalidData: Story = {
  name: "Invalid data",
  args: { framework: "[]" },
  play: async ({ canvasElement }) => {
    // The reader's words; the list of problems is for developers, shown in development builds only.
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent(
      "This career framework cannot be shown right now.",
    );
  },
};

/**
 * A real ladder with areas (Infracloud's engineering ladder, format 1.1), Engineer to Senior
 * Engineer: a row group per area, in the framework's order, its header a row across the
 * table (`th scope="rowgroup"`); inside an area, a theme with several pairs is a row header
 * spanning its rows.
 */
export const RealLadderWithAreas: Story = {
  name: "Real ladder: areas (Infracloud engineering)",
  args: { framework: REAL_LADDERS.infracloud, from: "engineer", to: "senior-engineer" },
  argTypes: { from: { control: "text" }, to: { control: "text" } },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table");
    const groups = [...table.querySelectorAll<HTMLTableCellElement>("tbody > tr > th[scope='rowgroup']")];
    const order = ["Core Competencies", "Management", "Delighting People", "Organization Building", "Social Capital"];
    const shown = groups.map((th) => th.textContent ?? "");
    await expect(shown.length).toBeGreaterThan(1);
    // The framework's order, each area once.
    await expect(shown).toEqual([...order, "Enabling Traits"].filter((label) => shown.includes(label)));
    for (const th of groups) await expect(th.colSpan).toBe(3);
    const themes = [...table.querySelectorAll("th.rungs-compare__theme-label")];
    await expect(themes.every((th) => th.getAttribute("scope") === "row")).toBe(true);
  },
};

const techLead = realLadders.jorgef.tracks.find((track) => track.key === "tech-lead");

/** (1.1) `track`: `from` and `to` are levels of that track. Jorge Fioranelli's ladders, TL4 to TL5 on the Tech Lead track. */
export const Track: Story = {
  name: "Levels of a track (jorgef, Tech Lead)",
  args: {
    framework: REAL_LADDERS.jorgef,
    track: "tech-lead",
    from: techLead?.levels[0]?.key ?? "",
    to: techLead?.levels[1]?.key ?? "",
  },
  argTypes: { from: { control: "text" }, to: { control: "text" } },
  play: async ({ canvasElement }) => {
    const [from, to] = techLead?.levels ?? [];
    if (!from || !to) throw new Error("jorgef's Tech Lead track has fewer than two levels");
    const table = within(canvasElement).getByRole("table");
    await expect(within(table).getByRole("columnheader", { name: from.label })).toBeVisible();
    await expect(within(table).getByRole("columnheader", { name: to.label })).toBeVisible();
    await expect(table.querySelectorAll("th[scope='rowgroup']").length).toBeGreaterThan(1);
  },
};
