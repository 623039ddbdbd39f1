import { ProgressionMatrix } from "@rungs/react";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../axe";
import { seed } from "../fixtures";
import { everyField, sourcegraph } from "../ladder/format-1-1";

// Issue 21: the statements expected at every level are in the matrix too, once, first:
// a row group under "Expected at every level", each statement a cell across the table.

const everyLevelBody = (container: HTMLElement) =>
  container.querySelector<HTMLElement>("tbody.rungs-matrix__every-level");

describe("ProgressionMatrix with statements expected at every level", () => {
  it("shows each once, first, in a row group under its header, a cell across the table", async () => {
    const { container } = render(<ProgressionMatrix framework={sourcegraph} />);
    const body = everyLevelBody(container) as HTMLElement;
    expect(container.querySelector("tbody")).toBe(body);
    const header = within(body).getByRole("rowheader");
    expect(header.getAttribute("scope")).toBe("rowgroup");
    expect(header.textContent).toBe("Expected at every level");
    const columns = (container.querySelector("thead tr") as HTMLTableRowElement).cells.length;
    const cells = [...body.querySelectorAll("td")];
    expect(cells.map((cell) => cell.id)).toEqual(sourcegraph.allLevels.map((statement) => `matrix-${statement.id}`));
    for (const cell of cells) expect(cell.colSpan).toBe(columns);
    for (const statement of sourcegraph.allLevels)
      expect(container.querySelectorAll(`[id="matrix-${statement.id}"]`)).toHaveLength(1);
    await expectNoAxeViolations(container);
  });

  it("spans the levels alone in the layout of one column per level", () => {
    const { container } = render(<ProgressionMatrix framework={everyField} layout="levels" />);
    const cells = [...(everyLevelBody(container) as HTMLElement).querySelectorAll("td")];
    expect(cells.map((cell) => cell.colSpan)).toEqual(everyField.allLevels.map(() => everyField.levels.length));
  });

  it("keeps those a search finds, and none when it finds none of them", () => {
    const statement = sourcegraph.allLevels[0];
    if (!statement) throw new Error("sourcegraph-product has statements expected at every level");
    const word = statement.description.split(/\s+/).find((each) => each.length > 6) as string;
    const { container, rerender } = render(<ProgressionMatrix framework={sourcegraph} query={word} />);
    const ids = [...(everyLevelBody(container) as HTMLElement).querySelectorAll("td")].map((cell) => cell.id);
    expect(ids).toContain(`matrix-${statement.id}`);
    expect(screen.getAllByRole("table")).toHaveLength(1);
    rerender(<ProgressionMatrix framework={sourcegraph} query="zzzznothing" />);
    expect(everyLevelBody(container)).toBeNull();
  });

  it("adds nothing for a framework without them", () => {
    const { container } = render(<ProgressionMatrix framework={seed} />);
    expect(everyLevelBody(container)).toBeNull();
  });
});
