import { type FrameworkInput, type ParseResult, resolveFramework } from "@rungs/core";
import { useMemo } from "react";

/** The framework a component was given, parsed once per input (a parsed one is kept as is). */
export function useFramework(input: FrameworkInput): ParseResult {
  return useMemo(() => resolveFramework(input), [input]);
}
