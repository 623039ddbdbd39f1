import type { Framework } from "../model/types";

/**
 * Frameworks this copy of core built itself (by `parseFramework`, or by checking a
 * parsed-looking value in `resolveFramework`): deeply frozen, so nothing about them can
 * change. Only these are used as they are and only these are cached by (alignment, folded
 * text); anything else, however framework-shaped, is checked and copied first. Weak, so a
 * framework and everything cached for it go when the host drops it.
 */
const trusted = new WeakSet<object>();

/** Records a framework core built and froze; returns it. */
export function trust(framework: Framework): Framework {
  trusted.add(framework);
  return framework;
}

/** True only for a framework core built (see {@link trust}); never for a look-alike. */
export function isTrusted(value: unknown): value is Framework {
  return typeof value === "object" && value !== null && trusted.has(value);
}
