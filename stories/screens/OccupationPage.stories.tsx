import { decodeAssessment, encodeAssessment } from "@rungs/core";
import { AssessmentSummary, LevelLadder, LevelStepper, ProgressionMatrix, useAssessment } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useId } from "react";
import { expect, fn, userEvent, within } from "storybook/test";
import { idsOf, seedFramework } from "./data";
import "./screens.css";

const seed = seedFramework("17-3024.00.json");
const targetLevel = "proficient";

interface OccupationPageProps {
  /** Ids checked when the page opens, as a link's assessment code would restore them. */
  defaultChecked?: string[] | undefined;
  /** The host's share handler: here the story's action log instead of the clipboard. */
  onShare?: ((url: string, code: string) => void) | undefined;
}

/**
 * A job portal's occupation page: where the levels go (stepper), what each asks, with a
 * checkbox per statement (ladder controlled by `useAssessment`), the result and gap beside
 * it (summary), and how every thread grows (matrix). Host markup is headings and a grid.
 */
function OccupationPageScreen({ defaultChecked, onShare }: OccupationPageProps) {
  const state = useAssessment(seed, { defaultChecked, targetLevel });
  const current = state.assessment.level?.key;
  const id = useId();
  return (
    <article className="screen" aria-labelledby={`${id}-title`}>
      <header className="screen-header">
        <p className="screen-eyebrow">Occupation · O*NET 17-3024.00</p>
        <h1 id={`${id}-title`}>{seed.occupation.title}</h1>
        <p className="screen-lede">
          Four levels, from a first technician role to leading engineering practice. Check what you already do to see
          where you stand and what is left for the next step.
        </p>
        <LevelStepper framework={seed} currentLevel={current} targetLevel={targetLevel} linkTo="" idPrefix="ladder-" />
      </header>
      <div className="screen-columns">
        <section className="screen-section" aria-labelledby={`${id}-ladder`}>
          <h2 id={`${id}-ladder`}>What each level asks</h2>
          <LevelLadder
            framework={seed}
            assessment={state}
            currentLevel={current}
            targetLevel={targetLevel}
            idPrefix="ladder-"
            headingLevel={3}
            defaultValue={["developing"]}
          />
        </section>
        <AssessmentSummary assessment={state} headingLevel={2} onShare={onShare} />
      </div>
      <section className="screen-section" aria-labelledby={`${id}-matrix`}>
        <h2 id={`${id}-matrix`}>How the role grows</h2>
        <ProgressionMatrix
          framework={seed}
          currentLevel={current}
          targetLevel={targetLevel}
          idPrefix="matrix-"
          attribution={false}
        />
      </section>
    </article>
  );
}

const meta = {
  title: "Screens/Occupation page",
  component: OccupationPageScreen,
  parameters: { layout: "fullscreen" },
  args: { onShare: fn() },
} satisfies Meta<typeof OccupationPageScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

const developing = idsOf(seed, "developing");

/** A reader who left off with Emerging done and seven of Developing's ten statements. */
export const OccupationPage: Story = {
  name: "Occupation page",
  args: { defaultChecked: [...idsOf(seed, "emerging"), ...developing.slice(0, 7)] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 1 })).toHaveTextContent(seed.occupation.title);
    // Every part of the page says where the reader stands, in words.
    await expect(canvas.getByText("Emerging · level 1 of 4", { exact: false })).toBeVisible();
    const summary = canvas.getByRole("region", { name: "Your result" });
    await expect(summary).toHaveTextContent("Level reached:");
    await expect(summary).toHaveTextContent("Emerging");
    await expect(within(summary).getByRole("heading", { name: /statements to reach Proficient/ })).toBeVisible();
    await expect(canvas.getByRole("table")).toBeVisible();
    // Checking Developing's last three statements moves the reader up, everywhere at once.
    const rung = canvas.getByRole("button", { name: /^Developing/ }).closest("li") as HTMLElement;
    const boxes = within(rung).getAllByRole("checkbox");
    for (const box of boxes.slice(7)) await userEvent.click(box);
    await expect(canvas.getByText("Developing · level 2 of 4", { exact: false })).toBeVisible();
    await expect(within(summary).getByRole("heading", { name: "10 statements to reach Proficient" })).toBeVisible();
  },
};

/** Opened from a shared link: the code in the address restores the checked statements. */
export const FromASharedLink: Story = {
  name: "Opened from a shared link",
  args: {
    defaultChecked: (() => {
      // What the host reads from `?assessment=…` and hands to `useAssessment`.
      const code = encodeAssessment(seed, [...idsOf(seed, "emerging"), ...developing]);
      const decoded = decodeAssessment(seed, code);
      return decoded.ok ? [...decoded.checked] : [];
    })(),
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const summary = canvas.getByRole("region", { name: "Your result" });
    await expect(summary).toHaveTextContent("Developing");
    await userEvent.click(within(summary).getByRole("button", { name: "Copy link to this result" }));
    await expect(args.onShare).toHaveBeenCalledTimes(1);
  },
};
