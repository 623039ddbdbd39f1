import { AssessmentResult, AssessmentSummary, useAssessment } from "@rungs/react";
import { render, screen } from "@testing-library/react";
import { createRef } from "react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../axe";
import { seed } from "../fixtures";

const emerging = seed.levels[0]?.statements.map((statement) => statement.id) ?? [];

/**
 * The summary's markup without its buttons' block: what the result must render, exactly,
 * but for the ids `useId` made (each render has its own).
 */
function withoutButtons(html: string): string {
  const page = document.createElement("div");
  page.innerHTML = html;
  page.querySelector(".rungs-summary__actions")?.remove();
  return withoutIds(page.innerHTML);
}

const withoutIds = (html: string) => html.replace(/(id|aria-labelledby)="[^"]*"/g, '$1="…"');

/** The result over `useAssessment`'s state, as a client-only host writes it. */
function ResultOfState() {
  return <AssessmentResult assessment={useAssessment(seed, { defaultChecked: emerging })} />;
}

describe("AssessmentResult", () => {
  it("renders the summary's markup without its buttons, from a framework and checked ids", async () => {
    const summary = render(<AssessmentSummary framework={seed} checked={emerging} name="Ada" date="7 Dec 2026" />);
    const expected = withoutButtons(summary.container.innerHTML);
    summary.unmount();
    const { container } = render(<AssessmentResult framework={seed} checked={emerging} name="Ada" date="7 Dec 2026" />);
    expect(withoutIds(container.innerHTML)).toBe(expected);
    expect(screen.getByRole("region", { name: "Your result" }).textContent).toContain("Emerging");
    expect(screen.queryAllByRole("button")).toHaveLength(0);
    await expectNoAxeViolations(container);
  });

  it("shows useAssessment's state, with no button to start over", () => {
    render(<ResultOfState />);
    expect(screen.getByRole("region", { name: "Your result" }).textContent).toContain("Level reached: Emerging");
    expect(screen.queryAllByRole("button")).toHaveLength(0);
  });

  it("takes a ref and shows the error panel for input that is not a framework", () => {
    const ref = createRef<HTMLElement>();
    render(<AssessmentResult ref={ref} framework={seed} />);
    expect(ref.current?.classList.contains("rungs-summary")).toBe(true);
    render(<AssessmentResult framework="[]" />);
    expect(screen.getByRole("alert")).toBeTruthy();
  });
});
