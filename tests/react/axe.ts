import axe from "axe-core";
import { expect } from "vitest";

/**
 * Runs axe (WCAG 2.2 A/AA and best practices) on a rendered component. Colour contrast is
 * off here only: jsdom has no layout or canvas to compute it; the browser tests keep it on.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    rules: { "color-contrast": { enabled: false }, region: { enabled: false } },
  });
  const violations = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
  expect(violations).toEqual([]);
}
