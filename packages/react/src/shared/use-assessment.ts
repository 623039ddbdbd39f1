"use client";

import { useControllableState } from "@radix-ui/react-use-controllable-state";
import {
  type Assessment,
  assessFramework,
  encodeAssessment,
  type Framework,
  type FrameworkInput,
  type Issue,
  resolveFramework,
  statementIdsInOrder,
} from "@rungs/core";
import { useCallback, useMemo, useRef } from "react";
import { rememberInput } from "./resolved-input";

export interface UseAssessmentOptions {
  /** Ids of the checked statements (controlled). */
  checked?: readonly string[] | undefined;
  /** Ids of the statements checked at first (uncontrolled), e.g. from `decodeAssessment`. */
  defaultChecked?: readonly string[] | undefined;
  /** Called with every change: the ids of the checked statements, in the framework's order. */
  onCheckedChange?: ((checked: string[]) => void) | undefined;
  /** Share of a level's statements to check for it to be met; see `assessFramework`. Default 1. */
  threshold?: number | undefined;
  /** Key of the level the gap leads to; see `assessFramework`. Default: the next level up. */
  targetLevel?: string | undefined;
  /**
   * (1.1) Key of the track to assess; default the first track. Its statements are the ones
   * checked, ordered and coded; a view given the state shows this track.
   */
  track?: string | undefined;
}

export interface AssessmentState {
  /**
   * The framework the hook resolved from its input (once per input): views given the state
   * (`LevelLadder`, `AssessmentSummary`) show it without a `framework` of their own. While
   * there are `errors`, a framework without levels.
   */
  framework: Framework;
  /** Ids of the checked statements. */
  checked: readonly string[];
  isChecked: (id: string) => boolean;
  setChecked: (id: string, checked: boolean) => void;
  toggle: (id: string) => void;
  /** Unchecks every statement. */
  clear: () => void;
  /** Where the checked statements put the person: level, progress, gap (core's `assessFramework`). */
  assessment: Assessment;
  /** The checked statements as a short URL-safe code, for a link (core's `encodeAssessment`, for the track). */
  code: string;
  /** (1.1) The `track` option: the key of the track assessed; `undefined` for the default one. */
  track: string | undefined;
  /**
   * Why the framework given is not usable (as `parseFramework` reports it); empty when it
   * is. While there are errors, the assessment is one of a framework without statements.
   */
  errors: readonly Issue[];
}

const NONE: readonly string[] = [];
const NO_ERRORS: readonly Issue[] = [];

/** What an unusable framework is assessed as: nothing to check, nothing reached. */
const NOTHING: Framework = Object.freeze({
  schemaVersion: "1.0",
  occupation: Object.freeze({ title: "" }),
  levels: Object.freeze([]),
  areas: Object.freeze([]),
  tracks: Object.freeze([]),
  allLevels: Object.freeze([]),
  cumulative: false,
  sources: Object.freeze([]),
});

/**
 * A self-assessment over a framework: which statements a person checks, controlled by the
 * host or not, and what core derives from them. The state only; any markup can use it.
 * Takes what the components take, a parsed framework or raw input; input that is not a
 * usable framework gives an assessment of nothing and its `errors`, never a throw.
 */
export function useAssessment(input: FrameworkInput, options: UseAssessmentOptions = {}): AssessmentState {
  const resolved = useMemo(() => {
    const result = resolveFramework(input);
    if (result.ok) rememberInput(result.framework, input);
    return result;
  }, [input]);
  const framework = resolved.ok ? resolved.framework : NOTHING;
  const errors = resolved.ok ? NO_ERRORS : resolved.errors;
  const { checked: value, defaultChecked = NONE, onCheckedChange, threshold, targetLevel, track } = options;
  const [checked, setValue] = useControllableState<readonly string[]>({
    prop: value,
    defaultProp: defaultChecked,
    onChange: onCheckedChange && ((next) => onCheckedChange([...next])),
    caller: "useAssessment",
  });
  // Several changes in one event (a "check all" loop) each build on the one before.
  const latest = useRef(checked);
  latest.current = checked;

  const checkedSet = useMemo(() => new Set(checked), [checked]);
  const update = useCallback(
    (id: string, on: (isChecked: boolean) => boolean) => {
      const current = new Set(latest.current);
      const next = on(current.has(id));
      if (next === current.has(id)) return;
      if (next) current.add(id);
      else current.delete(id);
      latest.current = statementIdsInOrder(framework, current, { track });
      setValue(latest.current);
    },
    [framework, track, setValue],
  );
  const setChecked = useCallback((id: string, next: boolean) => update(id, () => next), [update]);
  const toggle = useCallback((id: string) => update(id, (was) => !was), [update]);
  const clear = useCallback(() => {
    if (latest.current.length === 0) return;
    latest.current = NONE;
    setValue(NONE);
  }, [setValue]);
  const isChecked = useCallback((id: string) => checkedSet.has(id), [checkedSet]);

  const assessment = useMemo(
    () => assessFramework(framework, checkedSet, { threshold, targetLevel, track }),
    [framework, checkedSet, threshold, targetLevel, track],
  );
  const code = useMemo(() => encodeAssessment(framework, checkedSet, { track }), [framework, checkedSet, track]);
  return { framework, checked, isChecked, setChecked, toggle, clear, assessment, code, errors, track };
}
