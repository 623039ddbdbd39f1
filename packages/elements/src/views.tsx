import type { Framework } from "@rungs/core";
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
import { isPageUrl } from "./page-url";

/**
 * What a view reads of its element: attributes, and a way to tell the page what changed.
 * The element implements it in the browser; `renderRungsElement` on the server, from a record.
 */
export interface ElementHost {
  /** An attribute's value, `undefined` when absent (as the components' props take it). */
  attr(name: string): string | undefined;
  /** Dispatches a bubbling, composed DOM event with the detail (nothing on the server). */
  emit<T>(type: string, detail: T): void;
}

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
 * level's statements that meets it). `id-prefix` (every view but the summary) prefixes the ids
 * people link to, for two views of one framework on a page; `labels` (every view) replaces
 * the components' words, for a page in another language.
 */
export const ladderView: ElementView = {
  attributes: ["current-level", "target-level", "query", "assessable", "threshold", "id-prefix", "labels"],
  render(framework, host) {
    const props = {
      framework,
      labels: labelsOf(host),
      idPrefix: host.attr("id-prefix"),
      currentLevel: host.attr("current-level"),
      targetLevel: host.attr("target-level"),
      query: host.attr("query"),
      onValueChange: (value: string[]) => host.emit<RungsValueChangeDetail>("rungs-value-change", { value }),
    };
    if (host.attr("assessable") === undefined) return <LevelLadder {...props} />;
    return (
      <AssessableLadder
        {...props}
        threshold={thresholdOf(host)}
        onCheckedChange={(detail) => host.emit<RungsCheckedChangeDetail>("rungs-checked-change", detail)}
      />
    );
  },
};

/**
 * A ladder over its own `useAssessment` state (the element holds no React state itself).
 * The event says the level the new state reaches, read from the state's one assessment
 * once React has rendered it, not assessed again: an effect after the hook's own (which
 * reports the change), flushed within the click as React does for a discrete event.
 */
function AssessableLadder({
  onCheckedChange,
  targetLevel,
  threshold,
  framework,
  ...props
}: {
  framework: Framework;
  labels: Partial<RungsLabels> | undefined;
  threshold: number | undefined;
  idPrefix: string | undefined;
  currentLevel: string | undefined;
  targetLevel: string | undefined;
  query: string | undefined;
  onValueChange: (value: string[]) => void;
  onCheckedChange: (detail: RungsCheckedChangeDetail) => void;
}) {
  // Set by a change the reader made; the effect below reports it once the state has it.
  const changed = useRef<readonly string[] | undefined>(undefined);
  const assessment = useAssessment(framework, {
    onCheckedChange: (checked) => {
      changed.current = checked;
    },
    targetLevel,
    threshold,
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

/** `ProgressionMatrix`. */
export const matrixView: ElementView = {
  attributes: ["current-level", "target-level", "query", "id-prefix", "labels"],
  render: (framework, host) => (
    <ProgressionMatrix
      framework={framework}
      labels={labelsOf(host)}
      idPrefix={host.attr("id-prefix")}
      currentLevel={host.attr("current-level")}
      targetLevel={host.attr("target-level")}
      query={host.attr("query")}
    />
  ),
};

/** `LevelCompare` of the levels `from` and `to`. */
export const compareView: ElementView = {
  attributes: ["from", "to", "id-prefix", "labels"],
  render: (framework, host) => (
    <LevelCompare
      framework={framework}
      labels={labelsOf(host)}
      idPrefix={host.attr("id-prefix")}
      from={host.attr("from") ?? ""}
      to={host.attr("to") ?? ""}
    />
  ),
};

/** `LevelStepper`; `link-to` makes each step a link to that level's anchor. */
export const stepperView: ElementView = {
  attributes: ["current-level", "target-level", "link-to", "id-prefix", "labels"],
  render: (framework, host) => (
    <LevelStepper
      framework={framework}
      labels={labelsOf(host)}
      idPrefix={host.attr("id-prefix")}
      currentLevel={host.attr("current-level")}
      targetLevel={host.attr("target-level")}
      linkTo={linkToOf(host)}
    />
  ),
};

/**
 * `AssessmentSummary` of a saved or live result: `checked` holds space-separated statement
 * ids (a host sets it from a ladder's `rungs-checked-change`); `threshold` as the ladder's.
 */
export const summaryView: ElementView = {
  attributes: ["checked", "target-level", "threshold", "labels"],
  render: (framework, host) => (
    <AssessmentSummary
      framework={framework}
      labels={labelsOf(host)}
      threshold={thresholdOf(host)}
      checked={idList(host.attr("checked"))}
      targetLevel={host.attr("target-level")}
    />
  ),
};

/**
 * (1.1) `AreaProfile` of a saved or live result, as the summary takes it: `checked`,
 * `target-level`, `threshold`. Its `labels` are the profile's own (`AreaProfileLabels`:
 * `title`, `tableCaption`…). Empty for a framework without areas, as the component is.
 */
export const areaProfileView: ElementView = {
  attributes: ["checked", "target-level", "threshold", "labels"],
  render: (framework, host) => (
    <AreaProfile
      framework={framework}
      labels={labelsOf(host) as Partial<AreaProfileLabels> | undefined}
      threshold={thresholdOf(host)}
      checked={idList(host.attr("checked"))}
      targetLevel={host.attr("target-level")}
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
