import { type Framework, type FrameworkInput, type Issue, resolveFramework } from "@rungs/core";
import { createElement, type ReactNode, useMemo } from "react";
import { FrameworkErrorPanel } from "./error-panel";
import type { RungsLabels } from "./labels";

export type ResolvedFramework = { ok: true; framework: Framework } | { ok: false; fallback: ReactNode };

/**
 * The framework a component was given, parsed once per input (a parsed one is kept as is),
 * or what to show instead: the host's `renderError`, else the error panel.
 */
export function useFramework(
  input: FrameworkInput,
  labels: Partial<RungsLabels> | undefined,
  renderError: ((errors: readonly Issue[]) => ReactNode) | undefined,
): ResolvedFramework {
  const result = useMemo(() => resolveFramework(input), [input]);
  if (result.ok) return { ok: true, framework: result.framework };
  return {
    ok: false,
    fallback: renderError
      ? renderError(result.errors)
      : createElement(FrameworkErrorPanel, { errors: result.errors, labels }),
  };
}
