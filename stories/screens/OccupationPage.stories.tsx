import { decodeAssessment, encodeAssessment, trackOf } from "@rungs/core";
import {
  AssessmentSummary,
  LevelLadder,
  LevelStepper,
  ProgressionMatrix,
  TrackSwitcher,
  useAssessment,
} from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useId, useMemo, useState } from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { REAL_LADDERS } from "../seeds";
import { idsOf, seedFramework } from "./data";
import "./screens.css";

const SEED_FILE = "17-3024.00.json";
const seed = seedFramework(SEED_FILE);

interface OccupationPageProps {
  /** The framework file from seeds/ the page shows. Default the seed (format 1.0). */
  file?: string | undefined;
  /** The page's small line above its title. */
  eyebrow?: string | undefined;
  /** The page's introduction under its title. */
  lede?: string | undefined;
  /** The level the reader aims at: the stepper's, ladder's and summary's target. */
  targetLevel?: string | undefined;
  /** The rung open when the page opens. */
  openLevel?: string | undefined;
  /** Ids checked when the page opens, as a link's assessment code would restore them. */
  defaultChecked?: string[] | undefined;
  /** The host's share handler: here the story's action log instead of the clipboard. */
  onShare?: ((url: string, code: string) => void) | undefined;
}

/**
 * A job portal's occupation page: where the levels go (stepper), what each asks, with a
 * checkbox per statement (ladder controlled by `useAssessment`), the result and gap beside
 * it (summary), and how every thread grows (matrix). Host markup is headings and a grid.
 * (1.1) A framework with tracks gets a `TrackSwitcher` in the header; the track is the
 * page's state, which the ladder sets when the URL's hash names another track (the
 * switcher's links, an equivalent level's link), and every view shows it.
 */
function OccupationPageScreen({
  file = SEED_FILE,
  eyebrow = "Occupation · O*NET 17-3024.00",
  lede = "Four levels, from a first technician role to leading engineering practice. Check what you already do to see where you stand and what is left for the next step.",
  targetLevel = "proficient",
  openLevel = "developing",
  defaultChecked,
  onShare,
}: OccupationPageProps) {
  // Parsed once per file, as a host keeps its framework: a new one on every render would be
  // a new framework to each view, and the ladder's live region would start over at each check.
  const framework = useMemo(() => seedFramework(file), [file]);
  const [track, setTrack] = useState<string | undefined>(undefined);
  // The target is a level of one track: on another, the views aim at the next level up.
  const target = trackOf(framework, track).levels.some((level) => level.key === targetLevel) ? targetLevel : undefined;
  const state = useAssessment(framework, { defaultChecked, targetLevel: target, track });
  const current = state.assessment.level?.key;
  const id = useId();
  return (
    <article className="screen" aria-labelledby={`${id}-title`}>
      <header className="screen-header">
        <p className="screen-eyebrow">{eyebrow}</p>
        <h1 id={`${id}-title`}>{framework.occupation.title}</h1>
        <p className="screen-lede">{lede}</p>
        <TrackSwitcher framework={framework} track={track} idPrefix="ladder-" />
        <LevelStepper
          framework={framework}
          track={track}
          currentLevel={current}
          targetLevel={target}
          linkTo=""
          idPrefix="ladder-"
        />
      </header>
      <div className="screen-columns">
        <section className="screen-section" aria-labelledby={`${id}-ladder`}>
          <h2 id={`${id}-ladder`}>What each level asks</h2>
          <LevelLadder
            framework={framework}
            assessment={state}
            onTrackChange={setTrack}
            currentLevel={current}
            targetLevel={target}
            idPrefix="ladder-"
            headingLevel={3}
            defaultValue={[openLevel]}
          />
        </section>
        <AssessmentSummary assessment={state} headingLevel={2} onShare={onShare} />
      </div>
      <section className="screen-section" aria-labelledby={`${id}-matrix`}>
        <h2 id={`${id}-matrix`}>How the role grows</h2>
        <ProgressionMatrix
          framework={framework}
          track={track}
          currentLevel={current}
          targetLevel={target}
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
    // WCAG 4.1.3: the page passes the assessment's level as currentLevel, and the move is still said.
    const ladderStatus = canvasElement.querySelector(".rungs-ladder__assessment-status");
    await expect(ladderStatus).toHaveTextContent("Developing: 10 of 10 met. You are here: Developing.");
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

const JORGEF = REAL_LADDERS.jorgef;
const jorgef = seedFramework(JORGEF);
const [d1, d2, d3] = jorgef.levels;

/**
 * (Format 1.1) A company's career page on a real ladder with competency areas and tracks:
 * Jorge Fioranelli's engineering ladders, four tracks, the Developer track first. The reader
 * has D1 and two of D2's five statements and aims at D3. Each rung groups its statements by
 * area with a proficiency per statement; the summary's gap and the matrix are grouped by
 * area too. The switcher in the header shows another track in every view.
 */
export const CareerPageWithTracks: Story = {
  name: "Career page: areas and tracks (format 1.1)",
  args: {
    file: JORGEF,
    eyebrow: "Careers · Engineering",
    lede: "Seven levels in the Developer track, each in five areas: Technology, System, People, Process and Influence. Check what you already do to see where you stand.",
    targetLevel: d3?.key,
    openLevel: d2?.key,
    defaultChecked: [...idsOf(jorgef, d1?.key ?? ""), ...idsOf(jorgef, d2?.key ?? "").slice(0, 2)],
  },
  play: async ({ canvasElement }) => {
    if (!d1 || !d2 || !d3) throw new Error("jorgef has fewer than three levels");
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 1 })).toHaveTextContent(jorgef.occupation.title);
    await expect(canvas.getByText(`${d1.label} · level 1 of ${jorgef.levels.length}`, { exact: false })).toBeVisible();
    // The open rung: its statements under area headings, one level below the rung's h3.
    const rung = canvasElement.querySelector(`[id="ladder-${d2.id}"]`) as HTMLElement;
    const areaHeadings = within(rung).getAllByRole("heading", { level: 4 });
    const used = jorgef.areas.filter((area) => d2.statements.some((statement) => statement.area === area.key));
    await expect(areaHeadings.map((heading) => heading.textContent?.split(",")[0])).toEqual(used.map((a) => a.label));
    await expect(within(rung).getAllByText(/^Proficiency: /)).toHaveLength(d2.statements.length);
    // The summary's gap to D3, grouped by area; the matrix's rows too.
    const summary = canvas.getByRole("region", { name: "Your result" });
    // What is left of D2 and all of D3.
    const gap = 3 + d3.statements.length;
    await expect(
      within(summary).getByRole("heading", { name: `${gap} statements to reach ${d3.label}` }),
    ).toBeVisible();
    const gapAreas = within(summary).getAllByRole("heading", { level: 4 });
    await expect(gapAreas.length).toBeGreaterThan(0);
    const table = canvas.getByRole("table");
    await expect(table.querySelectorAll("th[scope='rowgroup']").length).toBeGreaterThan(1);
    // Checking the rest of D2 moves the reader up, everywhere at once.
    for (const box of within(rung).getAllByRole("checkbox").slice(2)) await userEvent.click(box);
    await expect(canvas.getByText(`${d2.label} · level 2 of ${jorgef.levels.length}`, { exact: false })).toBeVisible();
    // The Tech Lead track, by the switcher's link (followed as the browser does, without
    // navigating the test runner's frame; the URL is put back): every view shows its levels.
    const techLead = jorgef.tracks[1];
    if (!techLead) throw new Error("jorgef has one track");
    const switcher = canvas.getByRole("navigation", { name: `${jorgef.occupation.title}: tracks` });
    await expect(within(switcher).getByRole("link", { current: true })).toHaveTextContent(
      jorgef.tracks[0]?.label ?? "",
    );
    const link = within(switcher).getByRole("link", { name: new RegExp(`^${techLead.label}\\b`) });
    const before = window.location.href;
    try {
      window.history.replaceState(null, "", link.getAttribute("href"));
      window.dispatchEvent(new HashChangeEvent("hashchange"));
      await waitFor(() => expect(within(switcher).getByRole("link", { current: true })).toBe(link));
      const levels = techLead.levels.length;
      await expect(canvas.getByText(`${levels} levels`, { exact: false, selector: "p" })).toBeVisible();
      await expect(canvas.getByRole("button", { name: new RegExp(`^${techLead.levels[0]?.label}`) })).toBeVisible();
      await expect(within(canvas.getByRole("table")).getAllByRole("columnheader")).toHaveLength(levels + 1);
    } finally {
      window.history.replaceState(null, "", before);
    }
  },
};
