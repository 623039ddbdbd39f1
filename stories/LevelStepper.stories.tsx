import { LevelStepper } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { frameworkArgType, REAL_LADDERS, realLadders, SEED_FILE, seed } from "./seeds";

const levelKeys = seed.levels.map((level) => level.key);

/**
 * Every level in one line: "You are here" and "Target" in words, a summary ("Developing ·
 * level 2 of 4"), and links to the ladder's rungs when given. A server component.
 */
const meta = {
  title: "Components/LevelStepper",
  component: LevelStepper,
  args: { framework: SEED_FILE, currentLevel: "developing", targetLevel: "advanced", size: "default" },
  argTypes: {
    framework: frameworkArgType,
    currentLevel: { control: "select", options: [undefined, ...levelKeys] },
    targetLevel: { control: "select", options: [undefined, ...levelKeys] },
    size: { control: "inline-radio", options: ["default", "compact"] },
    linkTo: { control: "text" },
    idPrefix: { control: "text" },
    href: { control: false },
    labels: { control: "object" },
  },
} satisfies Meta<typeof LevelStepper>;

export default meta;
type Story = StoryObj<typeof meta>;

const stepsOf = (canvasElement: HTMLElement) =>
  within(within(canvasElement).getByRole("list")).getAllByRole("listitem");

export const CurrentAndTarget: Story = {
  name: "You are here, and a target",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Developing · level 2 of 4 · Target: Advanced")).toBeVisible();
    const steps = stepsOf(canvasElement);
    await expect(steps.map((step) => step.textContent)).toEqual([
      "Emerging",
      "Developing, You are here",
      "Proficient, On your path",
      "Advanced, Target",
    ]);
    await expect(steps[1]).toHaveAttribute("aria-current", "step");
    // One line at full width: every step on the first's row.
    const top = steps[0]?.getBoundingClientRect().top ?? 0;
    for (const step of steps) await expect(Math.abs(step.getBoundingClientRect().top - top)).toBeLessThan(8);
  },
};

/**
 * `linkTo=""`: each step links to its rung of a ladder on this page (`#<level id>`, the
 * ladder's default `idPrefix`); give a page URL to link to another page's ladder. Keyboard:
 * Tab moves from step to step.
 */
export const Linked: Story = {
  name: "Links to the ladder",
  args: { linkTo: "/occupations/17-3024.00" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const links = canvas.getAllByRole("link");
    await expect(links.map((link) => link.getAttribute("href"))).toEqual(
      levelKeys.map((key) => `/occupations/17-3024.00#${key}`),
    );
    await expect(canvas.getByRole("link", { name: /^Developing ?, You are here$/ })).toHaveAttribute(
      "aria-current",
      "step",
    );
    // Chromium names a visually hidden part as a block: "Developing , You are here" (the space is not read).
    links[0]?.focus();
    await expect(getComputedStyle(links[0] as HTMLElement).outlineStyle).toBe("solid");
  },
};

/** For a job-listing row or a profile header: the summary in words, the steps as marks beside it. */
export const Compact: Story = {
  args: { size: "compact", currentLevel: "developing", targetLevel: "proficient" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Developing · level 2 of 4 · Target: Proficient")).toBeVisible();
    // The steps' words stay for screen readers, visually hidden.
    await expect(stepsOf(canvasElement)[1]).toHaveTextContent("Developing, You are here");
    const root = canvasElement.querySelector(".rungs-stepper") as HTMLElement;
    await expect(root.getBoundingClientRect().height).toBeLessThan(64);
  },
};

/** A job listing: one compact stepper per row, each linking to its occupation's ladder. */
export const JobListing: Story = {
  name: "In a job listing",
  render: (args) => (
    <ul style={{ listStyle: "none", padding: 0, margin: 0, display: "grid", gap: "0.75rem" }}>
      {[
        { title: "Field service technician", level: "emerging" },
        { title: "Test technician", level: "developing" },
        { title: "Lead mechatronics technologist", level: "advanced" },
      ].map((job) => (
        <li key={job.title} style={{ display: "flex", flexWrap: "wrap", gap: "0.5rem 1rem", alignItems: "center" }}>
          <strong>{job.title}</strong>
          <LevelStepper
            {...args}
            size="compact"
            currentLevel={job.level}
            targetLevel={undefined}
            linkTo="/occupations/17-3024.00"
            labels={{ stepper: `${job.title}: levels` }}
          />
        </li>
      ))}
    </ul>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Test technician")).toBeVisible();
    await expect(canvas.getByText("Developing · level 2 of 4")).toBeVisible();
    await expect(canvas.getAllByRole("list", { name: /: levels$/ })).toHaveLength(3);
  },
};

/** At 360 px the steps wrap as chips (the stepper reads its own width, by container query). */
export const Narrow: Story = {
  name: "Narrow (360 px)",
  globals: { width: "360" },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector(".rungs-stepper") as HTMLElement;
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    const steps = stepsOf(canvasElement);
    const tops = new Set(steps.map((step) => Math.round(step.getBoundingClientRect().top)));
    await expect(tops.size).toBeGreaterThan(1);
  },
};

export const RightToLeft: Story = {
  name: "Right to left",
  globals: { dir: "rtl" },
  play: async ({ canvasElement }) => {
    const [first, second] = stepsOf(canvasElement);
    // The first level is on the right, the connector on each step's right (its inline start).
    await expect((first?.getBoundingClientRect().left ?? 0) > (second?.getBoundingClientRect().left ?? 0)).toBe(true);
  },
};

export const Dark: Story = {
  globals: { theme: "dark" },
  args: { linkTo: "" },
};

/** No current level: the summary counts the levels. */
export const NoCurrentLevel: Story = {
  name: "No current level",
  args: { currentLevel: undefined, targetLevel: undefined },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("4 levels")).toBeVisible();
  },
};

export const InvalidInput: Story = {
  name: "Input it cannot use",
  args: { framework: "{ not json" },
  argTypes: { framework: { control: "text" } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toBeVisible();
  },
};

const engineeringManager = realLadders.jorgef.tracks.find((track) => track.key === "engineering-manager");

/**
 * (1.1) `track`: the steps are one track's levels (default the first). Jorge Fioranelli's
 * ladders, the Engineering Manager track: three levels, EM5 to EM7.
 */
export const Track: Story = {
  name: "A track's levels (jorgef, Engineering Manager)",
  args: {
    framework: REAL_LADDERS.jorgef,
    track: "engineering-manager",
    currentLevel: engineeringManager?.levels[0]?.key,
    targetLevel: engineeringManager?.levels[2]?.key,
  },
  argTypes: { currentLevel: { control: "text" }, targetLevel: { control: "text" } },
  play: async ({ canvasElement }) => {
    const levels = engineeringManager?.levels ?? [];
    // Each step's label, without the separator only a screen reader hears before its marker.
    const labels = stepsOf(canvasElement).map((step) =>
      step.querySelector(".rungs-stepper__label")?.textContent?.replace(/,$/, ""),
    );
    await expect(labels).toEqual(levels.map((level) => level.label));
    await expect(
      within(canvasElement).getByText(`${levels[0]?.label} · level 1 of 3 · Target: ${levels[2]?.label}`),
    ).toBeVisible();
  },
};
