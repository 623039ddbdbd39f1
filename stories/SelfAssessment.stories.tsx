import { decodeAssessment, encodeAssessment } from "@rungs/core";
import { LevelLadder, useAssessment } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useId, useState } from "react";
import { expect, fn, userEvent, within } from "storybook/test";
import { seed } from "./seeds";

const levelKeys = seed.levels.map((level) => level.key);
const idsOf = (key: string) => seed.levels.find((level) => level.key === key)?.statements.map((s) => s.id) ?? [];

interface SelfAssessmentProps {
  /** Share of a level's statements to check for it to be met, 0 to 1. */
  threshold: number;
  /** Key of the level to list the gap to; the next level up when none. */
  targetLevel?: string | undefined;
  /** Ids checked at first, e.g. read from a link's code. */
  defaultChecked?: string[] | undefined;
  onCheckedChange?: ((checked: string[]) => void) | undefined;
}

/**
 * What a host builds from `useAssessment` and the ladder: the reader checks what they do,
 * and sees where they are, what is left to reach the next level, and a code for a link.
 */
function SelfAssessment({ threshold, targetLevel, defaultChecked, onCheckedChange }: SelfAssessmentProps) {
  // The host keeps the checked ids; the hook derives the rest, and the ladder shows it.
  const [checked, setChecked] = useState<string[]>(defaultChecked ?? []);
  const change = (ids: string[]) => {
    setChecked(ids);
    onCheckedChange?.(ids);
  };
  const state = useAssessment(seed, { checked, onCheckedChange: change, threshold, targetLevel });
  const { level, target, gap } = state.assessment;
  const id = useId();
  const gapSize = gap.reduce((sum, theme) => sum + theme.statements.length, 0);
  return (
    <div style={{ display: "grid", gap: "1rem" }}>
      <LevelLadder framework={seed} assessment={state} targetLevel={targetLevel} defaultValue={["emerging"]} />
      <section aria-labelledby={`${id}-summary`}>
        <h2 id={`${id}-summary`} style={{ fontSize: "1.125rem", margin: 0 }}>
          Your result
        </h2>
        <p>
          <output aria-label="Your level">{level ? `You are at ${level.label}.` : "No level reached yet."}</output>
        </p>
        {target && (
          <>
            <p>
              {gapSize} {gapSize === 1 ? "statement" : "statements"} to reach {target.label}:
            </p>
            <ul aria-label={`Gap to ${target.label}`}>
              {gap.map((theme) => (
                <li key={theme.id}>
                  <strong>{theme.label}</strong> ({theme.statements.length})
                </li>
              ))}
            </ul>
          </>
        )}
        <p>
          Link code:{" "}
          <output aria-label="Link code">
            <code>{state.code}</code>
          </output>{" "}
          <button type="button" onClick={state.clear}>
            Start over
          </button>
        </p>
      </section>
    </div>
  );
}

const meta = {
  title: "Features/Self-assessment",
  component: SelfAssessment,
  args: { threshold: 1, onCheckedChange: fn() },
  argTypes: {
    threshold: { control: { type: "range", min: 0.1, max: 1, step: 0.1 } },
    targetLevel: { control: "select", options: [undefined, ...levelKeys] },
    defaultChecked: { control: "object" },
  },
} satisfies Meta<typeof SelfAssessment>;

export default meta;
type Story = StoryObj<typeof meta>;

const rung = (canvas: ReturnType<typeof within>, label: string) =>
  canvas.getByRole("button", { name: new RegExp(`^${label}`) });

/** Check every statement of the lowest level: "You are here" moves onto it. */
export const CheckAndMove: Story = {
  name: "Check statements, move up",
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(rung(canvas, "Emerging")).toHaveTextContent("0 of 10 met");
    await expect(canvas.queryByText("You are here")).toBeNull();
    const boxes = within(rung(canvas, "Emerging").closest("li") as HTMLElement).getAllByRole("checkbox");
    await expect(boxes).toHaveLength(10);
    for (const box of boxes.slice(0, 9)) await userEvent.click(box);
    await expect(rung(canvas, "Emerging")).toHaveTextContent("9 of 10 met");
    await expect(canvas.queryByText("You are here")).toBeNull();
    await expect(canvas.getByText("1 statement to reach Emerging:")).toBeVisible();
    await userEvent.click(boxes[9] as HTMLElement);
    await expect(rung(canvas, "Emerging")).toHaveTextContent("10 of 10 met");
    await expect(rung(canvas, "Emerging")).toHaveTextContent("You are here");
    await expect(canvas.getByLabelText("Your level")).toHaveTextContent("You are at Emerging.");
    await expect(args.onCheckedChange).toHaveBeenLastCalledWith(idsOf("emerging"));
    // The code in the link reads back as the same statements.
    const code = canvas.getByLabelText("Link code").textContent ?? "";
    await expect(decodeAssessment(seed, code)).toEqual({ ok: true, checked: new Set(idsOf("emerging")) });
    // The keyboard works too: Space unchecks the focused box, and the marker leaves.
    (boxes[0] as HTMLElement).focus();
    await userEvent.keyboard(" ");
    await expect(canvas.queryByText("You are here")).toBeNull();
    await userEvent.click(canvas.getByRole("button", { name: "Start over" }));
    await expect(rung(canvas, "Emerging")).toHaveTextContent("0 of 10 met");
  },
};

/** With a threshold of 70 %, seven statements of ten meet a level. */
export const Threshold: Story = {
  name: "Threshold 70 %",
  args: { threshold: 0.7 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const boxes = within(rung(canvas, "Emerging").closest("li") as HTMLElement).getAllByRole("checkbox");
    for (const box of boxes.slice(0, 6)) await userEvent.click(box);
    await expect(canvas.queryByText("You are here")).toBeNull();
    await userEvent.click(boxes[6] as HTMLElement);
    await expect(rung(canvas, "Emerging")).toHaveTextContent("7 of 10 met");
    await expect(rung(canvas, "Emerging")).toHaveTextContent("You are here");
  },
};

const fromLink = encodeAssessment(seed, [...idsOf("emerging"), ...idsOf("developing"), "proficient-1"]);

/** A link carried a code: the ladder opens where the reader left it, and lists the gap. */
export const FromALink: Story = {
  name: "Restored from a link",
  args: (() => {
    const decoded = decodeAssessment(seed, fromLink);
    return { defaultChecked: decoded.ok ? [...decoded.checked] : [], targetLevel: "proficient" };
  })(),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(rung(canvas, "Developing")).toHaveTextContent("You are here");
    await expect(rung(canvas, "Proficient")).toHaveTextContent("1 of 10 met");
    await expect(rung(canvas, "Proficient")).toHaveTextContent("Target");
    await expect(canvas.getByText("9 statements to reach Proficient:")).toBeVisible();
    await expect(canvas.getByLabelText("Link code")).toHaveTextContent(fromLink);
  },
};
