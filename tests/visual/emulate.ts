import { cdp, page } from "vitest/browser";

/**
 * The test frame's height, and the most of a view a baseline holds (host.css clips the host
 * to it): the whole ladder at 1280 px, and the first screens of the longer views, whose
 * rest repeats the same rules on more statements. Kept small: baselines are committed.
 */
export const FRAME_HEIGHT = 1600;

/** One case's conditions: what the host page's visitor has chosen, and how wide their window is. */
export interface VisualConditions {
  colorScheme: "light" | "dark";
  dir: "ltr" | "rtl";
  width: 360 | 1280;
}

/** Every combination the baselines cover: 2 schemes × 2 directions × 2 widths. */
export const allConditions: VisualConditions[] = (["light", "dark"] as const).flatMap((colorScheme) =>
  (["ltr", "rtl"] as const).flatMap((dir) => ([360, 1280] as const).map((width) => ({ colorScheme, dir, width }))),
);

/** A file-name-safe label for a case, also its baseline's name: `light-ltr-360`. */
export function conditionsName({ colorScheme, dir, width }: VisualConditions): string {
  return `${colorScheme}-${dir}-${width}`;
}

/**
 * Sizes the test frame and emulates the colour scheme through the DevTools protocol, as the
 * browser would for a visitor who chose it; motion is reduced for the whole run (project.ts),
 * so no transition is caught half-way.
 */
export async function applyConditions({ colorScheme, width }: VisualConditions): Promise<void> {
  await page.viewport(width, FRAME_HEIGHT);
  await cdp().send("Emulation.setEmulatedMedia", {
    features: [
      { name: "prefers-color-scheme", value: colorScheme },
      { name: "prefers-reduced-motion", value: "reduce" },
    ],
  });
}
