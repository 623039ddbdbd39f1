import type { ThemeRow } from "@rungs/core";
import { ProgressionMatrix } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { headerTexts } from "./queries";
import { frameworkArgType, frameworkOf, REAL_LADDERS, realLadders, SEED_FILE, seed } from "./seeds";

const levelKeys = seed.levels.map((level) => level.key);

const meta = {
  title: "Components/ProgressionMatrix",
  component: ProgressionMatrix,
  args: { framework: SEED_FILE, layout: "auto", idPrefix: "matrix-", attribution: true },
  argTypes: {
    framework: frameworkArgType,
    currentLevel: { control: "select", options: [undefined, ...levelKeys] },
    targetLevel: { control: "select", options: [undefined, ...levelKeys] },
    rows: { control: false },
    strategy: { control: "inline-radio", options: [undefined, "auto", "subject", "similarity"] },
    layout: { control: "inline-radio", options: ["auto", "themes", "levels"] },
    idPrefix: { control: "text" },
    query: { control: "text" },
    labels: { control: "object" },
  },
} satisfies Meta<typeof ProgressionMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The seed's subjects never repeat, so rows come from what the statements say
 * (`strategy="auto"` chooses similarity): 40 statements read as a handful of threads.
 */
export const Seed: Story = {
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table");
    const bodyRows = within(table).getAllByRole("row").slice(1);
    await expect(bodyRows.length).toBeLessThan(20);
    // A thread: statements on more than one level of the same row.
    const threads = bodyRows.filter(
      (row) =>
        within(row)
          .getAllByRole("cell")
          .filter((cell) => !cell.classList.contains("rungs-empty")).length > 1,
    );
    await expect(threads.length).toBeGreaterThan(bodyRows.length / 2);
  },
};

/** A framework whose themes repeat at every level: rows align across columns. */
export const RepeatingThemes: Story = {
  name: "Repeating themes",
  args: { framework: "ft-operations.json" },
};

export const CurrentAndTarget: Story = {
  name: "Current and target columns",
  args: { currentLevel: "developing", targetLevel: "advanced" },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table");
    const headers = within(table).getAllByRole("columnheader");
    await expect(headers[2]).toHaveTextContent("DevelopingYou are here");
    await expect(headers[2]).toHaveAttribute("data-current");
    await expect(headers[3]).toHaveTextContent("On your path");
    await expect(headers[4]).toHaveTextContent("AdvancedTarget");
    const firstRow = within(table).getAllByRole("row")[1] as HTMLElement;
    await expect(within(firstRow).getAllByRole("cell")[1]).toHaveAttribute("data-current");
  },
};

/**
 * Under 40rem of container width the same table reflows (container query): a block per
 * theme, each statement under its level's name. No second copy of the statements: screen
 * readers get the same table, its headers hidden from sight only.
 */
export const NarrowContainer: Story = {
  name: "Narrow container",
  globals: { width: "360" },
  args: { currentLevel: "developing" },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table");
    await expect(table).toBeVisible();
    await expect(getComputedStyle(table).display).toBe("block");
    // Each statement once, visible; its cell shows the level's name (markers in words).
    const statement = within(table).getByText(/test basic performance using oscilloscopes/);
    await expect(statement).toBeVisible();
    const cell = statement.closest("td") as HTMLElement;
    await expect(getComputedStyle(cell, "::before").content).toContain("Emerging");
    const current = table.querySelector("td[data-current]:not(.rungs-empty)") as HTMLElement;
    await expect(getComputedStyle(current, "::before").content).toContain("Developing · You are here");
    // The header row is there for screen readers, not shown.
    await expect(within(table).getAllByRole("columnheader")).toHaveLength(5);
    await expect((table as HTMLTableElement).tHead?.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  },
};

/**
 * `layout="levels"`: a column per level listing its statements, no theme rows. What
 * `"auto"` (the default) shows when statements share too little theme for rows to help.
 */
export const LevelsLayout: Story = {
  name: "Levels layout",
  args: { layout: "levels", currentLevel: "developing" },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table");
    await expect(headerTexts(table)).toEqual(["Emerging", "DevelopingYou are here", "Proficient", "Advanced"]);
    await expect(within(table).queryAllByRole("rowheader")).toHaveLength(0);
    await expect(within(table).getAllByRole("cell")).toHaveLength(4);
  },
};

/** 8 levels of 12 statements that share no word: `"auto"` lists them by level, without a sea of empty cells. */
const unrelated = frameworkOf(
  Object.fromEntries(
    Array.from({ length: 8 }, (_, level) => [
      `band-${level + 1}`,
      Array.from({ length: 12 }, (_, index) => {
        const n = 3 * (level * 12 + index) + 1000;
        const word = (i: number): string =>
          (i < 26 ? "" : word(Math.floor(i / 26) - 1)) + String.fromCharCode(97 + (i % 26));
        return `${word(n)} — ${word(n + 1)} ${word(n + 2)}.`;
      }),
    ]),
  ),
  "Sprawling framework",
);

export const NoSharedThemes: Story = {
  name: "No shared themes (auto falls back to levels)",
  args: { framework: unrelated },
  argTypes: { framework: { control: false } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".rungs-matrix")).toHaveAttribute("data-mode", "levels");
    await expect(canvasElement.querySelectorAll(".rungs-empty")).toHaveLength(0);
  },
};

/**
 * Every statement has a readable id, `${idPrefix}${statement.id}` ("matrix-developing-1"),
 * so a page can link to one; the linked statement is outlined (`:target`).
 */
export const LinkedStatement: Story = {
  name: "Linked statement",
  render: (args) => (
    <>
      <p>
        <a href="#matrix-developing-1">Link to a Developing statement</a>
      </p>
      <ProgressionMatrix {...args} />
    </>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("link", { name: "Link to a Developing statement" })).toHaveAttribute(
      "href",
      "#matrix-developing-1",
    );
    // What following the link does: a fragment navigation within the page.
    location.hash = "matrix-developing-1";
    const statement = canvasElement.querySelector("#matrix-developing-1") as HTMLElement;
    try {
      await expect(statement.matches(":target")).toBe(true);
      await expect(getComputedStyle(statement).outlineStyle).toBe("solid");
    } finally {
      // Leave the page's address as it was, for the next story.
      history.replaceState(null, "", location.pathname + location.search);
    }
  },
};

/** The host's own grouping: here, seed statements sorted into three themes by keyword. */
const hostRows: ThemeRow[] = [
  ["testing", "Testing and troubleshooting", /test|troubleshoot|diagnos|anomal|malfunction|failure/i],
  ["documentation", "Drawings and documentation", /document|drawing|blueprint|record|report/i],
  ["people", "People and leadership", /team|mentor|stakeholder|leadership|training/i],
].map(([id, label, pattern]) => ({
  id: id as string,
  label: label as string,
  cells: seed.levels.map((level) => level.statements.filter((statement) => (pattern as RegExp).test(statement.text))),
  links: [],
}));

export const HostRows: Story = {
  name: "Host's own rows",
  args: { framework: seed, rows: hostRows },
  argTypes: { framework: { control: false } },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table");
    await expect(headerTexts(table, "rowheader")).toEqual(hostRows.map((row) => row.label));
  },
};

export const RightToLeft: Story = {
  name: "Right to left",
  globals: { dir: "rtl" },
  args: { currentLevel: "emerging" },
};

export const Dark: Story = {
  globals: { theme: "dark" },
  args: { currentLevel: "developing", targetLevel: "proficient" },
};

export const EmptyCells: Story = {
  name: "Empty cells",
  args: {
    framework: frameworkOf({
      junior: ["Testing — runs the tests.", "Review — reads code."],
      middle: ["Testing — writes the tests."],
      senior: ["Review — sets review standards."],
    }),
  },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table");
    await expect(within(table).getAllByText("No statement at this level")).toHaveLength(2);
  },
};

/** `query`: only matching statements, their rows, the matching words marked, and a status. */
export const Search: Story = {
  args: { query: "oscilloscopes" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole("table");
    // Each statement is one element with its id: the cell, or an item of the cell's list.
    const statements = [...table.querySelectorAll("[id^='matrix-']")];
    await expect(canvas.getByRole("status")).toHaveTextContent(
      `${statements.length} statements match “oscilloscopes”.`,
    );
    await expect(statements.length).toBeGreaterThan(1);
    await expect(within(table).getAllByRole("rowheader").length).toBeLessThanOrEqual(statements.length);
    for (const statement of statements) {
      await expect(statement.querySelector("mark")).toHaveTextContent(/^oscilloscopes$/i);
    }
  },
};

export const SearchWithoutMatch: Story = {
  name: "Search without a match",
  args: { query: "zebra crossing" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("status")).toHaveTextContent("No statement matches “zebra crossing”.");
    await expect(canvas.queryByRole("table")).toBeNull();
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

/** The row groups' header texts: one per area, in the table's order. */
const areaHeaders = (table: HTMLElement) =>
  [...table.querySelectorAll<HTMLTableCellElement>("tbody > tr > th[scope='rowgroup']")].map((th) => th.textContent);

/**
 * A real ladder with areas (Sourcegraph's product framework, format 1.1): the statements
 * expected at every level first, each a cell across the table; then a row group per area,
 * in the framework's order, its header a row across the table (`th scope="rowgroup"`),
 * so a screen reader names the area of every cell under it. No row mixes two areas.
 */
export const RealLadderWithAreas: Story = {
  name: "Real ladder: areas (Sourcegraph product)",
  args: { framework: REAL_LADDERS.sourcegraph },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table");
    // First the statements expected at every level, a group of their own; then an area per group.
    await expect(areaHeaders(table)).toEqual(["Expected at every level", "Impact", "Scope", "Execution", "Teamwork"]);
    for (const body of table.querySelectorAll("tbody")) {
      // The header row first, across the theme column and the four levels, then the area's themes.
      const header = body.rows[0]?.cells[0] as HTMLTableCellElement;
      await expect(header.colSpan).toBe(5);
      await expect(body.rows.length).toBeGreaterThan(1);
    }
    await expect(within(table).getByRole("rowheader", { name: "Teamwork" })).toBeVisible();
  },
};

/** Infracloud's engineering ladder: six areas over five levels, with examples (format 1.1). */
export const RealLadderWithSixAreas: Story = {
  name: "Real ladder: six areas (Infracloud engineering)",
  args: { framework: REAL_LADDERS.infracloud },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table");
    await expect(areaHeaders(table)).toEqual([
      "Core Competencies",
      "Management",
      "Delighting People",
      "Organization Building",
      "Social Capital",
      "Enabling Traits",
    ]);
  },
};

/**
 * Six levels (danscratch's ladder). Wide, the table scrolls in its focusable region: the
 * theme column stays in view (sticky), and a shadow on an edge shows where there is more
 * table. Narrow, every cell is a line under its level's name, an empty one with its dash.
 */
export const SixLevels: Story = {
  name: "Six levels (danscratch ladder)",
  args: { framework: REAL_LADDERS.danscratch },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table");
    await expect(within(table).getAllByRole("columnheader")).toHaveLength(7);
    const scroller = within(canvasElement).getByRole("group", { name: "Scrollable table" });
    // Reachable by keyboard: in the tab order, so the arrow keys scroll it.
    await expect(scroller.tabIndex).toBe(0);
    scroller.focus();
    await expect(document.activeElement).toBe(scroller);
    const empty = table.querySelector("td.rungs-empty") as HTMLElement;
    await expect(empty).toBeVisible();
    if (getComputedStyle(table).display === "block") {
      // The narrow layout: the empty cell's level name, then its dash.
      await expect(getComputedStyle(empty, "::before").content).toContain(empty.dataset.label);
      await expect(getComputedStyle(empty, "::after").content).toContain("–");
      return;
    }
    await expect(getComputedStyle(empty, "::before").content).toContain("–");
    // Scrolled to its end, the theme column is still inside the region.
    scroller.scrollLeft = scroller.scrollWidth;
    const theme = within(table).getAllByRole("rowheader")[1] as HTMLElement;
    const region = scroller.getBoundingClientRect();
    await expect(theme.getBoundingClientRect().left).toBeGreaterThanOrEqual(region.left - 1);
    await expect(theme.getBoundingClientRect().right).toBeLessThanOrEqual(region.right + 1);
    scroller.scrollLeft = 0;
  },
};

/** Postman's open-source ladders: six levels per track (the first track shown), listed by level. */
export const SixLevelsByLevel: Story = {
  name: "Six levels, by level (Postman open source)",
  args: { framework: REAL_LADDERS.postman },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table");
    await expect(within(table).getAllByRole("columnheader")).toHaveLength(6);
    await expect(table.querySelector(".rungs-table__group")).toBeNull();
  },
};

/** Empty cells in a narrow container: each keeps its line, its level's name and a dash. */
export const NarrowEmptyCells: Story = {
  name: "Narrow container, empty cells",
  globals: { width: "360" },
  args: { framework: REAL_LADDERS.danscratch },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table");
    await expect(getComputedStyle(table).display).toBe("block");
    const empties = [...table.querySelectorAll<HTMLElement>("td.rungs-empty")];
    await expect(empties.length).toBeGreaterThan(0);
    for (const empty of empties.slice(0, 10)) {
      await expect(empty).toBeVisible();
      await expect(getComputedStyle(empty, "::before").content).toContain(empty.dataset.label);
      await expect(getComputedStyle(empty, "::after").content).toContain("–");
    }
    // An area's header: a heading line, shown.
    await expect(within(table).getByRole("rowheader", { name: "Impact" })).toBeVisible();
  },
};

/** (1.1) `track`: the columns are one track's levels. Jorge Fioranelli's ladders, the Engineering Manager track (EM5 to EM7). */
export const Track: Story = {
  name: "A track's levels (jorgef, Engineering Manager)",
  args: { framework: REAL_LADDERS.jorgef, track: "engineering-manager" },
  play: async ({ canvasElement }) => {
    const track = realLadders.jorgef.tracks.find((each) => each.key === "engineering-manager");
    const table = within(canvasElement).getByRole("table");
    const columns = within(table)
      .getAllByRole("columnheader")
      .map((header) => header.textContent);
    await expect(columns.slice(1)).toEqual(track?.levels.map((level) => level.label));
  },
};
