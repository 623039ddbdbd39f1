import { expect } from "vitest";

/** What this needs of a story from `composeStories`: it runs, and keeps its addons' reports. */
export interface ComposedStory {
  run(): Promise<void>;
  reporting: { reports: { type: string; result?: unknown }[] };
}

interface AxeResult {
  violations?: { id: string; help: string; nodes: unknown[] }[];
}

/**
 * Renders a composed story as Storybook does (decorators, play function, then axe) and
 * fails on any axe violation: outside the Storybook test plugin, addon-a11y only reports them.
 */
export async function runStory(story: ComposedStory): Promise<void> {
  const before = story.reporting.reports.length;
  await story.run();
  const axeReports = story.reporting.reports.slice(before).filter((report) => report.type === "a11y");
  expect(axeReports, "axe ran after the story").toHaveLength(1);
  const violations = axeReports.flatMap((report) => (report.result as AxeResult | undefined)?.violations ?? []);
  expect(violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}
