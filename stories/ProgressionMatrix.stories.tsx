import type { ThemeRow } from "@rungs/core";
import { ProgressionMatrix } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { headerTexts } from "./queries";
import { frameworkArgType, frameworkOf, SEED_FILE, seed } from "./seeds";

const levelKeys = seed.levels.map((level) => level.key);

const meta = {
  title: "Components/ProgressionMatrix",
  component: ProgressionMatrix,
  args: { framework: SEED_FILE, headingLevel: 3, attribution: true },
  argTypes: {
    framework: frameworkArgType,
    currentLevel: { control: "select", options: [undefined, ...levelKeys] },
    targetLevel: { control: "select", options: [undefined, ...levelKeys] },
    headingLevel: { control: "select", options: [2, 3, 4, 5, 6] },
    rows: { control: false },
    strategy: { control: "inline-radio", options: [undefined, "auto", "subject", "similarity"] },
    compare: { control: "object" },
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
          .filter((cell) => cell.querySelector("li")).length > 1,
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

/** Under 40rem of container width the table becomes a list per level. */
export const NarrowContainer: Story = {
  name: "Narrow container",
  globals: { width: "360" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("table", { hidden: true })).not.toBeVisible();
    await expect(canvas.getByRole("heading", { name: "Emerging" })).toBeVisible();
    await expect(canvas.getAllByText("Electromechanical assemblies")[1]).toBeVisible();
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

/** `compare={[from, to]}`: the two levels side by side with a word diff, instead of the matrix. */
export const CompareMode: Story = {
  name: "Compare two levels",
  args: { compare: ["emerging", "developing"] },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table");
    await expect(table.querySelector("caption")).toHaveTextContent(/Emerging compared with Developing$/);
    await expect(headerTexts(table)).toEqual(["Theme", "Emerging", "Developing"]);
    await expect(table.querySelector("del")?.textContent).toMatch(/^removed: /);
    await expect(table.querySelector("ins")?.textContent).toMatch(/^inserted: /);
    await expect(table.querySelector("ins")).toBeVisible();
  },
};

/** `query`: only matching statements, their rows, the matching words marked, and a status. */
export const Search: Story = {
  args: { query: "oscilloscopes" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole("table");
    const cards = [...table.querySelectorAll(".rungs-card")];
    await expect(canvas.getByRole("status")).toHaveTextContent(`${cards.length} statements match “oscilloscopes”.`);
    await expect(cards.length).toBeGreaterThan(1);
    await expect(within(table).getAllByRole("rowheader").length).toBeLessThanOrEqual(cards.length);
    for (const card of cards) await expect(card.querySelector("mark")).toHaveTextContent(/^oscilloscopes$/i);
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
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent("must be a JSON object");
  },
};
