import { checkedFromLink, decodeAssessment, encodeAssessment, levelSteps } from "@rungs/core";
// Until the package's index and styles.css list them (see the report to the lead).
import { AssessmentSummary, LevelLadder, useAssessment } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
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
  /** Shows what is new at each level (the ladder's `levelSteps`), beside each checkbox. */
  steps?: boolean | undefined;
}

/**
 * A self-assessment page built only from Rungs components: the reader checks what they do
 * in the ladder, and the summary shows where they are, what is left to reach the target,
 * and a link to the result. One `useAssessment` state feeds both.
 */
function SelfAssessment({ threshold, targetLevel, defaultChecked, onCheckedChange, steps }: SelfAssessmentProps) {
  // The host keeps the checked ids (to save them, say); the hook derives the rest.
  const [checked, setChecked] = useState<string[]>(defaultChecked ?? []);
  const change = (ids: string[]) => {
    setChecked(ids);
    onCheckedChange?.(ids);
  };
  const state = useAssessment(seed, { checked, onCheckedChange: change, threshold, targetLevel });
  return (
    <>
      <LevelLadder
        framework={seed}
        assessment={state}
        targetLevel={targetLevel}
        defaultValue={["emerging"]}
        levelSteps={steps ? levelSteps(seed) : undefined}
      />
      <AssessmentSummary assessment={state} />
    </>
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
const summaryOf = (canvas: ReturnType<typeof within>) => within(canvas.getByRole("region", { name: "Your result" }));
const levelReached = (canvas: ReturnType<typeof within>) =>
  canvas.getByRole("region", { name: "Your result" }).querySelector(".rungs-summary__level");

/** The clipboard the summary's "Copy link" writes to, mocked for these stories. */
const writeText = fn(async (_text: string) => {});

/** Puts the mocked clipboard in the page for a story, and restores the page's after it. */
function mockClipboard() {
  writeText.mockClear();
  const before = Object.getOwnPropertyDescriptor(navigator, "clipboard");
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  return () => {
    if (before) Object.defineProperty(navigator, "clipboard", before);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  };
}

/** The code in the link the summary copied last. */
const copiedCode = () => new URL(writeText.mock.lastCall?.[0] ?? "http://x").searchParams.get("assessment") ?? "";

/**
 * Check every statement of the lowest level: "You are here" moves onto it, the summary's
 * level and gap follow, and the copied link holds the result.
 */
export const CheckAndMove: Story = {
  name: "Check statements, move up",
  beforeEach: mockClipboard,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const summary = summaryOf(canvas);
    await expect(rung(canvas, "Emerging")).toHaveTextContent("0 of 10 met");
    await expect(summary.getByText("Check the statements you do to see your level.")).toBeVisible();
    const boxes = within(rung(canvas, "Emerging").closest("li") as HTMLElement).getAllByRole("checkbox");
    await expect(boxes).toHaveLength(10);
    for (const box of boxes.slice(0, 9)) await userEvent.click(box);
    await expect(rung(canvas, "Emerging")).toHaveTextContent("9 of 10 met");
    await expect(rung(canvas, "Emerging")).not.toHaveTextContent("You are here");
    await expect(levelReached(canvas)).toHaveTextContent("No level yet");
    await expect(summary.getByRole("heading", { name: "1 statement to reach Emerging" })).toBeVisible();
    await userEvent.click(boxes[9] as HTMLElement);
    await expect(rung(canvas, "Emerging")).toHaveTextContent("10 of 10 met");
    await expect(rung(canvas, "Emerging")).toHaveTextContent("You are here");
    await expect(levelReached(canvas)).toHaveTextContent("Level reached: Emerging");
    await expect(summary.getByRole("heading", { name: "10 statements to reach Developing" })).toBeVisible();
    await expect(args.onCheckedChange).toHaveBeenLastCalledWith(idsOf("emerging"));
    // The copied link's code reads back as the same statements, and the copy is announced.
    await userEvent.click(summary.getByRole("button", { name: "Copy link to this result" }));
    await expect(summary.getByRole("status")).toHaveTextContent("Link copied to the clipboard.");
    await expect(decodeAssessment(seed, copiedCode())).toEqual({ ok: true, checked: new Set(idsOf("emerging")) });
    // The keyboard works too: Space unchecks the focused box, and the level goes.
    (boxes[0] as HTMLElement).focus();
    await userEvent.keyboard(" ");
    await expect(rung(canvas, "Emerging")).not.toHaveTextContent("You are here");
    await expect(levelReached(canvas)).toHaveTextContent("No level yet");
    await userEvent.click(summary.getByRole("button", { name: "Start over" }));
    await expect(rung(canvas, "Emerging")).toHaveTextContent("0 of 10 met");
    await expect(args.onCheckedChange).toHaveBeenLastCalledWith([]);
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
    await expect(rung(canvas, "Emerging")).not.toHaveTextContent("You are here");
    await userEvent.click(boxes[6] as HTMLElement);
    await expect(rung(canvas, "Emerging")).toHaveTextContent("7 of 10 met");
    await expect(rung(canvas, "Emerging")).toHaveTextContent("You are here");
    await expect(levelReached(canvas)).toHaveTextContent("Level reached: Emerging");
  },
};

const fromLink = encodeAssessment(seed, [...idsOf("emerging"), ...idsOf("developing"), "proficient-1"]);

/**
 * A link carried a code: core's `checkedFromLink` reads it (on a server, from the page's
 * `searchParams`), the ladder opens where the reader left it, and the summary lists the gap.
 */
export const FromALink: Story = {
  name: "Restored from a link",
  beforeEach: mockClipboard,
  args: {
    defaultChecked: [...checkedFromLink(seed, `https://careers.example/ladder?assessment=${fromLink}`).checked],
    targetLevel: "proficient",
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summary = summaryOf(canvas);
    await expect(rung(canvas, "Developing")).toHaveTextContent("You are here");
    await expect(rung(canvas, "Proficient")).toHaveTextContent("1 of 10 met");
    await expect(rung(canvas, "Proficient")).toHaveTextContent("Target");
    await expect(levelReached(canvas)).toHaveTextContent("Level reached: Developing");
    await expect(summary.getByRole("heading", { name: "9 statements to reach Proficient" })).toBeVisible();
    await userEvent.click(summary.getByRole("button", { name: "Copy link to this result" }));
    await expect(copiedCode()).toBe(fromLink);
  },
};

/**
 * With the ladder's `levelSteps`: each statement says, beside its checkbox, whether it is new
 * at its level or continues one below; the checkbox's name stays the statement.
 */
export const WithLevelSteps: Story = {
  name: "With what is new at each level",
  args: { steps: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(rung(canvas, "Developing"));
    const panel = canvasElement.querySelector<HTMLElement>('[id="developing"] [role="region"]') ?? canvasElement;
    await expect(within(panel).getAllByText("New at this level").length).toBeGreaterThan(0);
    const box = within(panel).getAllByRole("checkbox")[0];
    await expect(box).toHaveAccessibleDescription(/^(New at this level|Continues “.+”) ?,$/);
  },
};
