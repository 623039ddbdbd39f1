import { assessFramework, decodeAssessment, encodeAssessment } from "@rungs/core";
import { AssessmentSummary, LevelCompare, LevelStepper } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useId } from "react";
import { expect, fn, within } from "storybook/test";
import { REAL_LADDERS } from "../seeds";
import { idsOf, seedFramework } from "./data";
import "./screens.css";

const SEED_FILE = "17-3024.00.json";
const seed = seedFramework(SEED_FILE);

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
  /** The framework file from seeds/ the portal assesses in. Default the seed (format 1.0). */
  file?: string | undefined;
  name: string;
  role: string;
  /** The saved assessment code, decoded with core's `decodeAssessment`. */
  code: string;
  /** Key of the level the person aims for. */
  targetLevel: string;
  /** (Format 1.1) Key of the track the person is on; default the first. */
  track?: string | undefined;
  /** (Format 1.1) Show where the person stands area by area in the summary (`areaProfile`). */
  areaProfile?: boolean | undefined;
  onShare?: ((url: string, code: string) => void) | undefined;
}

/**
 * A person's profile on a portal: a header with their level in one line (stepper), the
 * saved result (summary, rendered from the decoded code with no hook, as a server page
 * would), and what changes between their level and their target (compare).
 */
function ProfileScreen({ file = SEED_FILE, name, role, code, targetLevel, track, areaProfile, onShare }: ProfileProps) {
  const id = useId();
  const framework = seedFramework(file);
  const decoded = decodeAssessment(framework, code, { track });
  const checked = decoded.ok ? [...decoded.checked] : [];
  const reached = assessFramework(framework, checked, { targetLevel, track }).level;
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
        <LevelStepper
          framework={framework}
          track={track}
          size="compact"
          currentLevel={reached?.key}
          targetLevel={targetLevel}
        />
      </header>
      <AssessmentSummary
        framework={framework}
        track={track}
        checked={checked}
        targetLevel={targetLevel}
        headingLevel={2}
        name={name}
        date="27 November 2026"
        areaProfile={areaProfile}
        onShare={onShare}
      />
      {reached && reached.key !== targetLevel && (
        <section className="screen-section" aria-labelledby={`${id}-compare`}>
          <h2 id={`${id}-compare`}>What changes from {reached.label}</h2>
          <LevelCompare
            framework={framework}
            track={track}
            from={reached.key}
            to={targetLevel}
            idPrefix="compare-"
            attribution={false}
          />
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

const JORGEF = REAL_LADDERS.jorgef;
const jorgef = seedFramework(JORGEF);
const TECH_LEAD = "tech-lead";
const techLead = jorgef.tracks.find((track) => track.key === TECH_LEAD);
const [tl4, tl5, tl6] = techLead?.levels ?? [];

/**
 * (Format 1.1) The same profile on a real ladder with competency areas and tracks (Jorge
 * Fioranelli's engineering ladders), for a person on the Tech Lead track: TL4 and three of
 * TL5's five statements saved (the code is the track's), TL6 the aim. The stepper shows the
 * track's levels; the summary shows where the person stands area by area (a radar of the
 * five areas, with its table) and the gap grouped by area; the comparison's rows are grouped
 * by area.
 */
export const ProfileWithAreas: Story = {
  name: "Profile: areas and a track (format 1.1)",
  args: {
    file: JORGEF,
    name: "Sam Okafor",
    role: "Tech lead · Harbour Labs",
    track: TECH_LEAD,
    code: encodeAssessment(
      jorgef,
      [...(tl4?.statements ?? []), ...(tl5?.statements.slice(0, 3) ?? [])].map((statement) => statement.id),
      { track: TECH_LEAD },
    ),
    targetLevel: tl6?.key ?? "",
    areaProfile: true,
  },
  argTypes: { targetLevel: { control: "select", options: techLead?.levels.map((level) => level.key) ?? [] } },
  play: async ({ canvasElement }) => {
    if (!techLead || !tl4 || !tl6) throw new Error("jorgef's Tech Lead track has fewer than three levels");
    const canvas = within(canvasElement);
    await expect(
      canvas.getByText(`${tl4.label} · level 1 of ${techLead.levels.length}`, { exact: false }),
    ).toBeVisible();
    const summary = canvas.getByRole("region", { name: "Your result" });
    await expect(summary).toHaveTextContent(tl4.label);
    const profile = within(summary).getByRole("region", { name: "Where you stand by area" });
    await expect(profile.querySelector(".rungs-profile__chart")).toHaveAttribute("data-shape", "radar");
    await expect(
      within(profile)
        .getAllByRole("rowheader")
        .map((cell) => cell.textContent),
    ).toEqual(jorgef.areas.map((area) => area.label));
    await expect(within(profile).getByRole("columnheader", { name: `${tl6.label} (target)` })).toBeVisible();
    // The comparison from TL4 to TL6, its rows in a group per area.
    await expect(canvas.getByRole("heading", { name: `What changes from ${tl4.label}` })).toBeVisible();
    const compare = canvasElement.querySelector(".rungs-level-compare") as HTMLElement;
    await expect(compare.querySelectorAll("th[scope='rowgroup']").length).toBeGreaterThan(1);
  },
};
