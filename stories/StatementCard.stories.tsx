import { searchStatements } from "@rungs/core";
import { StatementCard } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { realLadders, seed } from "./seeds";

const statements = seed.levels.flatMap((level) => level.statements);
const first = statements[0];
if (!first) throw new Error("The seed has no statements.");

const meta = {
  title: "Components/StatementCard",
  component: StatementCard,
  args: { statement: first },
  argTypes: {
    statement: {
      control: "select",
      options: statements.map((statement) => statement.id),
      mapping: Object.fromEntries(statements.map((statement) => [statement.id, statement])),
    },
    level: { control: "text" },
    as: { control: "select", options: ["article", "div", "section"] },
    headingLevel: { control: "select", options: [undefined, 2, 3, 4, 5, 6] },
    hideSubject: { control: "boolean" },
    highlight: { control: false },
    checked: { control: "boolean" },
    defaultChecked: { control: "boolean" },
  },
} satisfies Meta<typeof StatementCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithLevel: Story = {
  name: "With level badge",
  args: { level: seed.levels[0] },
};

export const AsHeading: Story = {
  name: "Subject as heading",
  args: { headingLevel: 3 },
};

/** With `defaultChecked` (or `checked` + `onCheckedChange`), a checkbox named by the statement. */
export const Checkable: Story = {
  name: "With a checkbox",
  args: { defaultChecked: false, onCheckedChange: fn() },
  play: async ({ canvasElement, args }) => {
    const box = within(canvasElement).getByRole("checkbox", { name: /^Electromechanical assemblies test basic/ });
    await userEvent.click(box);
    await expect(box).toBeChecked();
    await expect(args.onCheckedChange).toHaveBeenLastCalledWith(true);
    await userEvent.keyboard(" ");
    await expect(box).not.toBeChecked();
    await expect(box).toHaveFocus();
  },
};

interface SearchArgs {
  query: string;
}

/** Core's `searchStatements` finds the statements; the cards mark the matching words. */
export const SearchHighlight: StoryObj<SearchArgs> = {
  name: "Search highlight",
  args: { query: "oscilloscopes voltmeters" },
  argTypes: { query: { control: "text", description: "All words must match; case and accents are ignored." } },
  render: ({ query }) => {
    const results = searchStatements(seed, query);
    return (
      <div className="rungs">
        <p>
          {results.length} {results.length === 1 ? "statement matches" : "statements match"} “{query}”.
        </p>
        <ul style={{ display: "grid", gap: "0.5rem", listStyle: "none", padding: 0 }}>
          {results.map((match) => (
            <StatementCard
              key={match.statement.id}
              as="li"
              statement={match.statement}
              highlight={match}
              level={seed.levels.find((level) => level.key === match.statement.levelKey)}
            />
          ))}
        </ul>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const marks = canvasElement.querySelectorAll("mark");
    await expect([...marks].map((mark) => mark.textContent)).toEqual([
      "oscilloscopes",
      "voltmeters",
      "oscilloscopes",
      "voltmeters",
    ]);
    await expect(within(canvasElement).getByText(/2 statements match/)).toBeVisible();
  },
};

// Format 1.1: a statement's proficiency and its examples, from real ladders.
const jorgefStatement = realLadders.jorgef.levels[0]?.statements[0];
const infracloudStatement = realLadders.infracloud.levels
  .flatMap((level) => level.statements)
  .find((statement) => statement.examples);
if (!jorgefStatement || !infracloudStatement) throw new Error("The 1.1 seeds lack a proficiency or examples.");

/** (1.1) The statement's proficiency as a label (`labels.proficiency`: "Proficiency: {proficiency}"). */
export const WithProficiency: Story = {
  name: "With proficiency",
  args: { statement: jorgefStatement },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(`Proficiency: ${jorgefStatement.proficiency}`)).toBeVisible();
  },
};

/**
 * (1.1) Examples and a note in a native disclosure, closed until opened: by click, by Enter
 * or Space on its summary, or by find-in-page (tests/browser/ladder-examples.test.ts).
 */
export const WithExamples: Story = {
  name: "With examples",
  args: { statement: { ...infracloudStatement, notes: "Examples are illustrations, never expectations." } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summary = canvas.getByText(/examples and notes$/);
    const note = canvas.getByText("Examples are illustrations, never expectations.");
    await expect(note).not.toBeVisible();
    await userEvent.click(summary);
    await expect(note).toBeVisible();
  },
};
