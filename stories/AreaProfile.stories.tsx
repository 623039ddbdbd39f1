import { AreaProfile } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { frameworkArgType, REAL_LADDERS, realLadders } from "./seeds";

const SOURCEGRAPH = REAL_LADDERS.sourcegraph;
const INFRACLOUD = REAL_LADDERS.infracloud;
const { sourcegraph, infracloud } = realLadders;

/** The lowest level met (its own and the every-level statements), and the first half of the next level's statements. */
function midway(framework: typeof sourcegraph): string[] {
  const next = framework.levels[1]?.statements ?? [];
  return [
    ...framework.allLevels,
    ...(framework.levels[0]?.statements ?? []),
    ...next.slice(0, Math.ceil(next.length / 2)),
  ].map((statement) => statement.id);
}

/**
 * Where a person stands area by area (format 1.1 `areas`): the share of each area's
 * statements met at the level reached (solid, round markers) against the target (dashed,
 * square markers). A radar for 3 to 10 areas, bars otherwise, drawn on the server; the
 * table under it holds every number and is what a screen reader reads. See Docs / Area
 * profile for why it looks the way it does.
 */
const meta = {
  title: "Components/AreaProfile",
  component: AreaProfile,
  args: { framework: SOURCEGRAPH, checked: midway(sourcegraph) },
  argTypes: {
    framework: frameworkArgType,
    checked: { control: "object" },
    targetLevel: { control: "text" },
    track: { control: "text" },
    threshold: { control: { type: "range", min: 0.1, max: 1, step: 0.1 } },
    headingLevel: { control: "select", options: [2, 3, 4, 5, 6] },
    assessment: { control: false },
    labels: { control: "object" },
  },
} satisfies Meta<typeof AreaProfile>;

export default meta;
type Story = StoryObj<typeof meta>;

const profileOf = (canvasElement: HTMLElement) =>
  within(canvasElement).getByRole("region", { name: "Where you stand by area" });

/** Sourcegraph's product ladder: four areas, IC2 reached, half of IC3 checked. */
export const Sourcegraph: Story = {
  name: "Four areas (Sourcegraph)",
  play: async ({ canvasElement }) => {
    const profile = profileOf(canvasElement);
    const chart = profile.querySelector(".rungs-profile__chart") as SVGSVGElement;
    await expect(chart).toHaveAttribute("data-shape", "radar");
    await expect(chart).toHaveAttribute("aria-hidden", "true");
    // The chart is drawn: it has a size on the page, and two shapes over four axes.
    await expect(chart.getBoundingClientRect().width).toBeGreaterThan(100);
    await expect(chart.querySelectorAll(".rungs-profile__series")).toHaveLength(2);
    const table = within(profile).getByRole("table", { name: "Statements met in each area" });
    await expect(
      within(table)
        .getAllByRole("rowheader")
        .map((cell) => cell.textContent),
    ).toEqual(sourcegraph.areas.map((area) => area.label));
    await expect(within(table).getByRole("columnheader", { name: "IC3 (target)" })).toBeVisible();
  },
};

/** InfraCloud's engineering ladder: six areas with long names, wrapped in the chart, whole in the table. */
export const InfraCloud: Story = {
  name: "Six areas (InfraCloud)",
  args: { framework: INFRACLOUD, checked: midway(infracloud) },
  play: async ({ canvasElement }) => {
    const profile = profileOf(canvasElement);
    await expect(profile.querySelectorAll(".rungs-profile__chart polygon.rungs-profile__area")).toHaveLength(2);
    await expect(within(profile).getAllByRole("rowheader")).toHaveLength(infracloud.areas.length);
  },
};

/** Nothing checked yet: the target's shape alone, and the legend says no level is reached. */
export const NothingChecked: Story = {
  name: "Nothing checked",
  args: { checked: [] },
  play: async ({ canvasElement }) => {
    const profile = profileOf(canvasElement);
    await expect(profile.querySelectorAll(".rungs-profile__chart .rungs-profile__series")).toHaveLength(1);
    await expect(within(profile).getByText("No level reached yet")).toBeVisible();
  },
};

/** A designer's ladder with two areas, Junior met and one of Senior's two Craft statements checked. */
const twoAreas = {
  framework: JSON.stringify({
    schemaVersion: "1.1",
    occupation: { title: "Designer" },
    framework: {
      areas: { craft: { label: "Craft" }, collaboration: { label: "Collaboration" } },
      levels: {
        junior: {
          label: "Junior",
          statements: [
            { text: "Layout — lays out screens from a brief.", area: "craft", id: "layout" },
            { text: "Critique — takes part in critiques.", area: "collaboration", id: "critique" },
          ],
        },
        senior: {
          label: "Senior",
          statements: [
            { text: "Systems — extends the design system.", area: "craft", id: "systems" },
            { text: "Research — plans user research.", area: "craft", id: "research" },
            { text: "Mentoring — mentors juniors.", area: "collaboration", id: "mentoring" },
          ],
        },
      },
    },
    attribution: "Example",
  }),
  checked: ["layout", "critique", "systems"],
};

/** Two areas: a radar would be a line, so bars, the level reached above the target for each area. */
export const Bars: Story = {
  name: "Two areas: bars",
  args: twoAreas,
  play: async ({ canvasElement }) => {
    const profile = profileOf(canvasElement);
    await expect(profile.querySelector(".rungs-profile__chart")).toHaveAttribute("data-shape", "bars");
    await expect(within(profile).getByRole("row", { name: /Craft/ })).toHaveTextContent("1 of 2 (50%)");
  },
};

/** Bars right to left: they grow from the right and their names end there. */
export const BarsRightToLeft: Story = {
  name: "Two areas: bars, right to left",
  args: twoAreas,
  globals: { dir: "rtl" },
  play: async ({ canvasElement }) => {
    const chart = profileOf(canvasElement).querySelector(".rungs-profile__chart") as SVGSVGElement;
    const right = chart.getBoundingClientRect().right;
    const [track, bar] = chart.querySelectorAll(".rungs-profile__track, .rungs-profile__bar");
    const name = chart.querySelector(".rungs-profile__name") as SVGTextElement;
    // Craft: the level reached is met in full, the bar spans the track, both from the right edge.
    await expect(Math.abs((track?.getBoundingClientRect().right ?? 0) - right)).toBeLessThan(2);
    await expect(Math.abs((bar?.getBoundingClientRect().right ?? 0) - right)).toBeLessThan(2);
    await expect(Math.abs(name.getBoundingClientRect().right - right)).toBeLessThan(2);
    // The target's bar (half met) starts at the right edge too.
    const target = chart.querySelector('[data-series="target"] .rungs-profile__bar') as SVGRectElement;
    const box = target.getBoundingClientRect();
    await expect(Math.abs(box.right - right)).toBeLessThan(2);
    await expect(box.left).toBeGreaterThan(
      chart.getBoundingClientRect().left + chart.getBoundingClientRect().width / 3,
    );
  },
};

/** A framework without areas (every 1.0 file) has no profile: nothing is rendered. */
export const WithoutAreas: Story = {
  name: "Without areas: nothing",
  args: { framework: "17-3024.00.json", checked: [] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".rungs-profile")).toBeNull();
  },
};

/** Right to left: the table and legend follow the page; the chart's names keep their own direction. */
export const RightToLeft: Story = {
  name: "Right to left",
  globals: { dir: "rtl" },
  play: async ({ canvasElement }) => {
    const profile = profileOf(canvasElement);
    await expect(getComputedStyle(profile).direction).toBe("rtl");
    // The caption starts at the right edge; the chart keeps its drawing (names anchored by their place on it).
    const caption = within(profile).getByText("Statements met in each area");
    await expect(getComputedStyle(caption).textAlign).toBe("start");
    await expect(profile.querySelector(".rungs-profile__chart")).toHaveAttribute("direction", "ltr");
  },
};

/** The default theme in the dark scheme (the contrast test also runs this story in dark). */
export const Dark: Story = {
  name: "Dark scheme",
  globals: { theme: "dark" },
  args: { framework: INFRACLOUD, checked: midway(infracloud) },
  play: async ({ canvasElement }) => {
    const profile = profileOf(canvasElement);
    await expect(profile.querySelector(".rungs-profile__chart")).toHaveAttribute("data-shape", "radar");
  },
};
