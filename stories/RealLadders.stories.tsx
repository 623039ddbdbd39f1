import { alignThemes, assessAreas, assessFramework, type Framework, type Level } from "@rungs/core";
import { AreaProfile, LevelLadder, ProgressionMatrix, TrackSwitcher } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { type RealLadder, realLadders } from "./seeds";

/*
 * The real ladders of issue 20 (format 1.1) as their authors meant them, one view per story:
 * the ladder, the matrix and the area profile of each. Every play function checks what the
 * file says against what the page shows, from the parsed framework (never a hand-typed copy):
 * the areas in order with their counts, the matrix's row groups, the profile's rows, and what
 * each ladder shows best (every-level statements, proficiency, level details, examples),
 * and, for the two ladders with tracks, a track switcher and a ladder that follows it.
 * The component stories (Components / …) show each feature alone, on the same files.
 */

const meta = { title: "Real ladders" } satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** The rung headings' level in these stories: a host page's h1 is its own title. */
const HEADING_LEVEL = 2;

function ladderOf(name: RealLadder, open: (framework: Framework) => Level | undefined) {
  const framework = realLadders[name];
  const level = open(framework);
  return () => (
    <LevelLadder
      framework={framework}
      headingLevel={HEADING_LEVEL}
      defaultValue={level ? [level.key] : []}
      attribution={false}
    />
  );
}

const matrixOf = (name: RealLadder) => () => <ProgressionMatrix framework={realLadders[name]} attribution={false} />;

/** Everything below the second level met, and the first half of its statements: a profile with a gap. */
function midway(framework: Framework): string[] {
  const next = framework.levels[1]?.statements ?? [];
  return [
    ...framework.allLevels,
    ...(framework.levels[0]?.statements ?? []),
    ...next.slice(0, Math.ceil(next.length / 2)),
  ].map((statement) => statement.id);
}

const profileOf = (name: RealLadder) => () => (
  <AreaProfile framework={realLadders[name]} checked={midway(realLadders[name])} headingLevel={HEADING_LEVEL} />
);

/** A rung's list item: its id is the level's (no `idPrefix` here). */
function rungOf(canvasElement: HTMLElement, level: Level): HTMLElement {
  const rung = canvasElement.querySelector<HTMLElement>(`[id="${level.id}"]`);
  if (!rung) throw new Error(`No rung for ${level.label}`);
  return rung;
}

/** "Delivery, 3 statements": an area's heading, as the ladder writes it (count in English). */
const areaHeading = (label: string, count: number) => `${label}, ${count} ${count === 1 ? "statement" : "statements"}`;

/**
 * An open rung groups its statements under a heading per area, one level below the rung's,
 * in the framework's area order, each with its count; the statements of no area come first
 * with no heading.
 */
async function expectAreaGroups(framework: Framework, level: Level, canvasElement: HTMLElement) {
  const rung = within(rungOf(canvasElement, level));
  await expect(rungOf(canvasElement, level).querySelector("button[aria-expanded]")).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  const expected = framework.areas
    .map((area) => [area.label, level.statements.filter((statement) => statement.area === area.key).length] as const)
    .filter(([, count]) => count > 0)
    .map(([label, count]) => areaHeading(label, count));
  const headings = rung.getAllByRole("heading", { level: HEADING_LEVEL + 1 });
  await expect(headings.map((heading) => heading.textContent)).toEqual(expected);
  for (const heading of headings) await expect(heading).toBeVisible();
  await expect(rungOf(canvasElement, level).querySelectorAll(".rungs-card")).toHaveLength(level.statements.length);
}

/**
 * The matrix keeps each area's rows together in a row group, headed by the area's name
 * across the table (`th scope="rowgroup"`), in the framework's order; rows of no area last,
 * under "Other". The statements expected at every level come first, a group of their own.
 */
async function expectRowGroups(framework: Framework, canvasElement: HTMLElement) {
  const table = within(canvasElement).getByRole("table");
  const rows = alignThemes(framework).rows;
  const expected = [
    ...(framework.allLevels.length > 0 ? ["Expected at every level"] : []),
    ...framework.areas.filter((area) => rows.some((row) => row.area === area.key)).map((area) => area.label),
    ...(rows.some((row) => row.area === undefined) ? ["Other"] : []),
  ];
  const headers = [...table.querySelectorAll<HTMLTableCellElement>("tbody > tr > th[scope='rowgroup']")];
  await expect(headers.map((header) => header.textContent)).toEqual(expected);
  // One body per group: its header row first, then that group's rows only.
  await expect(table.querySelectorAll("tbody")).toHaveLength(expected.length);
  for (const header of headers) await expect(header.colSpan).toBe(framework.levels.length + 1);
  await expect(within(table).getAllByRole("columnheader")).toHaveLength(framework.levels.length + 1);
}

/** The profile: a radar for 3 to 10 areas, and its table, a row per area in the framework's order. */
async function expectProfile(framework: Framework, canvasElement: HTMLElement) {
  const profile = within(canvasElement).getByRole("region", { name: "Where you stand by area" });
  const rows = assessAreas(framework, assessFramework(framework, midway(framework))).areas;
  const chart = profile.querySelector(".rungs-profile__chart") as SVGSVGElement;
  await expect(chart).toHaveAttribute("data-shape", rows.length >= 3 && rows.length <= 10 ? "radar" : "bars");
  await expect(chart.getBoundingClientRect().width).toBeGreaterThan(100);
  const table = within(profile).getByRole("table", { name: "Statements met in each area" });
  await expect(
    within(table)
      .getAllByRole("rowheader")
      .map((cell) => cell.textContent),
  ).toEqual(rows.map((area) => area?.label ?? "Other statements"));
  const [reached, target] = [framework.levels[0], framework.levels[1]];
  await expect(within(table).getByRole("columnheader", { name: `${reached?.label} (you are here)` })).toBeVisible();
  await expect(within(table).getByRole("columnheader", { name: `${target?.label} (target)` })).toBeVisible();
}

// Sourcegraph's product ladder: four areas, statements expected at every level, cumulative.

const { sourcegraph, jorgef, postman, danscratch, infracloud } = realLadders;

/**
 * The every-level statements once, before the rungs, under "Expected at every level" and
 * grouped by area; IC3 open, its statements under their areas and a link down to IC2 (the
 * levels are cumulative).
 */
export const SourcegraphLadder: Story = {
  name: "Sourcegraph product: ladder",
  render: ladderOf("sourcegraph", (framework) => framework.levels[1]),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [ic2, ic3] = sourcegraph.levels as [Level, Level];
    await expectAreaGroups(sourcegraph, ic3, canvasElement);
    const everyLevel = canvas.getByRole("heading", { level: HEADING_LEVEL, name: /^Expected at every level/ });
    await expect(everyLevel).toHaveTextContent(`${sourcegraph.allLevels.length} statements`);
    const includes = within(rungOf(canvasElement, ic3)).getByRole("link", { name: ic2.label });
    await expect(includes.closest("p")).toHaveTextContent(`Includes everything expected at ${ic2.label}.`);
  },
};

export const SourcegraphMatrix: Story = {
  name: "Sourcegraph product: matrix",
  render: matrixOf("sourcegraph"),
  play: async ({ canvasElement }) => expectRowGroups(sourcegraph, canvasElement),
};

export const SourcegraphProfile: Story = {
  name: "Sourcegraph product: area profile",
  render: profileOf("sourcegraph"),
  play: async ({ canvasElement }) => expectProfile(sourcegraph, canvasElement),
};

// Jorge Fernández's engineering ladders: four tracks (the first, Developer, shown), five areas, proficiency.

/** Developer 1 open: its statements under their areas, each with its proficiency as the author labels it. */
export const JorgefLadder: Story = {
  name: "Engineering ladders (jorgef): ladder",
  render: ladderOf("jorgef", (framework) => framework.levels[0]),
  play: async ({ canvasElement }) => {
    const level = jorgef.levels[0] as Level;
    await expectAreaGroups(jorgef, level, canvasElement);
    const labels = within(rungOf(canvasElement, level)).getAllByText(/^Proficiency: /);
    await expect(labels.map((label) => label.textContent?.replace(/,\s*$/, ""))).toEqual(
      level.statements.map((statement) => `Proficiency: ${statement.proficiency}`),
    );
  },
};

export const JorgefMatrix: Story = {
  name: "Engineering ladders (jorgef): matrix",
  render: matrixOf("jorgef"),
  play: async ({ canvasElement }) => expectRowGroups(jorgef, canvasElement),
};

export const JorgefProfile: Story = {
  name: "Engineering ladders (jorgef): area profile",
  render: profileOf("jorgef"),
  play: async ({ canvasElement }) => expectProfile(jorgef, canvasElement),
};

// Postman's open source ladders: two tracks of six levels (the first shown), level descriptions and details, no areas.

/** Senior OSPO engineer open: its description and its labelled details (a description list) under the rung's header. */
export const PostmanLadder: Story = {
  name: "Postman open source ladders: ladder",
  render: ladderOf("postman", (framework) => framework.levels[2]),
  play: async ({ canvasElement }) => {
    const level = postman.levels[2] as Level;
    const rung = within(rungOf(canvasElement, level));
    // No areas: one list per rung, no area headings.
    await expect(rung.queryAllByRole("heading", { level: HEADING_LEVEL + 1 })).toHaveLength(0);
    const firstParagraph = level.description?.split("\n\n")[0] ?? "";
    await expect(rung.getByText(firstParagraph)).toBeVisible();
    const terms = [...rungOf(canvasElement, level).querySelectorAll("dl.rungs-rung__details dt")];
    await expect(terms.map((term) => term.textContent)).toEqual(level.details?.map((detail) => detail.label));
  },
};

/** No statement subjects to align: the matrix lists each level's statements, with no row groups. */
export const PostmanMatrix: Story = {
  name: "Postman open source ladders: matrix",
  render: matrixOf("postman"),
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table");
    await expect(canvasElement.querySelector(".rungs-matrix")).toHaveAttribute("data-mode", "levels");
    await expect(within(table).getAllByRole("columnheader")).toHaveLength(postman.levels.length);
    await expect(table.querySelector("th[scope='rowgroup']")).toBeNull();
  },
};

// danscratch's career ladder: six levels, seven areas. (Postman's ladders have no areas, so no area profile.)

export const DanscratchLadder: Story = {
  name: "Career ladder (danscratch): ladder",
  render: ladderOf("danscratch", (framework) => framework.levels[3]),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole("heading", { level: HEADING_LEVEL })).toHaveLength(
      danscratch.levels.length,
    );
    await expectAreaGroups(danscratch, danscratch.levels[3] as Level, canvasElement);
  },
};

export const DanscratchMatrix: Story = {
  name: "Career ladder (danscratch): matrix",
  render: matrixOf("danscratch"),
  play: async ({ canvasElement }) => expectRowGroups(danscratch, canvasElement),
};

export const DanscratchProfile: Story = {
  name: "Career ladder (danscratch): area profile",
  render: profileOf("danscratch"),
  play: async ({ canvasElement }) => expectProfile(danscratch, canvasElement),
};

// InfraCloud's engineering ladder: five levels, six areas, statements with examples.

const withExamples = infracloud.levels.flatMap((level) => level.statements).find((statement) => statement.examples);

/**
 * The rung of the first statement with examples open: its examples in a native disclosure,
 * closed, in the tab order. Its summary's activation (what Enter and Space do, and a click)
 * opens and closes it. The browser's own keys on it, and find-in-page, are checked with real
 * key presses in tests/browser/ladder-examples.test.ts: a play function's keys are events a
 * script makes, which never trigger a `<summary>`'s default action.
 */
export const InfracloudLadder: Story = {
  name: "InfraCloud engineering: ladder",
  render: ladderOf("infracloud", (framework) => framework.levels.find((level) => level.key === withExamples?.levelKey)),
  play: async ({ canvasElement }) => {
    if (!withExamples?.examples?.[0]) throw new Error("InfraCloud has no examples");
    const level = infracloud.levels.find((candidate) => candidate.key === withExamples.levelKey) as Level;
    await expectAreaGroups(infracloud, level, canvasElement);
    const card = canvasElement.querySelector(`[id="${withExamples.id}"]`) as HTMLElement;
    const details = card.querySelector("details") as HTMLDetailsElement;
    const summary = within(card).getByText(`${withExamples.examples.length} examples`);
    const example = within(card).getByText(withExamples.examples[0]);
    await expect(example).not.toBeVisible();
    // Reached by Tab from what comes before it: the summary is focusable, no tabindex needed.
    const focusable = [...canvasElement.querySelectorAll<HTMLElement>("a[href], button, summary")];
    focusable[focusable.indexOf(summary) - 1]?.focus();
    await userEvent.tab();
    await expect(summary).toHaveFocus();
    await userEvent.click(summary);
    await expect(details.open).toBe(true);
    await expect(example).toBeVisible();
    // Examples illustrate: the statement's text stays outside the disclosure.
    await expect(details.textContent).not.toContain(withExamples.description);
    await userEvent.click(summary);
    await expect(details.open).toBe(false);
  },
};

export const InfracloudMatrix: Story = {
  name: "InfraCloud engineering: matrix",
  render: matrixOf("infracloud"),
  play: async ({ canvasElement }) => expectRowGroups(infracloud, canvasElement),
};

export const InfracloudProfile: Story = {
  name: "InfraCloud engineering: area profile",
  render: profileOf("infracloud"),
  play: async ({ canvasElement }) => expectProfile(infracloud, canvasElement),
};

// Tracks: a switcher and a ladder whose `track` follows it, on one page.

/** The prefix of the tracks stories' ids: the switcher's links and the ladder's rungs agree on it. */
const TRACKS_PREFIX = "tracks-";

/**
 * One page, the track in the URL's hash: `TrackSwitcher`'s default links are
 * `#tracks-<track id>`, and the ladder calls `onTrackChange` when the hash names another
 * track or one of its levels (a level's id starts with its track's id), so a switcher's
 * link, an equivalent level's link and a shared link all land on the right track and rung.
 */
function TracksPage({ name }: { name: RealLadder }) {
  const framework = realLadders[name];
  const [track, setTrack] = useState<string | undefined>(undefined);
  return (
    <div style={{ display: "grid", gap: "1rem" }}>
      <TrackSwitcher framework={framework} track={track} idPrefix={TRACKS_PREFIX} />
      <LevelLadder
        framework={framework}
        track={track}
        onTrackChange={setTrack}
        idPrefix={TRACKS_PREFIX}
        headingLevel={HEADING_LEVEL}
        attribution={false}
      />
    </div>
  );
}

/**
 * Follows a link within the page as the browser does (the hash changes, then "hashchange"),
 * without navigating the test runner's frame, then puts the URL back. Real clicks and Enter
 * on these links: tests/browser/track-links.test.tsx.
 */
async function follow(link: HTMLElement, then: () => Promise<void>) {
  const before = window.location.href;
  try {
    window.history.replaceState(null, "", link.getAttribute("href"));
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    await then();
  } finally {
    window.history.replaceState(null, "", before);
  }
}

/** The switcher's links, by track label, and which one is current. */
function switcherOf(canvasElement: HTMLElement, framework: Framework) {
  const nav = within(canvasElement).getByRole("navigation", { name: `${framework.occupation.title}: tracks` });
  const links = within(nav).getAllByRole("link");
  return { links, current: () => links.filter((link) => link.hasAttribute("aria-current")) };
}

/** The labels of the rungs shown, in order. */
const rungLabels = (canvasElement: HTMLElement) =>
  within(canvasElement)
    .getAllByRole("heading", { level: HEADING_LEVEL })
    .map((heading) => heading.textContent ?? "");

/**
 * Four tracks (Developer first). A switcher link shows another track's rungs; a rung's
 * "Equivalent to" line links to the same level of another track, which opens there.
 */
export const JorgefTracks: Story = {
  name: "Engineering ladders (jorgef): tracks",
  render: () => <TracksPage name="jorgef" />,
  play: async ({ canvasElement }) => {
    const [developer, techLead] = jorgef.tracks;
    const tl4 = techLead?.levels[0];
    const d4 = developer?.levels.find((level) =>
      tl4?.equivalents?.some((equivalent) => equivalent.level === level.key),
    );
    if (!developer || !techLead || !tl4 || !d4) throw new Error("jorgef's TL4 has no equivalent Developer level");
    const switcher = () => switcherOf(canvasElement, jorgef);
    const rungOfId = (level: Level) => canvasElement.querySelector<HTMLElement>(`[id="${TRACKS_PREFIX}${level.id}"]`);
    await expect(switcher().links.map((link) => link.textContent)).toEqual(
      jorgef.tracks.map((track) => `${track.label}, ${track.levels.length} levels`),
    );
    await expect(switcher().current()).toHaveLength(1);
    await expect(switcher().links[0]).toHaveAttribute("aria-current", "true");
    await expect(rungLabels(canvasElement)[0]).toContain(developer.levels[0]?.label);
    // The Tech Lead track, by its link: its rungs, and the link marked current.
    await follow(switcher().links[1] as HTMLElement, async () => {
      await waitFor(() => expect(rungLabels(canvasElement)).toHaveLength(techLead.levels.length));
      await expect(rungLabels(canvasElement)[0]).toContain(tl4.label);
      await expect(switcher().current()[0]).toHaveTextContent(techLead.label);
      // TL4's equivalents: "Equivalent to", then a line per other track, each a link to that level.
      const rung = rungOfId(tl4) as HTMLElement;
      await userEvent.click(rung.querySelector("button[aria-expanded]") as HTMLElement);
      const equivalents = rung.querySelector(".rungs-rung__equivalents") as HTMLElement;
      await expect(equivalents).toBeVisible();
      await expect(within(equivalents).getByText("Equivalent to").tagName).toBe("DT");
      await expect(equivalents.querySelectorAll("dd")).toHaveLength(tl4.equivalents?.length ?? -1);
      const toD4 = within(equivalents).getByRole("link", { name: d4.label });
      await expect(toD4.closest("dd")).toHaveTextContent(`${d4.label}, ${developer.label} track`);
      await expect(toD4).toHaveAttribute("href", `#${TRACKS_PREFIX}${d4.id}`);
      // Following it lands on the Developer track with D4 open.
      await follow(toD4, async () => {
        await waitFor(() =>
          expect(rungOfId(d4)?.querySelector("button[aria-expanded]")).toHaveAttribute("aria-expanded", "true"),
        );
        await expect(switcher().current()[0]).toHaveTextContent(developer.label);
      });
    });
  },
};

/** Two tracks of six levels with no equivalents: the switcher shows the other track's levels and their descriptions. */
export const PostmanTracks: Story = {
  name: "Postman open source ladders: tracks",
  render: () => <TracksPage name="postman" />,
  play: async ({ canvasElement }) => {
    const [first, second] = postman.tracks;
    if (!first || !second) throw new Error("Postman has fewer than two tracks");
    const switcher = switcherOf(canvasElement, postman);
    await expect(switcher.links).toHaveLength(2);
    await expect(switcher.current()[0]).toHaveTextContent(first.label);
    await expect(rungLabels(canvasElement)[0]).toContain(first.levels[0]?.label);
    await follow(switcher.links[1] as HTMLElement, async () => {
      await waitFor(() => expect(rungLabels(canvasElement)[0]).toContain(second.levels[0]?.label));
      await expect(switcherOf(canvasElement, postman).current()[0]).toHaveTextContent(second.label);
      await expect(canvasElement.querySelector(".rungs-rung__equivalents")).toBeNull();
    });
  },
};
