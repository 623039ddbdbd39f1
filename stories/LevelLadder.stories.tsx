import { levelSteps } from "@rungs/core";
import { LevelLadder, type LevelLadderProps, useAssessment } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { type CSSProperties, useState } from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { frameworkArgType, frameworkOf, REAL_LADDERS, realLadders, SEED_FILE, seed } from "./seeds";

const levelKeys = seed.levels.map((level) => level.key);

const meta = {
  title: "Components/LevelLadder",
  component: LevelLadder,
  args: {
    framework: SEED_FILE,
    direction: "ascending",
    type: "multiple",
    headingLevel: 3,
    attribution: true,
    onValueChange: fn(),
  },
  argTypes: {
    framework: frameworkArgType,
    currentLevel: { control: "select", options: [undefined, ...levelKeys] },
    targetLevel: { control: "select", options: [undefined, ...levelKeys] },
    direction: { control: "inline-radio", options: ["ascending", "descending"] },
    type: { control: "inline-radio", options: ["multiple", "single"] },
    headingLevel: { control: "select", options: [2, 3, 4, 5, 6] },
    value: { control: "object" },
    defaultValue: { control: "object" },
    labels: { control: "object" },
    query: { control: "text", description: "Search: all words must match; case and accents are ignored." },
    idPrefix: { control: "text" },
    assessment: { control: false },
    levelSteps: { control: false },
  },
} satisfies Meta<typeof LevelLadder>;

export default meta;
type Story = StoryObj<typeof meta>;

const rung = (canvas: ReturnType<typeof within>, label: string) =>
  canvas.getByRole("button", { name: new RegExp(`^${label}`) });

/** The seed framework: four levels, ten statements each. */
export const Seed: Story = {};

export const OpenWithMouse: Story = {
  name: "Open a rung with the mouse",
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const developing = rung(canvas, "Developing");
    await expect(developing).toHaveAttribute("aria-expanded", "false");
    await expect(canvas.getByText("Equipment malfunctions")).not.toBeVisible();
    await userEvent.click(developing);
    await expect(developing).toHaveAttribute("aria-expanded", "true");
    await expect(canvas.getByText("Equipment malfunctions")).toBeVisible();
    await expect(args.onValueChange).toHaveBeenLastCalledWith(["developing"]);
    await userEvent.click(developing);
    await expect(canvas.getByText("Equipment malfunctions")).not.toBeVisible();
  },
};

export const OpenWithKeyboard: Story = {
  name: "Open a rung with the keyboard",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(rung(canvas, "Emerging")).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}");
    await expect(rung(canvas, "Developing")).toHaveFocus();
    await userEvent.keyboard("{End}");
    await expect(rung(canvas, "Advanced")).toHaveFocus();
    await userEvent.keyboard("{ArrowUp}");
    await expect(rung(canvas, "Proficient")).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(rung(canvas, "Proficient")).toHaveAttribute("aria-expanded", "true");
    await expect(canvas.getByText("Systems evaluation")).toBeVisible();
    await userEvent.keyboard("{Home}");
    await expect(rung(canvas, "Emerging")).toHaveFocus();
  },
};

export const CurrentAndTarget: Story = {
  name: "Current and target levels",
  args: { currentLevel: "developing", targetLevel: "advanced", defaultValue: ["developing"] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(rung(canvas, "Developing")).toHaveTextContent("You are here");
    await expect(rung(canvas, "Proficient")).toHaveTextContent("On your path");
    await expect(rung(canvas, "Advanced")).toHaveTextContent("Target");
  },
};

/** `query` filters each rung to the matching statements, marks the words, and opens those rungs. */
export const Search: Story = {
  args: { query: "oscilloscopes voltmeters" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(rung(canvas, "Emerging")).toHaveAttribute("aria-expanded", "true");
    await expect(rung(canvas, "Developing")).toHaveAttribute("aria-expanded", "true");
    await expect(rung(canvas, "Advanced")).toHaveAttribute("aria-expanded", "false");
    const marks = [...canvasElement.querySelectorAll("mark")];
    await expect(marks.map((mark) => mark.textContent)).toEqual([
      "oscilloscopes",
      "voltmeters",
      "oscilloscopes",
      "voltmeters",
    ]);
    for (const mark of marks) await expect(mark).toBeVisible();
    await expect(canvasElement.querySelectorAll(".rungs-card")).toHaveLength(2);
    await expect(canvas.getByRole("status")).toHaveTextContent("2 statements match “oscilloscopes voltmeters”.");
    await userEvent.click(rung(canvas, "Advanced"));
    const advanced = within(rung(canvas, "Advanced").closest("li") as HTMLElement);
    await expect(advanced.getByText("No statement matches.")).toBeVisible();
  },
};

export const SearchWithoutMatch: Story = {
  name: "Search without a match",
  args: { query: "hydraulics" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("status")).toHaveTextContent("No statement matches “hydraulics”.");
    await expect(canvas.getByRole("status")).toBeVisible();
    await expect(canvas.queryAllByRole("button", { expanded: true })).toHaveLength(0);
  },
};

const checkedChange = fn();

/**
 * A self-assessment as a host writes it: the state of `useAssessment`, in one prop; the
 * ladder shows the framework the hook resolved.
 */
function AssessedLadder({ framework = seed, ...props }: LevelLadderProps) {
  return (
    <LevelLadder {...props} assessment={useAssessment(framework, { threshold: 0.5, onCheckedChange: checkedChange })} />
  );
}

/**
 * `assessment={useAssessment(framework)}`: a checkbox per statement, each rung's progress;
 * "You are here" follows. Here with `threshold: 0.5`.
 */
export const Assessable: Story = {
  name: "Self-assessment",
  args: { defaultValue: ["emerging"] },
  render: (args) => <AssessedLadder {...args} />,
  play: async ({ canvasElement }) => {
    checkedChange.mockClear();
    const canvas = within(canvasElement);
    const boxes = within(rung(canvas, "Emerging").closest("li") as HTMLElement).getAllByRole("checkbox");
    for (const box of boxes.slice(0, 5)) await userEvent.click(box);
    await expect(rung(canvas, "Emerging")).toHaveTextContent("5 of 10 met");
    await expect(rung(canvas, "Emerging")).toHaveTextContent("You are here");
    await expect(checkedChange).toHaveBeenCalledTimes(5);
  },
};

/**
 * Linkable: each rung's id is `${idPrefix}${level.id}` and each statement's
 * `${idPrefix}${statement.id}`. `#<id>` in the URL opens that rung on load and whenever the
 * hash changes (a statement's id opens its rung); a linked statement is marked by
 * `:target`. Here `idPrefix="ladder-"`: the link below goes to `#ladder-advanced`.
 */
export const Linkable: Story = {
  name: "Link to a rung",
  args: { idPrefix: "ladder-" },
  render: (args) => (
    <div>
      <p>
        <a href="#ladder-advanced">The Advanced level</a> · <a href="#ladder-developing-3">A Developing statement</a>
      </p>
      <LevelLadder {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector("#ladder-advanced")).toBe(rung(canvas, "Advanced").closest("li"));
    // Follows the links as the browser does (the hash changes, then "hashchange"), without
    // navigating the test runner's frame; the URL is put back afterwards.
    const before = window.location.href;
    const follow = (hash: string) => {
      window.history.replaceState(null, "", hash);
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    };
    try {
      // React renders the update of an outside event on its own schedule: wait for it.
      follow("#ladder-advanced");
      await waitFor(() => expect(rung(canvas, "Advanced")).toHaveAttribute("aria-expanded", "true"));
      follow("#ladder-developing-3");
      await waitFor(() => expect(rung(canvas, "Developing")).toHaveAttribute("aria-expanded", "true"));
      await expect(canvasElement.querySelector("#ladder-developing-3")).toBeVisible();
    } finally {
      window.history.replaceState(null, "", before);
    }
  },
};

export const SingleOpen: Story = {
  name: "One rung at a time",
  args: { type: "single", defaultValue: "emerging" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(rung(canvas, "Advanced"));
    await expect(rung(canvas, "Emerging")).toHaveAttribute("aria-expanded", "false");
    await expect(rung(canvas, "Advanced")).toHaveAttribute("aria-expanded", "true");
  },
};

function ControlledLadder(props: Parameters<typeof LevelLadder>[0]) {
  const [open, setOpen] = useState<string[]>(["emerging"]);
  return (
    <div>
      <p>
        <button type="button" onClick={() => setOpen(levelKeys)}>
          Open all
        </button>{" "}
        <button type="button" onClick={() => setOpen([])}>
          Close all
        </button>{" "}
        <output aria-label="Open levels">{open.join(", ") || "none"}</output>
      </p>
      <LevelLadder framework={props.framework} type="multiple" value={open} onValueChange={setOpen} />
    </div>
  );
}

/** The host owns which rungs are open: `value` + `onValueChange`. */
export const Controlled: Story = {
  render: (args) => <ControlledLadder {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Open all" }));
    await expect(canvas.getAllByRole("button", { expanded: true })).toHaveLength(4);
    await userEvent.click(rung(canvas, "Developing"));
    await expect(canvas.getByLabelText("Open levels")).toHaveTextContent("emerging, proficient, advanced");
    await userEvent.click(canvas.getByRole("button", { name: "Close all" }));
    await expect(canvas.queryAllByRole("button", { expanded: true })).toHaveLength(0);
  },
};

export const Descending: Story = {
  name: "Highest level on top",
  args: { direction: "descending" },
};

export const RightToLeft: Story = {
  name: "Right to left",
  globals: { dir: "rtl" },
  args: { defaultValue: ["emerging"], currentLevel: "emerging" },
};

export const Dark: Story = {
  globals: { theme: "dark" },
  args: { defaultValue: ["developing"], currentLevel: "developing", targetLevel: "advanced" },
};

/** What print shows: every rung expanded (the print stylesheet does this on paper). */
export const PrintPreview: Story = {
  name: "Print preview",
  args: { value: levelKeys },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Technician teams")).toBeVisible();
    await expect(canvas.getByText("Electromechanical assemblies")).toBeVisible();
  },
};

const longText = `${"Cross-functional, multi-site, safety-critical electromechanical commissioning programmes ".repeat(3)}— ${"coordinate acceptance testing, documentation, regulatory sign-off and operator training across suppliers, ".repeat(6)}without supervision.`;

export const VeryLongStatements: Story = {
  name: "Very long statements",
  args: {
    framework: frameworkOf({ junior: [longText, "Short — a short one."], senior: [longText] }),
    defaultValue: ["junior"],
  },
};

export const EmptyLevel: Story = {
  name: "Empty level",
  args: {
    framework: frameworkOf({
      junior: ["Testing — runs the tests."],
      middle: [],
      senior: ["Testing — designs the tests."],
    }),
    defaultValue: ["middle"],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("No statements at this level.")).toBeVisible();
  },
};

export const InvalidData: Story = {
  name: "Invalid data",
  args: { framework: '{"schemaVersion": "2.0", "framework": {"levels": {"a": {"statements": [42]}}}}' },
  play: async ({ canvasElement }) => {
    // The reader's words; the list of problems (paths such as /schemaVersion) is for
    // developers, shown in development builds only (Storybook defines no NODE_ENV).
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent(
      "This career framework cannot be shown right now.",
    );
  },
};

/** Tokens set by the host on an ancestor reach the component, as custom properties do. */
export const ThemedByHost: Story = {
  name: "Themed by the host",
  args: { currentLevel: "developing" },
  decorators: [
    (Story) => (
      <div
        className="host-theme"
        style={
          {
            "--rungs-radius": "0px",
            "--rungs-font-family": "Georgia, serif",
            "--rungs-color-current-text": "light-dark(#0b5e3f, #7ee2b8)",
          } as CSSProperties
        }
      >
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const developing = rung(within(canvasElement), "Developing");
    const item = developing.closest("li") as HTMLElement;
    await expect(getComputedStyle(item).borderTopLeftRadius).toBe("0px");
    await expect(getComputedStyle(developing).fontFamily).toBe("Georgia, serif");
  },
};

/**
 * What is new at each level: `levelSteps={levelSteps(framework)}` (from `@rungs/core`)
 * marks each statement "New at this level" or "Continues “…”" (the subject of the statement
 * it grows from, one level below), and each rung says how many of each. Off by default.
 */
export const WhatIsNew: Story = {
  name: "What is new at each level",
  args: { levelSteps: levelSteps(seed), defaultValue: ["developing"] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const developing = rung(canvas, "Developing").closest("li") as HTMLElement;
    const steps = levelSteps(seed)[1];
    const summary = `${steps?.newCount} new, ${steps?.continuedCount} continue`;
    await expect(within(developing).getByText(summary)).toBeVisible();
    const badges = [...developing.querySelectorAll(".rungs-step")];
    await expect(badges).toHaveLength(10);
    for (const badge of badges) await expect(badge.textContent).toMatch(/^(New at this level|Continues “.+”),/);
    // The same words as the data: every continuing statement names the one it grows from.
    const continuing = developing.querySelectorAll('[data-step="continues"]');
    await expect(continuing).toHaveLength(steps?.continuedCount ?? -1);
  },
};

// Format 1.1, on real ladders (seeds/<slug>/, converted by the Markdown importer).

const { infracloud: INFRACLOUD, sourcegraph: SOURCEGRAPH, postman: POSTMAN, jorgef: JORGEF } = REAL_LADDERS;
const { infracloud, sourcegraph, postman, jorgef } = realLadders;

/** A rung's panel, found from its button. */
const panelOf = (canvas: ReturnType<typeof within>, label: string) =>
  within(document.getElementById(rung(canvas, `${label}\\W`).getAttribute("aria-controls") ?? "") as HTMLElement);

/**
 * (1.1) Inside a rung, statements grouped under their competency area: a heading one level
 * below the rung's (here 4) with the area's count, in the framework's area order. Statements
 * without an area come first, with no heading; a framework without areas is not grouped.
 * InfraCloud's engineering ladder.
 */
export const Areas: Story = {
  name: "Areas (InfraCloud)",
  args: { framework: INFRACLOUD, defaultValue: [infracloud.levels[0]?.key ?? ""] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const level = infracloud.levels[0];
    if (!level) throw new Error("InfraCloud has no levels");
    const panel = panelOf(canvas, level.label);
    const used = infracloud.areas.filter((area) => level.statements.some((s) => s.area === area.key));
    const headings = panel.getAllByRole("heading", { level: 4 });
    await expect(headings.map((heading) => heading.textContent?.split(",")[0])).toEqual(used.map((a) => a.label));
    for (const heading of headings) await expect(heading).toBeVisible();
    await expect(headings[0]).toHaveTextContent(/\d+ statements?$/);
  },
};

/**
 * (1.1) A level's description (a blank line starts a new paragraph) and its labelled details
 * (a description list), under the rung's header. Postman's open source ladders.
 */
export const LevelDescription: Story = {
  name: "Level description and details (Postman)",
  args: { framework: POSTMAN, defaultValue: [postman.levels[2]?.key ?? ""] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const level = postman.levels[2];
    if (!level?.description || !level.details?.[0]) throw new Error("Postman's third level has no description");
    const panel = panelOf(canvas, level.label);
    await expect(panel.getByText(level.description)).toBeVisible();
    await expect(panel.getByText(level.details[0].label)).toBeVisible();
    await expect(panel.getByText(level.details[0].label).tagName).toBe("DT");
  },
};

const withExamples = infracloud.levels.flatMap((level) => level.statements).find((s) => s.examples);

/**
 * (1.1) A statement's examples (and note) in a native disclosure under it, closed by default:
 * they illustrate and are never expectations (no checkbox in a self-assessment). No
 * JavaScript: the browser opens it by click, Enter or Space, and find-in-page.
 */
export const Examples: Story = {
  name: "Examples (InfraCloud)",
  args: { framework: INFRACLOUD, defaultValue: [withExamples?.levelKey ?? ""] },
  play: async ({ canvasElement }) => {
    if (!withExamples?.examples?.[0]) throw new Error("InfraCloud has no examples");
    const card = within(canvasElement.querySelector(`[id="${withExamples.id}"]`) as HTMLElement);
    const example = card.getByText(withExamples.examples[0]);
    const summary = card.getByText(`${withExamples.examples.length} examples`);
    await expect(example).not.toBeVisible();
    await userEvent.click(summary);
    await expect(example).toBeVisible();
    await userEvent.click(summary);
    await expect(example).not.toBeVisible();
    // The keyboard (Enter on the summary) and find-in-page: tests/browser/ladder-examples.test.ts, with real keys.
  },
};

/**
 * (1.1) Statements expected at every level, shown once, before the rungs, under "Expected at
 * every level" (and grouped by area): never repeated in each rung. Sourcegraph's product ladder.
 */
export const EveryLevel: Story = {
  name: "Expected at every level (Sourcegraph)",
  args: { framework: SOURCEGRAPH },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const heading = canvas.getByRole("heading", { level: 3, name: /^Expected at every level/ });
    await expect(heading).toBeVisible();
    await expect(heading).toHaveTextContent(`${sourcegraph.allLevels.length} statements`);
    for (const statement of sourcegraph.allLevels) {
      await expect(canvasElement.querySelectorAll(`[id="${statement.id}"]`)).toHaveLength(1);
    }
    await expect(canvas.getByText(sourcegraph.allLevels[0]?.description ?? "")).toBeVisible();
  },
};

/**
 * (1.1) A cumulative framework: each rung above the first says it includes what the levels
 * below expect, with a link to the rung just below, which opens it. Sourcegraph's product ladder.
 */
export const Cumulative: Story = {
  name: "Cumulative levels (Sourcegraph)",
  args: { framework: SOURCEGRAPH, defaultValue: [sourcegraph.levels[1]?.key ?? ""] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [below, level] = sourcegraph.levels;
    if (!below || !level) throw new Error("Sourcegraph has fewer than two levels");
    const link = panelOf(canvas, level.label).getByRole("link", { name: below.label });
    await expect(link.closest("p")).toHaveTextContent(`Includes everything expected at ${below.label}.`);
    await expect(link).toHaveAttribute("href", `#${below.id}`);
    await expect(rung(canvas, `${below.label}\\W`)).toHaveAttribute("aria-expanded", "false");
    // Follows the link as the browser does, without navigating the test runner's frame (see Linkable).
    const before = window.location.href;
    try {
      window.history.replaceState(null, "", link.getAttribute("href"));
      window.dispatchEvent(new HashChangeEvent("hashchange"));
      await waitFor(() => expect(rung(canvas, `${below.label}\\W`)).toHaveAttribute("aria-expanded", "true"));
    } finally {
      window.history.replaceState(null, "", before);
    }
  },
};

/** (1.1) Each statement's proficiency, as the author labels it, on a line above it. Jorge Fernández's ladders. */
export const Proficiency: Story = {
  name: "Proficiency (jorgef)",
  args: { framework: JORGEF, defaultValue: [jorgef.levels[0]?.key ?? ""] },
  play: async ({ canvasElement }) => {
    const level = jorgef.levels[0];
    if (!level) throw new Error("jorgef has no levels");
    const panel = panelOf(within(canvasElement), level.label);
    const labels = panel.getAllByText(/^Proficiency: /);
    await expect(labels).toHaveLength(level.statements.length);
    await expect(labels[0]).toHaveTextContent(`Proficiency: ${level.statements[0]?.proficiency}`);
    await expect(labels[0]).toBeVisible();
  },
};

const techLead = jorgef.tracks.find((track) => track.key === "tech-lead");
const tl4 = techLead?.levels[0];

/**
 * (1.1) `track`, with a page per track (`trackHref`, the same function as `TrackSwitcher`'s
 * `href`): the Tech Lead track of Jorge Fioranelli's ladders, TL4 open. Its "Equivalent to"
 * lines link to each equivalent level on its track's page, `<page>#<level id>`, where that
 * page's ladder opens the rung. No JavaScript needed to follow them.
 */
export const TrackPages: Story = {
  name: "A track, equivalents on each track's page (jorgef)",
  args: {
    framework: JORGEF,
    track: "tech-lead",
    trackHref: (track) => `/careers/engineering/${track.id}`,
    defaultValue: [tl4?.key ?? ""],
  },
  play: async ({ canvasElement }) => {
    if (!tl4?.equivalents?.[0]) throw new Error("jorgef's TL4 has no equivalents");
    const panel = panelOf(within(canvasElement), tl4.label);
    const links = [...(canvasElement.querySelector(".rungs-rung__equivalents")?.querySelectorAll("a") ?? [])];
    await expect(links).toHaveLength(tl4.equivalents.length);
    for (const [index, { track, level }] of tl4.equivalents.entries()) {
      const other = jorgef.tracks.find((each) => each.key === track);
      const target = other?.levels.find((each) => each.key === level);
      await expect(links[index]).toHaveTextContent(target?.label ?? "");
      await expect(links[index]).toHaveAttribute("href", `/careers/engineering/${other?.id}#${target?.id}`);
    }
    await expect(panel.getByText("Equivalent to")).toBeVisible();
  },
};
