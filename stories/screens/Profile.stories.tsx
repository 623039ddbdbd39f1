import { assessFramework, decodeAssessment, encodeAssessment } from "@rungs/core";
import { AssessmentSummary, LevelCompare, LevelStepper } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useId } from "react";
import { expect, fn, within } from "storybook/test";
import { idsOf, seedFramework } from "./data";
import "./screens.css";

const seed = seedFramework("17-3024.00.json");

/**
 * The code the portal saved with the profile when its owner last shared their result
 * (what `AssessmentSummary`'s share link carries): Emerging done, all of Developing but
 * one thread, two Proficient statements.
 */
const SAVED_CODE = encodeAssessment(seed, [
  ...idsOf(seed, "emerging"),
  ...idsOf(seed, "developing").slice(0, 9),
  ...idsOf(seed, "proficient").slice(0, 2),
]);

interface ProfileProps {
  name: string;
  role: string;
  /** The saved assessment code, decoded with core's `decodeAssessment`. */
  code: string;
  /** Key of the level the person aims for. */
  targetLevel: string;
  onShare?: ((url: string, code: string) => void) | undefined;
}

/**
 * A person's profile on a portal: a header with their level in one line (stepper), the
 * saved result (summary, rendered from the decoded code with no hook, as a server page
 * would), and what changes between their level and their target (compare).
 */
function ProfileScreen({ name, role, code, targetLevel, onShare }: ProfileProps) {
  const id = useId();
  const decoded = decodeAssessment(seed, code);
  const checked = decoded.ok ? [...decoded.checked] : [];
  const reached = assessFramework(seed, checked, { targetLevel }).level;
  const initials = name
    .split(/\s+/)
    .map((part) => part[0])
    .join("");
  return (
    <article className="screen" aria-labelledby={`${id}-name`}>
      <header className="screen-header">
        <div className="screen-person">
          <span className="screen-avatar" aria-hidden="true">
            {initials}
          </span>
          <div>
            <h1 id={`${id}-name`}>{name}</h1>
            <p className="screen-meta">{role}</p>
          </div>
        </div>
        <LevelStepper framework={seed} size="compact" currentLevel={reached?.key} targetLevel={targetLevel} />
      </header>
      <AssessmentSummary
        framework={seed}
        checked={checked}
        targetLevel={targetLevel}
        headingLevel={2}
        name={name}
        date="27 November 2026"
        onShare={onShare}
      />
      {reached && reached.key !== targetLevel && (
        <section className="screen-section" aria-labelledby={`${id}-compare`}>
          <h2 id={`${id}-compare`}>What changes from {reached.label}</h2>
          <LevelCompare framework={seed} from={reached.key} to={targetLevel} idPrefix="compare-" attribution={false} />
        </section>
      )}
    </article>
  );
}

const meta = {
  title: "Screens/Profile",
  component: ProfileScreen,
  parameters: { layout: "fullscreen" },
  args: {
    name: "Alex Morgan",
    role: "Mechatronics technician · Northfield Automation",
    code: SAVED_CODE,
    targetLevel: "proficient",
    onShare: fn(),
  },
  argTypes: { code: { control: "text" }, targetLevel: { control: "select", options: seed.levels.map((l) => l.key) } },
} satisfies Meta<typeof ProfileScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Profile: Story = {
  name: "Profile",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 1, name: "Alex Morgan" })).toBeVisible();
    // The saved code decodes to Emerging reached, one Developing statement short.
    await expect(canvas.getByText("Emerging · level 1 of 4", { exact: false })).toBeVisible();
    const summary = canvas.getByRole("region", { name: "Your result" });
    await expect(summary).toHaveTextContent("9 of 10 met");
    await expect(within(summary).getByRole("heading", { name: "9 statements to reach Proficient" })).toBeVisible();
    await expect(canvas.getByRole("heading", { name: "What changes from Emerging" })).toBeVisible();
    await expect(canvas.getByRole("table")).toBeVisible();
  },
};
