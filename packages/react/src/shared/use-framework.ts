import { type Framework, type FrameworkInput, type Issue, resolveFramework } from "@rungs/core";
import { createElement, type ReactNode, useMemo } from "react";
import { FrameworkErrorPanel } from "./error-panel";
import { formatLabel } from "./format-label";
import { type RungsLabels, resolveLabels } from "./labels";

export type ResolvedFramework = { ok: true; framework: Framework } | { ok: false; fallback: ReactNode };

/** A framework an entry point already resolved (`useAssessment`'s state), or why it is not usable. */
export interface KnownFramework {
  readonly framework: Framework;
  readonly errors: readonly Issue[];
}

/**
 * The framework a component was given, parsed once per input (a parsed one is kept as is),
 * or what to show instead: the host's `renderError`, else the error panel. With `known`,
 * what an entry point resolved before is used and nothing is resolved again. With `track`
 * (1.1), a key that names no track of the framework is shown the same way, as one problem
 * ("There is no track “x” in this framework."): a view of no track would be empty.
 */
export function useFramework(
  input: FrameworkInput | undefined,
  labels: Partial<RungsLabels> | undefined,
  renderError: ((errors: readonly Issue[]) => ReactNode) | undefined,
  known?: KnownFramework | undefined,
  track?: string | undefined,
): ResolvedFramework {
  const knownFramework = known?.framework;
  const knownErrors = known?.errors;
  const result = useMemo(() => {
    // No input at all is shown as empty input is: with the error panel.
    if (knownFramework === undefined || knownErrors === undefined) return resolveFramework(input ?? "");
    return knownErrors.length > 0
      ? { ok: false as const, errors: knownErrors }
      : { ok: true as const, framework: knownFramework };
  }, [input, knownFramework, knownErrors]);
  let errors: readonly Issue[];
  if (!result.ok) errors = result.errors;
  else if (track === undefined || hasTrack(result.framework, track)) return { ok: true, framework: result.framework };
  else
    errors = [
      { path: "", code: "invalid-value", message: formatLabel(resolveLabels(labels).unknownTrack, { key: track }) },
    ];
  return {
    ok: false,
    fallback: renderError ? renderError(errors) : createElement(FrameworkErrorPanel, { errors, labels }),
  };
}

/** True when `key` names one of the framework's tracks (compared by value: `__proto__` is just a key). */
function hasTrack(framework: Framework, key: string): boolean {
  return Array.isArray(framework.tracks) && framework.tracks.some((track) => track.key === key);
}
