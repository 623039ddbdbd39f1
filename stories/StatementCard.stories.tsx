import { searchStatements } from "@rungs/core";
import { StatementCard } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { seed } from "./seeds";

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
