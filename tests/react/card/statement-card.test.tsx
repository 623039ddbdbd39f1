import { searchStatements } from "@rungs/core";
import { StatementCard } from "@rungs/react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef } from "react";
import { describe, expect, it, vi } from "vitest";
import { CheckableStatementCard } from "../../../packages/react/src/card/checkable-statement-card";
import { expectNoAxeViolations } from "../axe";
import { seed, small } from "../fixtures";

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

  it("has no checkbox unless asked for one", () => {
    render(<StatementCard statement={first} />);
    expect(screen.queryByRole("checkbox")).toBeNull();
  });

  it("shows a checkbox named by the statement when checked or onCheckedChange is given", () => {
    const { container } = render(<StatementCard statement={first} checked={false} onCheckedChange={() => {}} />);
    const box = screen.getByRole("checkbox", { name: /^Electromechanical assemblies test basic performance/ });
    expect((box as HTMLInputElement).checked).toBe(false);
    // A presence flag: absent while unchecked, present (empty) once checked.
    expect((container.firstElementChild as HTMLElement).hasAttribute("data-checked")).toBe(false);
  });

  // Issue 19: StatementCard is server-only (no state), so data-checked says what its props
  // say; the card that keeps it in step with its own state is the ladder's client card.
  it("flags a checked card with data-checked", () => {
    const { container, rerender } = render(
      <StatementCard statement={first} checked={false} onCheckedChange={() => {}} />,
    );
    const card = container.firstElementChild as HTMLElement;
    expect(card.hasAttribute("data-checked")).toBe(false);
    rerender(<StatementCard statement={first} checked onCheckedChange={() => {}} />);
    expect(card.getAttribute("data-checked")).toBe("");
  });

  it("flags a card that starts checked with data-checked", () => {
    const { container } = render(<StatementCard statement={first} defaultChecked />);
    expect((container.firstElementChild as HTMLElement).getAttribute("data-checked")).toBe("");
  });

  it("keeps data-checked in step with its own state as the ladder's checkable card", async () => {
    const { container } = render(<CheckableStatementCard statement={first} defaultChecked={false} />);
    const card = container.firstElementChild as HTMLElement;
    await userEvent.setup().click(screen.getByRole("checkbox"));
    expect(card.getAttribute("data-checked")).toBe("");
  });

  it("has a linkable id only with an idPrefix, with or without a checkbox", () => {
    const { container, rerender } = render(<StatementCard statement={first} />);
    expect((container.firstElementChild as HTMLElement).hasAttribute("id")).toBe(false);
    rerender(<StatementCard statement={first} idPrefix="skills-" />);
    expect((container.firstElementChild as HTMLElement).id).toBe("skills-emerging-1");
    rerender(<StatementCard statement={first} idPrefix="" defaultChecked />);
    expect((container.firstElementChild as HTMLElement).id).toBe("emerging-1");
  });

  it("forwards its ref to the root element, with or without a checkbox", () => {
    const ref = createRef<HTMLElement>();
    const { container, rerender } = render(<StatementCard ref={ref} statement={first} as="section" />);
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current?.tagName).toBe("SECTION");
    rerender(<StatementCard ref={ref} statement={first} as="section" defaultChecked />);
    expect(ref.current).toBe(container.firstElementChild);
  });

  it("is named by the description alone when the subject is hidden", () => {
    render(<StatementCard statement={first} hideSubject defaultChecked />);
    const box = screen.getByRole("checkbox", { name: /^test basic performance/ }) as HTMLInputElement;
    expect(box.checked).toBe(true);
  });

  it("is toggled by click and by Space, controlled by checked", async () => {
    const user = userEvent.setup();
    const onCheckedChange = vi.fn();
    const { rerender } = render(<StatementCard statement={first} checked={false} onCheckedChange={onCheckedChange} />);
    const box = screen.getByRole("checkbox") as HTMLInputElement;
    await user.click(box);
    expect(onCheckedChange).toHaveBeenLastCalledWith(true);
    // Controlled: it changes when the host says so.
    expect(box.checked).toBe(false);
    rerender(<StatementCard statement={first} checked onCheckedChange={onCheckedChange} />);
    expect(box.checked).toBe(true);
    box.focus();
    await user.keyboard(" ");
    expect(onCheckedChange).toHaveBeenLastCalledWith(false);
  });

  it("keeps its own state with defaultChecked or onCheckedChange alone", async () => {
    const user = userEvent.setup();
    const onCheckedChange = vi.fn();
    render(<StatementCard statement={first} onCheckedChange={onCheckedChange} />);
    const box = screen.getByRole("checkbox") as HTMLInputElement;
    await user.click(box);
    expect(box.checked).toBe(true);
    expect(onCheckedChange).toHaveBeenCalledWith(true);
  });

  it("keeps the highlight in the checkbox's name", () => {
    const [match] = searchStatements(seed, "oscilloscopes");
    if (!match) throw new Error("no match");
    render(<StatementCard statement={match.statement} highlight={match} checked={false} onCheckedChange={() => {}} />);
    expect(screen.getByRole("checkbox", { name: /using oscilloscopes and/ })).toBeTruthy();
    expect(screen.getByText("oscilloscopes").tagName).toBe("MARK");
  });

  it("has no axe violations with a checkbox", async () => {
    const { container } = render(
      <ul>
        <StatementCard as="li" statement={first} level="Emerging" checked onCheckedChange={() => {}} />
      </ul>,
    );
    await expectNoAxeViolations(container);
  });

  it("has no axe violations", async () => {
    const { container } = render(<StatementCard statement={small.levels[0]?.statements[0] ?? first} level="Novice" />);
    await expectNoAxeViolations(container);
  });

  it("makes the statement its checkbox's label, read once, without paragraphs or a heading", () => {
    const { container } = render(
      <StatementCard statement={first} checked={false} onCheckedChange={() => {}} headingLevel={4} />,
    );
    const box = screen.getByRole("checkbox", { name: `${first.subject} ${first.description}` }) as HTMLInputElement;
    const label = box.labels?.[0];
    expect(label?.textContent).toBe(`${first.subject} ${first.description}`);
    // The card's text is the label's, once; headingLevel is ignored while checkable.
    expect(container.textContent).toBe(label?.textContent);
    expect(container.querySelector("p, h1, h2, h3, h4, h5, h6")).toBeNull();
    expect(screen.queryByRole("heading")).toBeNull();
  });

  it("toggles when its text is clicked", async () => {
    const user = userEvent.setup();
    render(<StatementCard statement={first} defaultChecked={false} />);
    await user.click(screen.getByText(first.description));
    expect((screen.getByRole("checkbox") as HTMLInputElement).checked).toBe(true);
  });
});
