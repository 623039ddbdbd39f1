import { ASSESSMENT_PARAMETER, checkedFromLink, type Framework } from "@rungs/core";
import {
  AreaProfile,
  type AreaProfileLabels,
  AssessmentSummary,
  LevelCompare,
  LevelLadder,
  LevelStepper,
  ProgressionMatrix,
  type RungsLabels,
  useAssessment,
} from "@rungs/react";
import { type ReactNode, useEffect, useRef } from "react";
import type { ElementHost } from "./element-host";
import { elementTrackSwitcher, trackAttribute, trackChanger, withTrackSwitcher } from "./element-track";
import { isPageUrl } from "./page-url";

export type { ElementHost } from "./element-host";

/** One element's view: the attributes it observes and the component it renders from them. */
export interface ElementView {
  readonly attributes: readonly string[];
  /** `framework` is resolved where it entered (the element, `renderRungsElement`): trusted. */
  render(framework: Framework, host: ElementHost): ReactNode;
}

/** `detail` of `rungs-value-change`: the keys of the open levels. */
export interface RungsValueChangeDetail {
  value: string[];
}

/** `detail` of `rungs-checked-change`: the checked statements and the level they reach. */
export interface RungsCheckedChangeDetail {
  /** Ids of the checked statements, in the framework's order. */
  checked: string[];
  /** Key of the level reached, `null` for none. */
  level: string | null;
}

/**
 * The statements the `assessment` attribute's code checks (a code from a shared link's
 * `?assessment=`, made for this framework and `track`), in the framework's order; none
 * without the attribute. A code the framework refuses checks nothing, with a console
 * warning saying why (a stale link is the reader's everyday case, not an error to show).
 */
function restoredChecked(framework: Framework, host: ElementHost, track: string | undefined): readonly string[] {
  const code = host.attr(ASSESSMENT_PARAMETER);
  if (code === undefined) return [];
  const restored = checkedFromLink(framework, { [ASSESSMENT_PARAMETER]: code }, { track });
  if (!restored.ok)
    warnOnce(`Rungs: the assessment attribute's code was refused (${restored.reason}), so nothing is checked.`);
  return restored.checked;
}

/** Space-separated ids (an attribute) as a list. */
function idList(value: string | undefined): string[] {
  return value?.split(/\s+/).filter(Boolean) ?? [];
}

/**
 * The `labels` attribute: a JSON object of the components' labels to replace, e.g.
 * `{"locale": "fr", "youAreHere": "Vous êtes ici"}`; the components check each label as they
 * do a React host's. Not an object: the defaults, and a console warning for the page's
 * developer (a label is not worth hiding the framework behind an error panel).
 */
export function labelsOf(host: ElementHost): Partial<RungsLabels> | undefined {
  const text = host.attr("labels");
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (value && typeof value === "object" && !Array.isArray(value)) return value as Partial<RungsLabels>;
  warnOnce(`Rungs: the labels attribute is not a JSON object, so the default labels are used: ${text}`);
  return undefined;
}

/**
 * The `link-to` attribute when it is a page a link may go to (http(s) or relative, no
 * credentials: `isPageUrl`); otherwise no links, and a console warning once per value —
 * a `javascript:` or `data:` step would run script where a reader expects a page.
 */
function linkToOf(host: ElementHost): string | undefined {
  const value = host.attr("link-to");
  if (value === undefined || isPageUrl(value)) return value;
  warnOnce(`Rungs: the link-to attribute is not an http(s) or relative address, so the steps are not links: ${value}`);
  return undefined;
}

/** Warnings already given, and how many at most are remembered (a page cannot grow the set without end). */
const warned = new Set<string>();
const MAX_WARNINGS = 100;

/** A console warning for the page's developer, once per message: not at every render of every element. */
export function warnOnce(message: string): void {
  if (warned.has(message) || warned.size >= MAX_WARNINGS) return;
  warned.add(message);
  console.warn(message);
}

/** The `threshold` attribute: the share of a level's statements that meets it (0–1; default 1). */
function thresholdOf(host: ElementHost): number | undefined {
  const text = host.attr("threshold");
  const value = text === undefined || text.trim() === "" ? Number.NaN : Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * `LevelLadder`; with `assessable`, a checkbox per statement and `threshold` (the share of a
 * level's statements that meets it), starting from the statements the `assessment`
 * attribute's code checks (a shared link's; a new code starts over from it). `id-prefix` (every view but the summary) prefixes the ids
 * people link to, for two views of one framework on a page; `labels` (every view) replaces
 * the components' words, for a page in another language. (1.1) `track` (every view) is the
 * key of the track shown; with several tracks the ladder shows their switcher above it, and a
 * switcher link, or a hash naming another track or one of its levels, sets `track`.
 */
export const ladderView: ElementView = {
  attributes: [
    "current-level",
    "target-level",
    "query",
    "assessable",
    "assessment",
    "threshold",
    "id-prefix",
    "labels",
    "track",
    "no-track-switcher",
  ],
  render(framework, host) {
    const labels = labelsOf(host);
    const props = {
      framework,
      labels,
      idPrefix: host.attr("id-prefix"),
      currentLevel: host.attr("current-level"),
      targetLevel: host.attr("target-level"),
      query: host.attr("query"),
      track: trackAttribute(host),
      onTrackChange: trackChanger(framework, host),
      onValueChange: (value: string[]) => host.emit<RungsValueChangeDetail>("rungs-value-change", { value }),
    };
    const ladder =
      host.attr("assessable") === undefined ? (
        <LevelLadder {...props} />
      ) : (
        <AssessableLadder
          // A new code is a new starting point: the state starts again from it.
          key={host.attr(ASSESSMENT_PARAMETER) ?? ""}
          {...props}
          restored={restoredChecked(framework, host, props.track)}
          threshold={thresholdOf(host)}
          onCheckedChange={(detail) => host.emit<RungsCheckedChangeDetail>("rungs-checked-change", detail)}
        />
      );
    return withTrackSwitcher(elementTrackSwitcher(framework, host, labels), ladder);
  },
};

/**
 * A ladder over its own `useAssessment` state (the element holds no React state itself).
 * The event says the level the new state reaches, read from the state's one assessment
 * once React has rendered it, not assessed again: an effect after the hook's own (which
 * reports the change), flushed within the click as React does for a discrete event.
 * Statements restored from the `assessment` attribute are reported once too, after the
 * first render, so a page that follows the event (a summary's `checked`) shows them.
 */
function AssessableLadder({
  restored,
  onCheckedChange,
  targetLevel,
  threshold,
  framework,
  ...props
}: {
  framework: Framework;
  restored: readonly string[];
  labels: Partial<RungsLabels> | undefined;
  threshold: number | undefined;
  idPrefix: string | undefined;
  currentLevel: string | undefined;
  targetLevel: string | undefined;
  query: string | undefined;
  track: string | undefined;
  onTrackChange: (track: string) => void;
  onValueChange: (value: string[]) => void;
  onCheckedChange: (detail: RungsCheckedChangeDetail) => void;
}) {
  // Set by a change the reader made; the effect below reports it once the state has it.
  const changed = useRef<readonly string[] | undefined>(restored.length > 0 ? restored : undefined);
  const assessment = useAssessment(framework, {
    defaultChecked: restored,
    onCheckedChange: (checked) => {
      changed.current = checked;
    },
    targetLevel,
    threshold,
    track: props.track,
  });
  const report = useRef(onCheckedChange);
  report.current = onCheckedChange;
  const { checked, assessment: result } = assessment;
  useEffect(() => {
    if (changed.current === undefined) return;
    changed.current = undefined;
    report.current({ checked: [...checked], level: result.level?.key ?? null });
  }, [checked, result]);
  return <LevelLadder {...props} targetLevel={targetLevel} assessment={assessment} />;
}

/** `ProgressionMatrix`; with several tracks, their switcher above it, as the ladder's. */
export const matrixView: ElementView = {
  attributes: ["current-level", "target-level", "query", "id-prefix", "labels", "track", "no-track-switcher"],
  render(framework, host) {
    const labels = labelsOf(host);
    const matrix = (
      <ProgressionMatrix
        framework={framework}
        labels={labels}
        idPrefix={host.attr("id-prefix")}
        currentLevel={host.attr("current-level")}
        targetLevel={host.attr("target-level")}
        query={host.attr("query")}
        track={trackAttribute(host)}
      />
    );
    return withTrackSwitcher(elementTrackSwitcher(framework, host, labels), matrix);
  },
};

/** `LevelCompare` of the levels `from` and `to` (of the `track`). */
export const compareView: ElementView = {
  attributes: ["from", "to", "id-prefix", "labels", "track"],
  render: (framework, host) => (
    <LevelCompare
      framework={framework}
      labels={labelsOf(host)}
      idPrefix={host.attr("id-prefix")}
      from={host.attr("from") ?? ""}
      to={host.attr("to") ?? ""}
      track={trackAttribute(host)}
    />
  ),
};

/** `LevelStepper` of the `track`'s levels; `link-to` makes each step a link to that level's anchor. */
export const stepperView: ElementView = {
  attributes: ["current-level", "target-level", "link-to", "id-prefix", "labels", "track"],
  render: (framework, host) => (
    <LevelStepper
      framework={framework}
      labels={labelsOf(host)}
      idPrefix={host.attr("id-prefix")}
      currentLevel={host.attr("current-level")}
      targetLevel={host.attr("target-level")}
      linkTo={linkToOf(host)}
      track={trackAttribute(host)}
    />
  ),
};

/**
 * `AssessmentSummary` of a saved or live result: `checked` holds space-separated statement
 * ids (a host sets it from a ladder's `rungs-checked-change`); without `checked`, the
 * `assessment` attribute's code (a shared link's) says them; `threshold` as the ladder's.
 */
export const summaryView: ElementView = {
  attributes: ["checked", "assessment", "target-level", "threshold", "labels", "track"],
  render: (framework, host) => (
    <AssessmentSummary
      framework={framework}
      labels={labelsOf(host)}
      threshold={thresholdOf(host)}
      checked={
        host.attr("checked") === undefined
          ? restoredChecked(framework, host, trackAttribute(host))
          : idList(host.attr("checked"))
      }
      targetLevel={host.attr("target-level")}
      track={trackAttribute(host)}
    />
  ),
};

/**
 * (1.1) `AreaProfile` of a saved or live result, as the summary takes it: `checked`,
 * `target-level`, `threshold`, `track`. Its `labels` are the profile's own (`AreaProfileLabels`:
 * `title`, `tableCaption`…). Empty for a framework without areas, as the component is.
 */
export const areaProfileView: ElementView = {
  attributes: ["checked", "target-level", "threshold", "labels", "track"],
  render: (framework, host) => (
    <AreaProfile
      framework={framework}
      labels={labelsOf(host) as Partial<AreaProfileLabels> | undefined}
      threshold={thresholdOf(host)}
      checked={idList(host.attr("checked"))}
      targetLevel={host.attr("target-level")}
      track={trackAttribute(host)}
    />
  ),
};

/** Every element's tag and view. */
export const ELEMENT_VIEWS = {
  "rungs-ladder": ladderView,
  "rungs-matrix": matrixView,
  "rungs-compare": compareView,
  "rungs-stepper": stepperView,
  "rungs-summary": summaryView,
  "rungs-area-profile": areaProfileView,
} as const satisfies Record<string, ElementView>;

/** A Rungs element's tag name. */
export type RungsElementTag = keyof typeof ELEMENT_VIEWS;
