import { assertFramework, type Framework, parseFramework } from "@rungs/core";
import {
  AssessmentSummary,
  FrameworkAttribution,
  LevelCompare,
  LevelLadder,
  LevelStepper,
  ProgressionMatrix,
  TrackSwitcher,
} from "@rungs/react";
import { Fragment, type ReactElement } from "react";
import { seedFiles, seedText } from "../seeds";

/** What a server renders: each framework-taking component, given the raw JSON text. */
export function componentsFor(text: string): Array<[string, ReactElement]> {
  return [
    ["LevelLadder", <LevelLadder key="ladder" framework={text} currentLevel="x" />],
    ["ProgressionMatrix", <ProgressionMatrix key="matrix" framework={text} />],
    ["FrameworkAttribution", <FrameworkAttribution key="attribution" framework={text} />],
    ["LevelCompare", <LevelCompare key="compare" framework={text} {...comparedLevels(text)} />],
    [
      "LevelStepper",
      <LevelStepper
        key="stepper"
        framework={text}
        currentLevel={comparedLevels(text).from}
        targetLevel={comparedLevels(text).to}
        linkTo="/ladder"
      />,
    ],
    ["AssessmentSummary", <AssessmentSummary key="summary" framework={text} checked={firstLevelIds(text)} />],
    // Issue 21: the summary with the area profile (no chart for a framework without areas;
    // AreaProfile alone renders nothing then, so tests/ssr/area-profile.test.tsx covers it).
    [
      "AssessmentSummary with the area profile",
      <AssessmentSummary key="summary-areas" framework={text} checked={firstLevelIds(text)} areaProfile />,
    ],
    // Issue 21 (item 2): the last track's ladder (the only one of a 1.0 file), led by the
    // switcher, whose links name each track's page.
    [
      "LevelLadder of the last track, with the TrackSwitcher",
      <Fragment key="tracks">
        <TrackSwitcher framework={text} track={lastTrack(text)} href={(track) => `/tracks/${track.id}`} />
        <LevelLadder framework={text} track={lastTrack(text)} trackHref={(track) => `/tracks/${track.id}`} />
      </Fragment>,
    ],
  ];
}

/** The key of a framework's last track; `undefined` (the default track) for input that does not parse. */
function lastTrack(text: string): string | undefined {
  const result = parseFramework(text);
  return result.ok ? result.framework.tracks.at(-1)?.key : undefined;
}

/** The ids of a framework's lowest level: a reader who has checked those has reached it. */
function firstLevelIds(text: string): string[] {
  const result = parseFramework(text);
  return result.ok ? (result.framework.levels[0]?.statements.map((statement) => statement.id) ?? []) : [];
}

/** The first and the last level of a framework: the widest comparison it has. */
export function comparedLevels(text: string): { from: string; to: string } {
  const result = parseFramework(text);
  const levels = result.ok ? result.framework.levels : [];
  return { from: levels[0]?.key ?? "first", to: levels[levels.length - 1]?.key ?? "last" };
}

export const seeds: Array<[string, string, Framework]> = seedFiles.map((file) => {
  const text = seedText(file);
  return [file, text, assertFramework(text)];
});

/** Text as React writes it into HTML. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
}
