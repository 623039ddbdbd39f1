import { composeStories, composeStory } from "@storybook/react-vite";
import { afterEach, describe, expect, onTestFinished, test } from "vitest";
import { cdp } from "vitest/browser";
import * as areaProfileStories from "../../stories/AreaProfile.stories";
import * as summaryStories from "../../stories/AssessmentSummary.stories";
import * as attributionStories from "../../stories/FrameworkAttribution.stories";
import * as compareStories from "../../stories/LevelCompare.stories";
import * as ladderStories from "../../stories/LevelLadder.stories";
import * as stepperStories from "../../stories/LevelStepper.stories";
import * as matrixStories from "../../stories/ProgressionMatrix.stories";
import * as realLadderStories from "../../stories/RealLadders.stories";
import * as cardStories from "../../stories/StatementCard.stories";
import * as jobListingStories from "../../stories/screens/JobListing.stories";
import * as occupationStories from "../../stories/screens/OccupationPage.stories";
import * as profileStories from "../../stories/screens/Profile.stories";
import { type ComposedStory, runStory } from "./stories";

/*
 * Each ready theme (data-rungs-theme) keeps WCAG 2.2 AA contrast in both colour schemes: the
 * main components, in the states that use every colour role (markers, paths, search marks,
 * diff badges, the error panel, links, muted text), checked by axe's color-contrast rule in
 * Chromium, which lays the page out and resolves light-dark() as a visitor's browser does.
 */

/**
 * The ready themes checked in both schemes. The default theme in the light scheme is not
 * here: the `stories` project runs every story under it with the same axe rules
 * (color-contrast included). Its dark scheme is checked below.
 */
const themes = ["compact", "warm"] as const;
type Theme = "default" | (typeof themes)[number];
const schemes = ["light", "dark"] as const;

/**
 * The stories rendered under a theme: together they paint every colour token. Composed with
 * the toolbar's global, so the theme reaches them as in Storybook (data-rungs-theme on the
 * host element of preview.tsx's decorator).
 */
function storiesUnder(rungsTheme: Theme) {
  const globals = { initialGlobals: { rungsTheme } };
  const ladder = composeStories(ladderStories, globals);
  const matrix = composeStories(matrixStories, globals);
  const compare = composeStories(compareStories, globals);
  const card = composeStories(cardStories, globals);
  const attribution = composeStories(attributionStories, globals);
  const stepper = composeStories(stepperStories, globals);
  const summary = composeStories(summaryStories, globals);
  const areaProfile = composeStories(areaProfileStories, globals);
  const realLadder = composeStories(realLadderStories, globals);
  return [
    ["ladder with current, path and target", ladder.CurrentAndTarget],
    ["ladder with search marks", ladder.Search],
    ["ladder with checked boxes and progress", ladder.Assessable],
    ["ladder's error panel", ladder.InvalidData],
    ["matrix with current, path and target", matrix.CurrentAndTarget],
    ["comparison with every kind of change", compare.EveryKind],
    ["statement cards with search marks", card.SearchHighlight],
    ["attribution with links", attribution.Seed],
    ["stepper with current and target, linked", stepper.Linked],
    ["compact stepper", stepper.Compact],
    ["summary midway, with the gap", summary.Midway],
    ["summary by area, with the area profile", summary.ByArea],
    ["area profile, six areas", areaProfile.InfraCloud],
    ["track switcher and a ladder's equivalent levels", realLadder.JorgefTracks],
  ] as const;
}

/** Makes Chromium report `prefers-color-scheme: scheme`, which the components follow (or stops, with `undefined`). */
async function emulateColorScheme(scheme: (typeof schemes)[number] | undefined): Promise<void> {
  await cdp().send("Emulation.setEmulatedMedia", {
    features: scheme ? [{ name: "prefers-color-scheme", value: scheme }] : [],
  });
}

afterEach(() => emulateColorScheme(undefined));

/** The resolved value of a property on the outermost component root. */
function rootStyle(property: string): string {
  const root = document.querySelector(".rungs") as Element;
  return getComputedStyle(root).getPropertyValue(property).trim();
}

/** The screens, which set their own host colours around the components (stories/screens). */
function screensUnder(rungsTheme: Theme) {
  const globals = { initialGlobals: { rungsTheme } };
  return [
    ["occupation page screen", composeStories(occupationStories, globals).OccupationPage],
    ["job listing screen", composeStories(jobListingStories, globals).JobListing],
    ["profile screen", composeStories(profileStories, globals).Profile],
    [
      "career page screen, format 1.1 areas and tracks",
      composeStories(occupationStories, globals).CareerPageWithTracks,
    ],
    ["profile screen, format 1.1 areas", composeStories(profileStories, globals).ProfileWithAreas],
  ] as const;
}

/**
 * Every story of the real format 1.1 ladders (stories/RealLadders.stories.tsx): each ladder,
 * matrix and area profile, so what a 1.1 file adds (area headings and row groups, details,
 * proficiency, every-level statements, the chart) is checked in dark as the stories project
 * checks it in light. (The tracks story is one of `storiesUnder`'s, in every theme.)
 */
function realLaddersUnder(rungsTheme: Theme) {
  const { JorgefTracks: _inStoriesUnder, ...stories } = composeStories(realLadderStories, {
    initialGlobals: { rungsTheme },
  });
  return Object.entries(stories).map(([name, story]) => [`real ladder: ${name}`, story] as const);
}

/** Renders each story in `scheme` under `theme`: runStory fails on any axe violation (preview.tsx's a11y parameters: WCAG 2.2 AA, color-contrast included). */
function checkEach(
  theme: Theme,
  scheme: (typeof schemes)[number],
  stories: readonly (readonly [string, ComposedStory])[],
) {
  test.each(stories)("%s: axe finds nothing, contrast included", async (_name, Story) => {
    await emulateColorScheme(scheme);
    expect(matchMedia(`(prefers-color-scheme: ${scheme})`).matches).toBe(true);
    await runStory(Story);
    expect(document.querySelector(`[data-rungs-theme="${theme}"] .rungs`)).not.toBeNull();
  });
}

describe.each(themes)('data-rungs-theme="%s"', (theme) => {
  describe.each(schemes)("%s scheme", (scheme) => checkEach(theme, scheme, storiesUnder(theme)));
});

describe('data-rungs-theme="default", dark scheme', () => {
  checkEach("default", "dark", [
    ...storiesUnder("default"),
    ...screensUnder("default"),
    ...realLaddersUnder("default"),
  ]);
});

/** The canvas inside the host element that inHostElement is running. */
let hostCanvas: () => HTMLElement = () => {
  throw new Error("Outside inHostElement");
};

/** Runs `render` with the story's canvas inside a host element of the page carrying `data-rungs-theme`. */
async function inHostElement(theme: string, render: () => Promise<void>): Promise<void> {
  const host = document.createElement("div");
  host.dataset.rungsTheme = theme;
  host.append(document.createElement("div"));
  document.body.append(host);
  hostCanvas = () => host.firstElementChild as HTMLElement;
  onTestFinished(() => host.remove());
  await render();
}

/* The themes do apply (else the checks above would only test the default three times). */
describe("the themes reach the components", () => {
  const seedUnder = (rungsTheme: string) =>
    composeStory(ladderStories.Seed, ladderStories.default, { initialGlobals: { rungsTheme } });

  test.each([
    { theme: "default", fontSize: "16px", space: "0.5rem" },
    { theme: "compact", fontSize: "14px", space: "0.25rem" },
  ])("$theme: type and space", async ({ theme, fontSize, space }) => {
    await seedUnder(theme).run();
    expect(rootStyle("font-size")).toBe(fontSize);
    expect(rootStyle("--rungs--space-2")).toBe(space);
  });

  test("warm: brand colours, and a host token still wins over the theme", async () => {
    await emulateColorScheme("light");
    await seedUnder("warm").run();
    expect(rootStyle("background-color")).toBe("rgb(255, 250, 245)");
    (document.querySelector(".rungs") as HTMLElement).style.setProperty("--rungs-color-bg", "rgb(1, 2, 3)");
    expect(rootStyle("background-color")).toBe("rgb(1, 2, 3)");
  });

  test('"default" nearer the component undoes an ancestor\'s theme', async () => {
    await inHostElement("compact", () => seedUnder("default").run({ canvasElement: hostCanvas() }));
    expect(rootStyle("font-size")).toBe("16px");
  });

  test('themes combine, space-separated: "compact warm"', async () => {
    await emulateColorScheme("dark");
    await seedUnder("default").run();
    (document.querySelector("[data-rungs-theme]") as HTMLElement).dataset.rungsTheme = "compact warm";
    expect(rootStyle("font-size")).toBe("14px");
    expect(rootStyle("background-color")).toBe("rgb(26, 19, 16)");
  });
});
