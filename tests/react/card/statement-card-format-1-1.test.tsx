import { type Statement, searchStatements } from "@rungs/core";
import { StatementCard } from "@rungs/react";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../axe";
import { everyField, infracloud } from "../ladder/format-1-1";

const reviews = everyField.levels[0]?.statements.find((statement) => statement.id === "review-small") as Statement;
const { examples: _examples, ...noteOnly } = reviews;
const { notes: _notes, proficiency: _proficiency, ...plain } = noteOnly;
const withExamples = infracloud.levels.flatMap((level) => level.statements).find((s) => s.examples) as Statement;

describe("StatementCard with format 1.1", () => {
  it("shows the proficiency as a label and the examples and note in a closed native disclosure", async () => {
    const { container } = render(<StatementCard statement={reviews} headingLevel={3} />);
    expect(container.querySelector(".rungs-card__proficiency")?.textContent).toBe("Proficiency: Adopts, ");
    const details = container.querySelector("details") as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector("summary")?.textContent).toBe("2 examples and notes");
    expect(details.querySelectorAll(".rungs-card__examples > li")).toHaveLength(2);
    expect(details.textContent).toContain("Not an expectation in the first month.");
    details.open = true;
    await expectNoAxeViolations(container);
  });

  it("says what the disclosure holds: examples only, or a note only", () => {
    const { container, rerender } = render(<StatementCard statement={withExamples} />);
    const count = withExamples.examples?.length ?? 0;
    expect(container.querySelector("summary")?.textContent).toBe(`${count} example${count === 1 ? "" : "s"}`);
    rerender(<StatementCard statement={noteOnly} />);
    expect(container.querySelector("summary")?.textContent).toBe("Notes");
    rerender(<StatementCard statement={plain} />);
    expect(container.querySelector("details, .rungs-card__proficiency")).toBeNull();
  });

  it("takes labels for its new texts", () => {
    const { container } = render(
      <StatementCard
        statement={reviews}
        labels={{ proficiency: "Level: {proficiency}", examplesAndNotesSummary: "More" }}
      />,
    );
    expect(container.querySelector(".rungs-card__proficiency")?.textContent).toBe("Level: Adopts, ");
    expect(container.querySelector("summary")?.textContent).toBe("More");
  });

  it("keeps the examples and note out of a checkbox's label: they are never what the box says", () => {
    render(<StatementCard statement={reviews} defaultChecked={false} />);
    const box = screen.getByRole("checkbox");
    expect(box.closest("label, .rungs-card")?.querySelector("details")).toBeTruthy();
    expect(document.querySelector("label")?.textContent).not.toMatch(/within a day|first month/);
  });

  it("opens the disclosure and marks the words a search found in the note", () => {
    const [match] = searchStatements(everyField, "first month");
    expect(match?.field).toBe("note");
    const { container } = render(<StatementCard statement={reviews} highlight={match} />);
    expect((container.querySelector("details") as HTMLDetailsElement).open).toBe(true);
    expect([...container.querySelectorAll(".rungs-card__notes mark")].map((mark) => mark.textContent)).toEqual([
      "first",
      "month",
    ]);
  });
});
