// The elements' own rule (blocks, in @layer rungs); the components' stylesheet comes from preview.tsx.
import "../packages/elements/src/elements.css";
import { assertFramework } from "@rungs/core";
import {
  defineRungsElements,
  type RungsCheckedChangeDetail,
  type RungsElement,
  type RungsTrackChangeDetail,
  type RungsValueChangeDetail,
} from "@rungs/elements";
import { renderRungsElement } from "@rungs/elements/server";
import { LevelLadder } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useEffect, useRef, useState } from "react";
import { expect, type MockInstance, spyOn, userEvent, waitFor, within } from "storybook/test";
import { seed, seedTexts } from "./seeds";

// Registered once, as a host page's script does: every story renders the real tags, and React
// only creates them (they render their own React root inside, in the light DOM).
defineRungsElements();

const levelKeys = seed.levels.map((level) => level.key);
const title = seed.occupation.title;
const levelArg = { control: "select" as const, options: [undefined, ...levelKeys] };

/** The one element of a tag in the story. */
function elementIn(canvasElement: HTMLElement, tag: string): RungsElement {
  const element = canvasElement.querySelector<RungsElement>(tag);
  if (!element) throw new Error(`The story has no <${tag}>.`);
  return element;
}

/** The details of every `type` event that reaches the canvas, as a host page would listen for them. */
function listen<T>(canvasElement: HTMLElement, type: string): { details: T[]; stop: () => void } {
  const details: T[] = [];
  const record = (event: Event) => details.push((event as CustomEvent<T>).detail);
  canvasElement.addEventListener(type, record);
  return { details, stop: () => canvasElement.removeEventListener(type, record) };
}

const meta = {
  title: "Elements/Custom elements",
  parameters: {
    docs: {
      description: {
        component:
          "`<rungs-ladder>` and friends from `@rungs/elements`, defined with `defineRungsElements()` and given the seed as their `framework` property.",
      },
    },
  },
} satisfies Meta;

export default meta;

interface LevelArgs {
  currentLevel?: string | undefined;
  targetLevel?: string | undefined;
}

/**
 * `<rungs-ladder current-level target-level>`: the ladder's region and a rung per level; a
 * click opens a rung and fires `rungs-value-change` with the open levels' keys.
 */
export const Ladder: StoryObj<LevelArgs> = {
  args: { currentLevel: "developing", targetLevel: "advanced" },
  argTypes: { currentLevel: levelArg, targetLevel: levelArg },
  render: ({ currentLevel, targetLevel }) => (
    <rungs-ladder framework={seed} current-level={currentLevel} target-level={targetLevel} />
  ),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, "rungs-ladder");
    // React 19 set the framework as the element's property, not as an attribute.
    await expect(element.framework).toBe(seed);
    await expect(element).not.toHaveAttribute("framework");
    const region = within(await within(element).findByRole("region", { name: `${title}: career ladder` }));
    await expect(region.getAllByRole("button", { expanded: false })).toHaveLength(levelKeys.length);
    const developing = region.getByRole("button", { name: /^Developing/ });
    await expect(developing).toHaveTextContent("You are here");
    await expect(region.getByRole("button", { name: /^Advanced/ })).toHaveTextContent("Target");
    const events = listen<RungsValueChangeDetail>(canvasElement, "rungs-value-change");
    try {
      await userEvent.click(developing);
      await expect(developing).toHaveAttribute("aria-expanded", "true");
      await expect(events.details).toEqual([{ value: ["developing"] }]);
      // The keyboard closes it again, and the page hears that too.
      await userEvent.keyboard("{Enter}");
      await expect(developing).toHaveAttribute("aria-expanded", "false");
      await expect(events.details.at(-1)).toEqual({ value: [] });
    } finally {
      events.stop();
    }
  },
};

/** `<rungs-matrix>`: every level side by side, a column each. */
export const Matrix: StoryObj<LevelArgs> = {
  args: { currentLevel: "developing", targetLevel: "advanced" },
  argTypes: { currentLevel: levelArg, targetLevel: levelArg },
  render: ({ currentLevel, targetLevel }) => (
    <rungs-matrix framework={seed} current-level={currentLevel} target-level={targetLevel} />
  ),
  play: async ({ canvasElement }) => {
    const table = within(await within(elementIn(canvasElement, "rungs-matrix")).findByRole("table"));
    for (const level of seed.levels) {
      await expect(table.getByRole("columnheader", { name: new RegExp(level.label) })).toBeVisible();
    }
  },
};

interface CompareArgs {
  from: string;
  to: string;
}

/** `<rungs-compare from to>`: two levels, statement by statement. */
export const Compare: StoryObj<CompareArgs> = {
  args: { from: "emerging", to: "advanced" },
  argTypes: { from: { control: "select", options: levelKeys }, to: { control: "select", options: levelKeys } },
  render: ({ from, to }) => <rungs-compare framework={seed} from={from} to={to} />,
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, "rungs-compare");
    await expect(
      await within(element).findByRole("table", { name: `${title}: Emerging compared with Advanced` }),
    ).toBeVisible();
  },
};

/** `<rungs-stepper current-level target-level>`: where the reader stands, in one line. */
export const Stepper: StoryObj<LevelArgs> = {
  args: { currentLevel: "developing", targetLevel: "advanced" },
  argTypes: { currentLevel: levelArg, targetLevel: levelArg },
  render: ({ currentLevel, targetLevel }) => (
    <rungs-stepper framework={seed} current-level={currentLevel} target-level={targetLevel} />
  ),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, "rungs-stepper");
    await expect(await within(element).findAllByRole("listitem")).toHaveLength(levelKeys.length);
    await expect(element.querySelector('[aria-current="step"]')).toHaveTextContent("Developing");
  },
};

/**
 * A ladder with a checkbox per statement and a summary beside it, wired as a host page wires
 * them: each `rungs-checked-change` sets the summary's `checked` attribute.
 */
function AssessableLadderWithSummary({ targetLevel }: { targetLevel: string }) {
  const [checked, setChecked] = useState<string[]>([]);
  return (
    <>
      <rungs-ladder
        framework={seed}
        assessable=""
        target-level={targetLevel}
        onrungs-checked-change={(event) => setChecked(event.detail.checked)}
      />
      <rungs-summary framework={seed} checked={checked.join(" ")} target-level={targetLevel} />
    </>
  );
}

/** `<rungs-ladder assessable>` + `<rungs-summary>`: check what you do, see your level. */
export const AssessableLadder: StoryObj<{ targetLevel: string }> = {
  name: "Assessable ladder and summary",
  args: { targetLevel: "proficient" },
  argTypes: { targetLevel: { control: "select", options: levelKeys } },
  render: ({ targetLevel }) => <AssessableLadderWithSummary targetLevel={targetLevel} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summary = await canvas.findByRole("region", { name: "Your result" });
    await expect(summary).toHaveTextContent("Check the statements you do to see your level.");
    const emerging = await canvas.findByRole("button", { name: /^Emerging/ });
    await userEvent.click(emerging);
    const boxes = within(emerging.closest("li") as HTMLElement).getAllByRole("checkbox");
    const statements = seed.levels[0]?.statements ?? [];
    await expect(boxes).toHaveLength(statements.length);
    const events = listen<RungsCheckedChangeDetail>(canvasElement, "rungs-checked-change");
    try {
      await userEvent.click(boxes[0] as HTMLElement);
      await expect(events.details.at(-1)).toEqual({ checked: [statements[0]?.id], level: null });
      await expect(summary.querySelector(".rungs-summary__level")).toHaveTextContent("No level yet");
      for (const box of boxes.slice(1)) await userEvent.click(box);
      await expect(events.details.at(-1)).toEqual({ checked: statements.map((s) => s.id), level: "emerging" });
      await expect(summary.querySelector(".rungs-summary__level")).toHaveTextContent("Level reached: Emerging");
      await expect(elementIn(canvasElement, "rungs-summary")).toHaveAttribute(
        "checked",
        statements.map((s) => s.id).join(" "),
      );
    } finally {
      events.stop();
    }
  },
};

/** The framework URL of the error story: nothing is served there. */
const MISSING_SRC = "/frameworks/no-such-framework.json";

/** `<rungs-ladder src>` whose URL answers 404: an error panel the reader (and a screen reader) gets. */
export const LoadError: StoryObj = {
  name: "Error: src not found",
  render: () => <rungs-ladder src={MISSING_SRC} />,
  play: async ({ canvasElement }) => {
    const alert = await within(elementIn(canvasElement, "rungs-ladder")).findByRole("alert");
    // The reader's words; why (the URL answered 404) is listed for developers, in development builds only.
    await expect(alert).toHaveTextContent("This career framework cannot be shown right now.");
  },
};

/** `theme="warm"`: the element carries a ready theme, whatever its page's ancestors chose. */
export const Theme: StoryObj = {
  name: 'Theme attribute (theme="warm")',
  render: () => <rungs-ladder framework={seed} theme="warm" current-level="developing" />,
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, "rungs-ladder");
    await expect(element).toHaveAttribute("data-rungs-theme", "warm");
    const region = await within(element).findByRole("region", { name: `${title}: career ladder` });
    // The warm theme's larger radius (0.75rem) reaches the rungs (the story's page says "default").
    // A computed length, not the token's text: a minifier may write it ".75rem" (Lightning CSS
    // in the built Storybook does).
    const rung = region.querySelector(".rungs-rung") as Element;
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
    await expect(getComputedStyle(rung).borderStartStartRadius).toBe(`${0.75 * rem}px`);
  },
};

/** The nodes of the server's HTML, put in the page as they were parsed (to tell them from a re-render). */
const serverNodes = new WeakSet<Node>();

/**
 * A page whose server wrote `renderRungsElement`'s HTML: parsed inert (in a template, where
 * nothing runs), noted, then put in the page, where the defined element takes its JSON script
 * and hydrates the HTML around it instead of rendering anew.
 */
function ServerRenderedLadder({ html }: { html: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const template = document.createElement("template");
    template.innerHTML = html;
    for (const node of template.content.querySelectorAll("*")) serverNodes.add(node);
    container.current?.replaceChildren(template.content);
  }, [html]);
  return <div ref={container} />;
}

/** What React logged as an error during the server HTML story (a hydration mismatch would be one). */
let consoleErrors: MockInstance<typeof console.error> | undefined;

/**
 * HTML from `renderRungsElement` (`@rungs/elements/server`) in the page: readable before any
 * script runs, then kept and made interactive by the element, with no warning from React.
 */
export const ServerHtml: StoryObj = {
  name: "Server HTML, hydrated",
  beforeEach: () => {
    consoleErrors = spyOn(console, "error");
    return () => consoleErrors?.mockRestore();
  },
  render: () => (
    <ServerRenderedLadder
      html={renderRungsElement("rungs-ladder", {
        framework: seed,
        attributes: { "current-level": "developing", "target-level": "advanced" },
        identifierPrefix: "server-ladder-",
      })}
    />
  ),
  play: async ({ canvasElement }) => {
    // The HTML goes in from an effect, after the story's first render.
    const element = await waitFor(() => elementIn(canvasElement, "rungs-ladder"));
    const region = await within(element).findByRole("region", { name: `${title}: career ladder` });
    const developing = within(region).getByRole("button", { name: /^Developing/ });
    await expect(developing).toHaveTextContent("You are here");
    // Hydrated, so it answers a click, in the very nodes the server wrote. The button itself
    // is new: until the ladder hydrates, the rung's title is text in its heading (issue 22,
    // item 8: a button that opens nothing without JavaScript said aria-expanded="false").
    await userEvent.click(developing);
    await expect(developing).toHaveAttribute("aria-expanded", "true");
    await expect(serverNodes.has(region) && serverNodes.has(developing.parentElement as Element)).toBe(true);
    await expect(serverNodes.has(developing)).toBe(false);
    await expect(element.querySelector("script")).toBeNull();
    await expect(consoleErrors).not.toHaveBeenCalled();
  },
};

/** A real format 1.1 ladder with areas and examples (issue 20's seeds). */
const INFRACLOUD = "infracloud-engineering/infracloud-engineering.json";
const infracloud = assertFramework(seedTexts[INFRACLOUD] as string);

/**
 * `<rungs-ladder>` of a format 1.1 framework: inside a rung, the statements under their
 * areas' headings, and examples in a native disclosure (`<details>`).
 */
export const LadderWithAreas: StoryObj = {
  name: "Ladder with areas and examples (1.1)",
  render: () => <rungs-ladder framework={infracloud} />,
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, "rungs-ladder");
    const first = infracloud.levels[0];
    const rung = await within(element).findByRole("button", { name: new RegExp(`^${first?.label}`) });
    await userEvent.click(rung);
    const panel = document.getElementById(rung.getAttribute("aria-controls") ?? "") as HTMLElement;
    const firstArea = infracloud.areas.find((area) => first?.statements.some((s) => s.area === area.key));
    await expect(
      within(panel).getByRole("heading", { level: 4, name: new RegExp(`^${firstArea?.label}`) }),
    ).toBeVisible();
    // The first level has a statement with examples.
    const details = panel.querySelector("details.rungs-card__more") as HTMLDetailsElement;
    await expect(details.open).toBe(false);
    await userEvent.click(details.querySelector("summary") as HTMLElement);
    await expect(details.open).toBe(true);
  },
};

/**
 * `<rungs-area-profile checked target-level>`: where the checked statements stand, area by
 * area, as a chart and its table; a new `target-level` redraws it.
 */
export const AreaProfile: StoryObj<{ targetLevel: string }> = {
  name: "Area profile (1.1)",
  args: { targetLevel: infracloud.levels[2]?.key ?? "" },
  argTypes: { targetLevel: { control: "select", options: infracloud.levels.map((level) => level.key) } },
  render: ({ targetLevel }) => (
    <rungs-area-profile
      framework={infracloud}
      checked={infracloud.levels[0]?.statements.map((statement) => statement.id).join(" ")}
      target-level={targetLevel}
    />
  ),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, "rungs-area-profile");
    const region = await within(element).findByRole("region", { name: "Where you stand by area" });
    const table = within(region).getByRole("table", { name: "Statements met in each area" });
    const target = infracloud.levels[2]?.label ?? "";
    await expect(within(table).getByRole("columnheader", { name: `${target} (target)` })).toBeInTheDocument();
    for (const area of infracloud.areas) {
      await expect(within(table).getByRole("rowheader", { name: area.label })).toBeInTheDocument();
    }
  },
};

/**
 * The ladder as `rungs render` writes it into a page with no script (`LevelLadder`
 * `interactive={false}`): each rung a heading with its statements below, every one shown,
 * and no button that would do nothing.
 */
export const StaticPage: StoryObj = {
  name: "No script: the ladder of rungs render",
  render: () => <LevelLadder framework={infracloud} interactive={false} headingLevel={2} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole("button")).toBeNull();
    const rungs = canvas.getAllByRole("heading", { level: 2 });
    await expect(rungs.map((heading) => heading.textContent?.split(",")[0])).toEqual(
      infracloud.levels.map((level) => level.label),
    );
    const last = infracloud.levels.at(-1)?.statements[0];
    await expect(canvasElement.querySelector(`[id="${last?.id}"]`)).toBeVisible();
  },
};

/** A real format 1.1 ladder with four tracks and equivalent levels. */
const jorgef = assertFramework(seedTexts["jorgef-engineering-ladders/jorgef-engineering-ladders.json"] as string);

/**
 * `<rungs-ladder track>` of a framework with tracks: the switcher above it marks the track
 * shown; following another track's link switches the element's `track` (its own state) and
 * fires `rungs-track-change`.
 */
export const Tracks: StoryObj<{ track: string }> = {
  name: "Tracks (1.1)",
  args: { track: "tech-lead" },
  argTypes: { track: { control: "select", options: jorgef.tracks.map((track) => track.key) } },
  render: ({ track }) => <rungs-ladder framework={jorgef} track={track} id-prefix="tracks-story-" />,
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, "rungs-ladder");
    const nav = within(await within(element).findByRole("navigation", { name: "Engineering Ladders: tracks" }));
    await expect(nav.getByRole("link", { name: /^Tech Lead/ })).toHaveAttribute("aria-current", "true");
    const events = listen<RungsTrackChangeDetail>(canvasElement, "rungs-track-change");
    // Storybook's preview page has <base target="_parent">: a followed link would load the
    // runner's page. The click stays a click (the switcher's handler switches the track);
    // only the browser's navigation is held back. Chromium follows the hash itself in
    // tests/elements/tracks.test.tsx.
    const stay = (event: Event) => event.preventDefault();
    canvasElement.addEventListener("click", stay);
    try {
      await userEvent.click(nav.getByRole("link", { name: /^Engineering Manager/ }));
      await waitFor(() => expect(element).toHaveAttribute("track", "engineering-manager"));
      await expect(events.details).toEqual([{ track: "engineering-manager" }]);
      const rungs = within(element).getAllByRole("button", { expanded: false });
      await expect(rungs.map((rung) => rung.textContent?.split(",")[0])).toEqual(
        jorgef.tracks.find((track) => track.key === "engineering-manager")?.levels.map((level) => level.label),
      );
    } finally {
      events.stop();
      canvasElement.removeEventListener("click", stay);
    }
  },
};
