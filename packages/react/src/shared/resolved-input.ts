import type { Framework } from "@rungs/core";

/**
 * The input each framework `useAssessment` resolved was resolved from, so a ladder given
 * the same input and the state finds the framework already resolved instead of checking
 * the input a second time. Weak: it holds no framework alive. Server-safe (no directive),
 * so the ladder's server part reads it without importing the client hook.
 */
const inputOf = new WeakMap<Framework, unknown>();

export function rememberInput(framework: Framework, input: unknown): void {
  inputOf.set(framework, input);
}

/** True when `framework` was resolved from `input` (the same value, not an equal one). */
export function resolvedFrom(framework: Framework, input: unknown): boolean {
  return inputOf.has(framework) && inputOf.get(framework) === input;
}
