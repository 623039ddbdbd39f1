import { alignThemes, assertFramework, searchStatements } from "@rungs/core";
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
    const rows = [
      { id: "everything", label: "Everything", cells: small.levels.map((level) => level.statements), links: [] },
    ];
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

  it("makes its scrolling table reachable by keyboard, with a short name of its own", () => {
    render(<ProgressionMatrix framework={small} />);
    const scroller = screen.getByRole("group", { name: "Scrollable table" });
    expect(scroller.tabIndex).toBe(0);
    expect(scroller.contains(table())).toBe(true);
    // The caption names the table only: read once.
    expect(table().getAttribute("aria-label") ?? "").toBe("");
    expect(screen.queryAllByRole("region")).toHaveLength(0);
    expect(screen.getByRole("table", { name: "Gardener: progression by level" })).toBe(table());
  });

  it("shows its caption in the narrow layout too, and names that layout with it", () => {
    const { container } = render(<ProgressionMatrix framework={small} />);
    const stack = container.querySelector(".rungs-matrix__stack");
    expect(screen.getByRole("group", { name: "Gardener: progression by level" })).toBe(stack);
    expect(stack?.querySelector(".rungs-matrix__stack-caption")?.textContent).toBe("Gardener: progression by level");
    // The scroll container's name is its own, not the caption again.
    expect(screen.getAllByRole("group").map((group) => group.getAttribute("aria-label"))).toEqual([
      "Scrollable table",
      null,
    ]);
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

describe("ProgressionMatrix rows", () => {
  it("follows alignThemes' default strategy, and takes another one", () => {
    const { unmount } = render(<ProgressionMatrix framework={seed} />);
    expect(within(table()).getAllByRole("rowheader")).toHaveLength(alignThemes(seed).rows.length);
    unmount();
    render(<ProgressionMatrix framework={seed} strategy="subject" />);
    // The seed repeats no subject: one row per statement.
    expect(within(table()).getAllByRole("rowheader")).toHaveLength(40);
  });
});

describe("ProgressionMatrix compare mode", () => {
  it("shows the two levels side by side instead of the whole matrix", () => {
    render(<ProgressionMatrix framework={seed} compare={["emerging", "developing"]} />);
    expect(screen.queryByText(/progression by level/)).toBeNull();
    expect(within(table()).getByText(/: Emerging compared with Developing$/).tagName).toBe("CAPTION");
    expect(
      within(table())
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual(["Theme", "Emerging", "Developing"]);
    expect(table().querySelector("del .rungs-visually-hidden")?.textContent?.trim()).toBe("removed:");
    expect(table().querySelector("ins .rungs-visually-hidden")?.textContent?.trim()).toBe("inserted:");
  });

  it("groups by the strategy it is given", () => {
    render(
      <ProgressionMatrix
        framework={small}
        compare={["novice", "skilled"]}
        strategy="subject"
        labels={{ compareSummary: "{changed}/{removed}" }}
      />,
    );
    expect(
      within(table())
        .getAllByRole("rowheader")
        .map((th) => th.textContent),
    ).toEqual(["Pruning", "Soil"]);
    expect(screen.getByText("1/1")).toBeTruthy();
    // "cuts dead wood with guidance" → "shapes shrubs unaided": nothing kept but the subject.
    const rewritten = table().querySelector("td[data-side='to'] [data-rewritten]");
    expect(rewritten?.querySelector(".rungs-compare__badge")?.textContent).toBe("Rewritten");
    expect(rewritten?.querySelector("ins")?.textContent).toBe("inserted: shapes shrubs unaided");
  });

  it("says which compared key is not a level", () => {
    render(<ProgressionMatrix framework={small} compare={["novice", "master"]} />);
    expect(screen.getByRole("alert").textContent).toBe("There is no level “master” in this framework.");
  });

  it("has no axe violations", async () => {
    const { container } = render(<ProgressionMatrix framework={seed} compare={["emerging", "proficient"]} />);
    await expectNoAxeViolations(container);
  });
});

describe("ProgressionMatrix search", () => {
  const query = "oscilloscopes";
  const matching = searchStatements(seed, query).map((match) => match.statement.id);

  it("shows only the rows and statements that match, with the words marked", () => {
    const { container } = render(<ProgressionMatrix framework={seed} query={query} />);
    expect(matching.length).toBeGreaterThan(1);
    const cards = [...table().querySelectorAll<HTMLElement>(".rungs-card")];
    const shownIds = cards.map((card) => {
      const level = card.dataset.level;
      const description = card.querySelector(".rungs-card__description")?.textContent;
      return seed.levels
        .find((l) => l.key === level)
        ?.statements.find((statement) => statement.description === description)?.id;
    });
    expect(shownIds.sort()).toEqual([...matching].sort());
    const rows = within(table()).getAllByRole("rowheader");
    expect(rows.length).toBeLessThanOrEqual(matching.length);
    expect(rows.length).toBeLessThan(alignThemes(seed).rows.length);
    const marks = [...table().querySelectorAll("mark")].map((mark) => mark.textContent?.toLowerCase());
    expect(marks.length).toBeGreaterThanOrEqual(matching.length);
    expect(new Set(marks)).toEqual(new Set([query]));
    // The narrow layout shows the same statements.
    const stack = container.querySelector(".rungs-matrix__stack") as HTMLElement;
    expect(stack.querySelectorAll(".rungs-card")).toHaveLength(matching.length);
    expect(stack.querySelectorAll("mark").length).toBe(marks.length);
  });

  it("announces how many statements match", () => {
    render(<ProgressionMatrix framework={seed} query={`  ${query} `} />);
    expect(screen.getByRole("status").textContent).toBe(`${matching.length} statements match “${query}”.`);
  });

  it("leaves a cell without a match empty", () => {
    render(<ProgressionMatrix framework={seed} query={query} />);
    const cells = within(table()).getAllByRole("cell");
    const empty = cells.filter((cell) => !cell.querySelector(".rungs-card"));
    expect(empty.length).toBe(cells.length - matching.length);
    expect(empty.every((cell) => cell.textContent?.includes("No statement at this level"))).toBe(true);
  });

  it("says when nothing matches, and shows no table", () => {
    render(<ProgressionMatrix framework={seed} query="zebra crossing" />);
    expect(screen.getByRole("status").textContent).toBe("No statement matches “zebra crossing”.");
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("does not filter on an empty or blank query, and keeps the status region empty", () => {
    render(<ProgressionMatrix framework={seed} query="   " />);
    expect(table().querySelectorAll(".rungs-card")).toHaveLength(40);
    expect(table().querySelector("mark")).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("");
  });

  it("has no axe violations while searching", async () => {
    const { container } = render(<ProgressionMatrix framework={seed} query={query} />);
    await expectNoAxeViolations(container);
  });
});
