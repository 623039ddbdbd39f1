import { searchStatements } from "@rungs/core";
import { StatementCard } from "@rungs/react";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./axe";
import { seed, small } from "./fixtures";

const first = seed.levels[0]?.statements[0];
if (!first) throw new Error("seed has no statements");

describe("StatementCard", () => {
  it("shows the subject as its title and the description", () => {
    const { container } = render(<StatementCard statement={first} />);
    const card = container.firstElementChild as HTMLElement;
    expect(card.tagName).toBe("ARTICLE");
    expect(card.querySelector(".rungs-card__subject")?.textContent).toBe("Electromechanical assemblies");
    expect(card.querySelector(".rungs-card__description")?.textContent).toMatch(/^test basic performance/);
    expect(card.dataset.level).toBe("emerging");
  });

  it("shows a level badge from a level or a text", () => {
    const { rerender } = render(<StatementCard statement={first} level={seed.levels[0]} />);
    expect(screen.getByText("Emerging")).toBeTruthy();
    rerender(<StatementCard statement={first} level="Entry" />);
    expect(screen.getByText("Entry")).toBeTruthy();
  });

  it("marks the ranges of a search result", () => {
    const [match] = searchStatements(seed, "electromechanical oscilloscopes");
    if (!match) throw new Error("no match");
    const { container } = render(<StatementCard statement={match.statement} highlight={match} />);
    expect([...container.querySelectorAll("mark")].map((mark) => mark.textContent)).toEqual([
      "Electromechanical",
      "oscilloscopes",
    ]);
  });

  it("renders as another element and with a heading when asked", () => {
    const { container } = render(
      <ul>
        <StatementCard statement={first} as="li" headingLevel={4} />
      </ul>,
    );
    expect(container.querySelector("li.rungs-card")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 4, name: "Electromechanical assemblies" })).toBeTruthy();
  });

  it("renders statement text as text, never as markup", () => {
    const statement = { ...first, subject: "<img src=x onerror=alert(1)>", description: "<b>bold</b>" };
    const { container } = render(<StatementCard statement={statement} />);
    expect(container.querySelector("img, b")).toBeNull();
    expect(container.textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("shows only the description for a statement without subject", () => {
    const statement = { ...first, subject: "", description: "Does things." };
    const { container } = render(<StatementCard statement={statement} />);
    expect(container.querySelector(".rungs-card__subject")).toBeNull();
  });

  it("has no axe violations", async () => {
    const { container } = render(<StatementCard statement={small.levels[0]?.statements[0] ?? first} level="Novice" />);
    await expectNoAxeViolations(container);
  });
});
