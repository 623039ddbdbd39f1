import { type Framework, type FrameworkInput, type Issue, resolveFramework } from "@rungs/core";
import { createElement, type ReactNode, useMemo } from "react";
import { FrameworkErrorPanel } from "./error-panel";
import type { RungsLabels } from "./labels";

export type ResolvedFramework = { ok: true; framework: Framework } | { ok: false; fallback: ReactNode };

/** A framework an entry point already resolved (`useAssessment`'s state), or why it is not usable. */
export interface KnownFramework {
  readonly framework: Framework;
  readonly errors: readonly Issue[];
}

/**
 * The framework a component was given, parsed once per input (a parsed one is kept as is),
 * or what to show instead: the host's `renderError`, else the error panel. With `known`,
 * what an entry point resolved before is used and nothing is resolved again.
 */
export function useFramework(
  input: FrameworkInput | undefined,
  labels: Partial<RungsLabels> | undefined,
  renderError: ((errors: readonly Issue[]) => ReactNode) | undefined,
  known?: KnownFramework | undefined,
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
  if (result.ok) return { ok: true, framework: result.framework };
  return {
    ok: false,
    fallback: renderError
      ? renderError(result.errors)
      : createElement(FrameworkErrorPanel, { errors: result.errors, labels }),
  };
}
