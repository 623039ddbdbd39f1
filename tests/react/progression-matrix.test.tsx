import { alignThemes, assertFramework } from "@rungs/core";
import { ProgressionMatrix } from "@rungs/react";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { seedText } from "../seeds";
import { expectNoAxeViolations } from "./axe";
import { seed, small } from "./fixtures";

const table = () => screen.getByRole("table");

describe("ProgressionMatrix", () => {
  it("is a real table: caption, level columns in author order, theme rows, scoped headers", () => {
    render(<ProgressionMatrix framework={small} />);
    expect(within(table()).getByText("Gardener: progression by level").tagName).toBe("CAPTION");
    const columnHeaders = within(table()).getAllByRole("columnheader");
    expect(columnHeaders.map((th) => th.textContent)).toEqual(["Theme", "Novice", "Skilled", "Expert"]);
    expect(columnHeaders.every((th) => th.getAttribute("scope") === "col")).toBe(true);
    const rowHeaders = within(table()).getAllByRole("rowheader");
    expect(rowHeaders.map((th) => th.textContent)).toEqual(["Pruning", "Soil"]);
    expect(rowHeaders.every((th) => th.getAttribute("scope") === "row")).toBe(true);
  });

  it("puts statements with equal subjects in one row, by level", () => {
    render(<ProgressionMatrix framework={small} />);
    const [, pruning] = within(table()).getAllByRole("row");
    const cells = within(pruning as HTMLElement).getAllByRole("cell");
    expect(cells.map((cell) => cell.querySelector(".rungs-card__description")?.textContent ?? "")).toEqual([
      "cuts dead wood with guidance.",
      "shapes shrubs unaided.",
      "",
    ]);
  });

  it("aligns a real framework's repeated subjects into shared rows", () => {
    const framework = assertFramework(seedText("ft-engineering.json"));
    render(<ProgressionMatrix framework={framework} />);
    expect(within(table()).getAllByRole("rowheader")).toHaveLength(alignThemes(framework).rows.length);
    expect(within(table()).getAllByRole("rowheader").length).toBeLessThan(15);
  });

  it("tells screen readers that a cell is empty", () => {
    render(<ProgressionMatrix framework={small} />);
    const [, , soil] = within(table()).getAllByRole("row");
    const cells = within(soil as HTMLElement).getAllByRole("cell");
    expect(cells[1]?.textContent).toContain("No statement at this level");
    expect(cells[1]?.querySelector("[aria-hidden='true']")?.textContent).toBe("–");
  });

  it("highlights the current and target columns, with text", () => {
    render(<ProgressionMatrix framework={seed} currentLevel="developing" targetLevel="advanced" />);
    const headers = within(table()).getAllByRole("columnheader");
    expect(headers[2]?.textContent).toBe("DevelopingYou are here");
    expect(headers[4]?.textContent).toBe("AdvancedTarget");
    expect(headers[3]?.textContent).toBe("ProficientOn your path");
    expect(headers[2]?.hasAttribute("data-current")).toBe(true);
    const firstRowCells = within(within(table()).getAllByRole("row")[1] as HTMLElement).getAllByRole("cell");
    expect(firstRowCells[1]?.hasAttribute("data-current")).toBe(true);
    expect(firstRowCells[3]?.hasAttribute("data-target")).toBe(true);
  });

  it("takes the host's own rows", () => {
    const all = small.levels.flatMap((level) => level.statements);
    const rows = [{ id: "everything", label: "Everything", cells: small.levels.map((level) => level.statements) }];
    render(<ProgressionMatrix framework={small} rows={rows} />);
    expect(
      within(table())
        .getAllByRole("rowheader")
        .map((th) => th.textContent),
    ).toEqual(["Everything"]);
    expect(within(table()).getAllByRole("listitem")).toHaveLength(all.length);
  });

  it("has a stacked list per level with the same statements for narrow containers", () => {
    const { container } = render(<ProgressionMatrix framework={seed} />);
    const stack = container.querySelector(".rungs-matrix__stack") as HTMLElement;
    const headings = within(stack).getAllByRole("heading", { level: 3 });
    expect(headings.map((h) => h.textContent?.trim())).toEqual(["Emerging", "Developing", "Proficient", "Advanced"]);
    expect(stack.querySelectorAll(".rungs-card")).toHaveLength(40);
    expect(table().querySelectorAll(".rungs-card")).toHaveLength(40);
  });

  it("makes its scrolling table reachable by keyboard and named by the caption", () => {
    render(<ProgressionMatrix framework={small} />);
    const region = screen.getByRole("region", { name: "Gardener: progression by level" });
    expect(region.tabIndex).toBe(0);
  });

  it("shows an error panel for invalid input", () => {
    render(<ProgressionMatrix framework={{ schemaVersion: "1.0" }} />);
    expect(screen.getByRole("alert").textContent).toContain("framework is missing");
  });

  it("replaces its strings through labels", () => {
    render(<ProgressionMatrix framework={small} labels={{ theme: "Thème", matrixCaption: "Progression — {title}" }} />);
    expect(within(table()).getByText("Progression — Gardener")).toBeTruthy();
    expect(within(table()).getAllByRole("columnheader")[0]?.textContent).toBe("Thème");
  });

  it("has no axe violations", async () => {
    const { container } = render(
      <ProgressionMatrix framework={seed} currentLevel="emerging" targetLevel="proficient" />,
    );
    await expectNoAxeViolations(container);
  });
});
