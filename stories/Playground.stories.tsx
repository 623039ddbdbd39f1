import { type Issue, parseFramework } from "@rungs/core";
import { LevelLadder, ProgressionMatrix } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useId, useState } from "react";
import { expect, userEvent, within } from "storybook/test";
import { seedText } from "./seeds";

/**
 * Paste framework JSON and see the ladder and the matrix update as you type, with every
 * validation problem listed by its path; search both views as a reader would.
 */
function Playground({ initialText }: { initialText: string }) {
  const [text, setText] = useState(initialText);
  const [query, setQuery] = useState("");
  const inputId = useId();
  const result = parseFramework(text);
  const issues: Array<Issue & { severity: "error" | "warning" }> = [
    ...(result.ok ? [] : result.errors.map((issue) => ({ ...issue, severity: "error" as const }))),
    ...result.warnings.map((issue) => ({ ...issue, severity: "warning" as const })),
  ];
  return (
    <div style={{ display: "grid", gap: "1rem" }}>
      <label htmlFor={inputId} style={{ fontWeight: 600 }}>
        Framework JSON
      </label>
      <textarea
        id={inputId}
        value={text}
        onChange={(event) => setText(event.target.value)}
        spellCheck={false}
        rows={14}
        style={{ fontFamily: "ui-monospace, monospace", fontSize: "0.8125rem", inlineSize: "100%" }}
      />
      <section aria-labelledby={`${inputId}-problems`}>
        <h2 id={`${inputId}-problems`} style={{ fontSize: "1rem" }}>
          {issues.length === 0 ? "No problems found" : `${issues.length} problem${issues.length === 1 ? "" : "s"}`}
        </h2>
        {issues.length > 0 && (
          <ul aria-label="Problems by path">
            {issues.map((issue, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity; order is stable per input
              <li key={index}>
                <strong>{issue.severity}</strong> <code>{issue.path || "(whole input)"}</code> {issue.message}
              </li>
            ))}
          </ul>
        )}
      </section>
      <label htmlFor={`${inputId}-search`} style={{ fontWeight: 600 }}>
        Search statements
      </label>
      <input
        id={`${inputId}-search`}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        style={{ inlineSize: "100%", maxInlineSize: "24rem" }}
      />
      <LevelLadder framework={text} headingLevel={3} query={query} />
      <ProgressionMatrix framework={text} query={query} />
    </div>
  );
}

const meta = {
  title: "Playground",
  render: (args) => <Playground {...args} />,
  args: { initialText: seedText },
  argTypes: { initialText: { control: false } },
} satisfies Meta<typeof Playground>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Starts with the seed; edit the JSON to see problems and the views change live. */
export const PasteFramework: Story = {
  name: "Paste a framework",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "No problems found" })).toBeVisible();
    // Both views filter and mark what the search finds.
    await userEvent.type(canvas.getByLabelText("Search statements"), "voltmeters");
    await expect(canvas.getAllByRole("status").map((status) => status.textContent)).toEqual([
      "2 statements match “voltmeters”.",
      "2 statements match “voltmeters”.",
    ]);
    await expect(canvasElement.querySelectorAll(".rungs-ladder mark")).toHaveLength(2);
    await userEvent.clear(canvas.getByLabelText("Search statements"));
    const input = canvas.getByLabelText("Framework JSON");
    await userEvent.clear(input);
    await userEvent.paste(
      '{"schemaVersion":"1.0","occupation":{"title":"Baker"},"framework":{"levels":{"apprentice":{"label":"Apprentice","statements":["Dough — mixes it", 7]}}}}',
    );
    await expect(canvas.getAllByRole("alert")).toHaveLength(2);
    await expect(canvas.getByRole("list", { name: "Problems by path" })).toHaveTextContent(
      "/framework/levels/apprentice/statements/1",
    );
    await userEvent.clear(input);
    await userEvent.paste(
      '{"schemaVersion":"1.0","occupation":{"title":"Baker"},"framework":{"levels":{"apprentice":{"label":"Apprentice","statements":["Dough — mixes it"]}}},"attribution":"Me"}',
    );
    await expect(canvas.getByRole("button", { name: /^Apprentice/ })).toBeVisible();
  },
};
