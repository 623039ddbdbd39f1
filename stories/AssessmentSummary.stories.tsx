import { decodeAssessment } from "@rungs/core";
// Until the package's index and styles.css list them (see the report to the lead).
import { AssessmentResult, AssessmentSummary } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { frameworkArgType, REAL_LADDERS, realLadders, SEED_FILE, seed } from "./seeds";

const levelKeys = seed.levels.map((level) => level.key);
const idsOf = (key: string) => seed.levels.find((level) => level.key === key)?.statements.map((s) => s.id) ?? [];
const emerging = idsOf("emerging");
const midway = [...emerging, ...idsOf("developing").slice(0, 7)];
const SHARE_URL = "https://careers.example/occupations/electro-mechanical-technician";

/**
 * Where a self-assessment puts a person: the level reached, every level's progress in words
 * with a bar, and the gap to the target level by theme. Here rendered from `framework` +
 * `checked`, as a server component shows a saved result; in a page it usually takes
 * `useAssessment`'s state (see Features / Self-assessment).
 */
const meta = {
  title: "Components/AssessmentSummary",
  component: AssessmentSummary,
  args: { framework: SEED_FILE, checked: midway, targetLevel: "proficient", shareUrl: SHARE_URL },
  argTypes: {
    framework: frameworkArgType,
    checked: { control: "object" },
    targetLevel: { control: "select", options: [undefined, ...levelKeys] },
    threshold: { control: { type: "range", min: 0.1, max: 1, step: 0.1 } },
    headingLevel: { control: "select", options: [2, 3, 4, 5, 6] },
    assessment: { control: false },
    labels: { control: "object" },
  },
} satisfies Meta<typeof AssessmentSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

const summaryOf = (canvasElement: HTMLElement) => within(canvasElement).getByRole("region", { name: "Your result" });

/** Puts a clipboard in the page for one story, and takes it away after. */
function withClipboard(writeText: (text: string) => Promise<void>) {
  return () => {
    const before = Object.getOwnPropertyDescriptor(navigator, "clipboard");
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    return () => {
      if (before) Object.defineProperty(navigator, "clipboard", before);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    };
  };
}

/** Nothing checked yet: the summary says what to do, and has nothing to share. */
export const Empty: Story = {
  args: { checked: [], targetLevel: undefined },
  play: async ({ canvasElement }) => {
    const summary = within(summaryOf(canvasElement));
    await expect(summary.getByText("No level yet")).toBeVisible();
    await expect(summary.getByText("Check the statements you do to see your level.")).toBeVisible();
    await expect(summary.queryByRole("button")).toBeNull();
  },
};

/** Emerging met, Developing 7 of 10, aiming at Proficient: the gap lists 13 statements by theme. */
export const Midway: Story = {
  play: async ({ canvasElement }) => {
    const summary = within(summaryOf(canvasElement));
    await expect(summary.getByText("Emerging", { selector: "strong" })).toBeVisible();
    await expect(summary.getByText("7 of 10 met")).toBeVisible();
    await expect(summary.getByRole("heading", { name: "13 statements to reach Proficient" })).toBeVisible();
  },
};

/**
 * `AssessmentResult`: the same summary without its buttons, for a saved result on a page
 * that ships no JavaScript (a server component whose module imports no client module).
 */
export const WithoutButtons: Story = {
  render: ({ shareUrl: _shareUrl, onShare: _onShare, onReset: _onReset, ...args }) => <AssessmentResult {...args} />,
  play: async ({ canvasElement }) => {
    const summary = within(summaryOf(canvasElement));
    await expect(summary.getByText("7 of 10 met")).toBeVisible();
    await expect(summary.queryByRole("button")).toBeNull();
  },
};

const writeText = fn(async (_text: string) => {});

/** "Copy link" writes the link to the clipboard (mocked here) and says so in a live region. */
export const CopyLink: Story = {
  name: "Copy the link",
  beforeEach: withClipboard(writeText),
  play: async ({ canvasElement }) => {
    writeText.mockClear();
    const summary = within(summaryOf(canvasElement));
    await userEvent.click(summary.getByRole("button", { name: "Copy link to this result" }));
    await expect(writeText).toHaveBeenCalledOnce();
    const link = new URL(writeText.mock.calls[0]?.[0] ?? "");
    await expect(decodeAssessment(seed, link.searchParams.get("assessment") ?? "")).toEqual({
      ok: true,
      checked: new Set(midway),
    });
    await expect(summary.getByRole("status")).toHaveTextContent("Link copied to the clipboard.");
  },
};

/** Without a usable clipboard the link appears in a read-only field, focused, to copy by hand. */
export const ClipboardRefused: Story = {
  name: "Clipboard refused",
  beforeEach: withClipboard(() => Promise.reject(new DOMException("Refused", "NotAllowedError"))),
  play: async ({ canvasElement }) => {
    const summary = within(summaryOf(canvasElement));
    await userEvent.click(summary.getByRole("button", { name: "Copy link to this result" }));
    const field = summary.getByRole("textbox", { name: "Link to this result" });
    await expect(field).toHaveFocus();
    await expect((field as HTMLInputElement).value.startsWith(`${SHARE_URL}?assessment=`)).toBe(true);
    await expect(summary.getByRole("status")).toHaveTextContent("could not be copied");
  },
};

/** A host's `onShare` (a share sheet, its own dialog) replaces the clipboard. */
export const HostShare: Story = {
  name: "Shared by the host",
  args: { onShare: fn() },
  play: async ({ canvasElement, args }) => {
    const summary = within(summaryOf(canvasElement));
    await userEvent.click(summary.getByRole("button", { name: "Copy link to this result" }));
    await expect(args.onShare).toHaveBeenCalledWith(expect.stringContaining("?assessment="), expect.any(String));
  },
};

/** With a name and a date from the host: print this story (or emulate print) for a one-page plan. */
export const DevelopmentPlan: Story = {
  name: "Development plan (print)",
  args: { name: "Ada Lovelace", date: "27 November 2026", onReset: fn() },
  play: async ({ canvasElement }) => {
    const summary = within(summaryOf(canvasElement));
    await expect(summary.getByText("Development plan for Ada Lovelace")).toBeVisible();
    await expect(summary.getByText("Date: 27 November 2026")).toBeVisible();
  },
};

/** Right to left: the bars fill from the right, the level's border is on the right. */
export const RightToLeft: Story = {
  name: "Right to left",
  args: { dir: "rtl", labels: { locale: "ar" } },
  play: async ({ canvasElement }) => {
    await expect(summaryOf(canvasElement)).toHaveAttribute("dir", "rtl");
  },
};

const SOURCEGRAPH = REAL_LADDERS.sourcegraph;
const sourcegraph = realLadders.sourcegraph;
/** IC2 met (its own and the every-level statements) and the first three IC3 statements. */
const sourcegraphMidway = [
  ...sourcegraph.allLevels,
  ...(sourcegraph.levels[0]?.statements ?? []),
  ...(sourcegraph.levels[1]?.statements.slice(0, 3) ?? []),
].map((statement) => statement.id);

/**
 * (1.1) A real ladder with areas (Sourcegraph's): the gap grouped by area in the author's
 * order, each area's themes inside, and with `areaProfile` the chart of where you stand.
 */
export const ByArea: Story = {
  name: "By area, with the profile (Sourcegraph)",
  args: { framework: SOURCEGRAPH, checked: sourcegraphMidway, targetLevel: undefined, areaProfile: true },
  play: async ({ canvasElement }) => {
    const summary = within(summaryOf(canvasElement));
    const profile = summary.getByRole("region", { name: "Where you stand by area" });
    await expect(profile.querySelector(".rungs-profile__chart")).toHaveAttribute("data-shape", "radar");
    const areaHeadings = summary.getAllByRole("heading", { level: 4 }).map((heading) => heading.textContent ?? "");
    const inOrder = sourcegraph.areas
      .map((area) => area.label)
      .filter((label) => areaHeadings.some((h) => h.startsWith(label)));
    await expect(areaHeadings.map((heading) => heading.replace(/ \(.*$/, ""))).toEqual(inOrder);
  },
};

/** The same in the default theme's dark scheme (the contrast test runs it too). */
export const ByAreaDark: Story = {
  name: "By area, dark",
  globals: { theme: "dark" },
  args: { framework: SOURCEGRAPH, checked: sourcegraphMidway, targetLevel: undefined, areaProfile: true },
};
