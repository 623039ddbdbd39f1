import { alignThemes, assertFramework, type Framework, searchStatements, type ThemeRow } from "@rungs/core";
import { LevelLadder, ProgressionMatrix } from "@rungs/react";
import { render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { oneZeroSeedFiles, seedFiles, seedText } from "../../seeds";
import { expectNoAxeViolations } from "../axe";
import { seed, small } from "../fixtures";

const table = () => screen.getByRole("table");
const allStatements = (framework: Framework) => framework.levels.flatMap((level) => level.statements);
/** The statements shown, by the ids of their elements (`matrix-<statement id>`). */
const shownIds = (root: ParentNode, prefix = "matrix-") =>
  [...root.querySelectorAll(`[id^="${prefix}"]`)].map((element) => element.id.slice(prefix.length));
/** What a sighted reader gets of a cell: its text without the visually hidden words. */
const visibleText = (cell: Element) => {
  const copy = cell.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll(".rungs-visually-hidden")) hidden.remove();
  return copy.textContent ?? "";
};
/** How many times `text` occurs in `html`. */
const occurrences = (html: string, text: string) => html.split(text).length - 1;

/** A made-up word for each number ("bmm", "bmn", …): statements built of them share none. */
const word = (n: number): string => (n < 26 ? "" : word(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));

/** `levels` levels of `perLevel` statements that share no word, so alignment finds no theme. */
function unrelated(levels: number, perLevel: number): Framework {
  return assertFramework({
    schemaVersion: "1.0",
    occupation: { title: "Sprawl" },
    framework: {
      levels: Object.fromEntries(
        Array.from({ length: levels }, (_, l) => [
          `level-${l + 1}`,
          {
            label: `Level ${l + 1}`,
            statements: Array.from({ length: perLevel }, (_, s) => {
              const first = 3 * (l * perLevel + s) + 1000;
              return `${word(first)} — ${word(first + 1)} ${word(first + 2)}.`;
            }),
          },
        ]),
      ),
    },
  });
}

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

  it("puts statements with equal subjects in one row, by level, without repeating the subject", () => {
    render(<ProgressionMatrix framework={small} />);
    const [, pruning] = within(table()).getAllByRole("row");
    const cells = within(pruning as HTMLElement).getAllByRole("cell");
    expect(cells.map(visibleText)).toEqual(["cuts dead wood with guidance.", "shapes shrubs unaided.", ""]);
  });

  it("shows a subject the row header does not say, before the description", () => {
    const framework = assertFramework({
      schemaVersion: "1.0",
      framework: { levels: { a: { statements: ["Testing — runs tests.", "Review — reads code."] } } },
    });
    const rows: ThemeRow[] = [
      { id: "all", label: "Everything", cells: [framework.levels[0]?.statements ?? []], links: [] },
    ];
    render(<ProgressionMatrix framework={framework} rows={rows} />);
    const items = within(table()).getAllByRole("listitem");
    expect(items.map((item) => item.querySelector("b")?.textContent)).toEqual(["Testing", "Review"]);
    expect(items.map((item) => item.textContent)).toEqual(["Testing runs tests.", "Review reads code."]);
  });

  it("aligns a real framework's repeated subjects into shared rows", () => {
    const framework = assertFramework(seedText("ft-engineering.json"));
    render(<ProgressionMatrix framework={framework} />);
    expect(within(table()).getAllByRole("rowheader")).toHaveLength(alignThemes(framework).rows.length);
    expect(within(table()).getAllByRole("rowheader").length).toBeLessThan(15);
  });

  it("tells screen readers that a cell is empty (the dash is the stylesheet's, not text)", () => {
    render(<ProgressionMatrix framework={small} />);
    const [, , soil] = within(table()).getAllByRole("row");
    const cells = within(soil as HTMLElement).getAllByRole("cell");
    expect(cells[1]?.textContent).toBe("No statement at this level");
    expect(cells[1]?.querySelector(".rungs-visually-hidden")?.textContent).toBe("No statement at this level");
    expect(cells[1]?.classList.contains("rungs-empty")).toBe(true);
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

  it("names each cell's column for the narrow layout, markers in words too", () => {
    render(<ProgressionMatrix framework={seed} currentLevel="developing" targetLevel="advanced" />);
    const names = ["Emerging", "Developing · You are here", "Proficient · On your path", "Advanced · Target"];
    for (const row of within(table()).getAllByRole("row").slice(1)) {
      within(row)
        .getAllByRole("cell")
        .forEach((cell, rank) => {
          // Issue 21: an empty cell shows its dash in the narrow layout too, under its column's name.
          expect(cell.getAttribute("data-label")).toBe(names[rank]);
        });
    }
  });

  it("takes the host's own rows", () => {
    const rows = [
      { id: "everything", label: "Everything", cells: small.levels.map((level) => level.statements), links: [] },
    ];
    render(<ProgressionMatrix framework={small} rows={rows} />);
    expect(
      within(table())
        .getAllByRole("rowheader")
        .map((th) => th.textContent),
    ).toEqual(["Everything"]);
    expect(shownIds(table()).sort()).toEqual(
      allStatements(small)
        .map((statement) => statement.id)
        .sort(),
    );
  });

  it("renders each statement in one element, with a readable id", () => {
    const { container } = render(<ProgressionMatrix framework={seed} />);
    const ids = shownIds(container);
    expect(ids.sort()).toEqual(
      allStatements(seed)
        .map((statement) => statement.id)
        .sort(),
    );
    const html = container.innerHTML;
    for (const statement of allStatements(seed)) expect(occurrences(html, statement.description)).toBe(1);
    // A statement that is alone in its cell is the cell; several are the items of a list.
    for (const element of container.querySelectorAll("[id^='matrix-']")) {
      expect(["TD", "LI"]).toContain(element.tagName);
    }
  });

  it("gives a statement a host's rows list twice its id once", () => {
    const pruning = small.levels[0]?.statements[0];
    if (!pruning) throw new Error("fixture");
    const rows: ThemeRow[] = [
      { id: "a", label: "Pruning", cells: [[pruning], [], []], links: [] },
      { id: "b", label: "Cutting", cells: [[pruning], [], []], links: [] },
    ];
    const { container } = render(<ProgressionMatrix framework={small} rows={rows} />);
    // A host's rows are shown as rows, however sparse ("auto" changes only core's alignment).
    expect(container.firstElementChild?.getAttribute("data-mode")).toBe("themes");
    expect(container.querySelectorAll(`#matrix-${pruning.id}`)).toHaveLength(1);
    expect(occurrences(container.innerHTML, pruning.description)).toBe(2);
  });

  it("takes an id prefix, so two matrices on a page never share an id", () => {
    const { container } = render(
      <>
        <ProgressionMatrix framework={small} />
        <ProgressionMatrix framework={small} idPrefix="gardener-" />
      </>,
    );
    const ids = [...container.querySelectorAll("[id]")].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(container.querySelector("#matrix-novice-1")?.textContent).toContain("cuts dead wood");
    expect(container.querySelector("#gardener-novice-1")?.textContent).toContain("cuts dead wood");
  });

  it("forwards a ref to its root", () => {
    const ref = createRef<HTMLDivElement>();
    render(<ProgressionMatrix ref={ref} framework={small} data-testid="root" />);
    expect(ref.current).toBe(screen.getByTestId("root"));
    expect(ref.current?.classList.contains("rungs-matrix")).toBe(true);
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
    // One table for every width: no second layout, no second caption.
    expect(screen.getAllByRole("group")).toEqual([scroller]);
    expect(screen.getAllByText("Gardener: progression by level")).toHaveLength(1);
  });

  it("says once, in development, that `compare` was removed, and keeps old props off the DOM", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const removed = { compare: ["novice", "skilled"], headingLevel: 4 } as Record<string, unknown>;
    const { container } = render(
      <>
        <ProgressionMatrix framework={small} {...removed} />
        <ProgressionMatrix framework={small} {...removed} />
      </>,
    );
    expect(warn.mock.calls.filter(([message]) => String(message).includes("`compare` was removed"))).toHaveLength(1);
    expect(container.querySelector("[compare], [headinglevel]")).toBeNull();
    expect(error).not.toHaveBeenCalled();
    warn.mockRestore();
    error.mockRestore();
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
    render(<ProgressionMatrix framework={seed} strategy="subject" layout="themes" />);
    // The seed repeats no subject: one row per statement.
    expect(within(table()).getAllByRole("rowheader")).toHaveLength(40);
  });
});

describe("ProgressionMatrix layout", () => {
  it("lays out one column per level, each listing its statements, when asked", () => {
    const { container } = render(<ProgressionMatrix framework={seed} layout="levels" currentLevel="developing" />);
    expect(container.firstElementChild?.getAttribute("data-mode")).toBe("levels");
    expect(
      within(table())
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual(["Emerging", "DevelopingYou are here", "Proficient", "Advanced"]);
    expect(within(table()).queryAllByRole("rowheader")).toHaveLength(0);
    const cells = within(table()).getAllByRole("cell");
    expect(cells.map((cell) => shownIds(cell))).toEqual(
      seed.levels.map((level) => level.statements.map((statement) => statement.id)),
    );
    // Without a row header to say it, every subject is shown.
    expect(cells[0]?.querySelectorAll("b")).toHaveLength(seed.levels[0]?.statements.length ?? -1);
    expect(cells[1]?.hasAttribute("data-current")).toBe(true);
  });

  it('"auto" keeps a row per theme where statements share themes', () => {
    // The 1.0 seeds share subjects; of the real 1.1 ladders, the Postman ones name none (and
    // no area), so "auto" rightly lists their levels. How areas and tracks show: issue 21.
    for (const file of oneZeroSeedFiles) {
      const html = renderToString(<ProgressionMatrix framework={seedText(file)} />);
      expect(html, file).toContain('data-mode="themes"');
    }
  });

  it('"auto" lists each level\'s statements when they share no theme, instead of multiplying empty cells', () => {
    const framework = unrelated(4, 6);
    const { container, unmount } = render(<ProgressionMatrix framework={framework} />);
    expect(container.firstElementChild?.getAttribute("data-mode")).toBe("levels");
    expect(within(table()).getAllByRole("cell")).toHaveLength(4);
    expect(container.querySelectorAll(".rungs-empty")).toHaveLength(0);
    unmount();
    // Asked for, the theme table still comes: a row per statement, mostly empty cells.
    const themes = render(<ProgressionMatrix framework={framework} layout="themes" />);
    expect(themes.container.querySelectorAll(".rungs-empty").length).toBeGreaterThan(24);
  });

  it("keeps its layout while searching", () => {
    // Four matches in a 40-statement table: cut down to them, the theme rows would be mostly
    // empty; the layout is decided on all rows, so it does not change as a reader types.
    render(<ProgressionMatrix framework={seed} query="oscilloscopes" />);
    expect(table().closest(".rungs-matrix")?.getAttribute("data-mode")).toBe("themes");
    expect(within(table()).getAllByRole("rowheader").length).toBeGreaterThan(0);
  });

  it("renders at most twice the ladder's HTML for every seed and for 12 levels × 400 unrelated statements", () => {
    const frameworks: Array<[string, Framework | string]> = [
      ...seedFiles.map((file): [string, string] => [file, seedText(file)]),
      ["12 × 400", unrelated(12, 400)],
    ];
    for (const [name, framework] of frameworks) {
      const matrix = renderToString(<ProgressionMatrix framework={framework} />).length;
      const ladder = renderToString(<LevelLadder framework={framework} />).length;
      expect(matrix / ladder, name).toBeLessThanOrEqual(2);
    }
  }, 60_000);
});

describe("ProgressionMatrix search", () => {
  const query = "oscilloscopes";
  const matching = searchStatements(seed, query).map((match) => match.statement.id);

  it("shows only the rows and statements that match, with the words marked", () => {
    render(<ProgressionMatrix framework={seed} query={query} />);
    expect(matching.length).toBeGreaterThan(1);
    expect(shownIds(table()).sort()).toEqual([...matching].sort());
    const rows = within(table()).getAllByRole("rowheader");
    expect(rows.length).toBeLessThanOrEqual(matching.length);
    expect(rows.length).toBeLessThan(alignThemes(seed).rows.length);
    const marks = [...table().querySelectorAll("mark")].map((mark) => mark.textContent?.toLowerCase());
    expect(marks.length).toBeGreaterThanOrEqual(matching.length);
    expect(new Set(marks)).toEqual(new Set([query]));
  });

  it("announces how many statements match", () => {
    render(<ProgressionMatrix framework={seed} query={`  ${query} `} />);
    expect(screen.getByRole("status").textContent).toBe(`${matching.length} statements match “${query}”.`);
  });

  it("leaves a cell without a match empty", () => {
    render(<ProgressionMatrix framework={seed} query={query} />);
    const cells = within(table()).getAllByRole("cell");
    const empty = cells.filter((cell) => shownIds(cell).length === 0 && !cell.id);
    expect(empty.length).toBeGreaterThan(0);
    expect(empty.every((cell) => cell.textContent === "No statement at this level")).toBe(true);
    const filled = cells.filter((cell) => !empty.includes(cell));
    expect(filled.flatMap((cell) => (cell.id ? [cell.id.slice(7)] : shownIds(cell))).sort()).toEqual(
      [...matching].sort(),
    );
  });

  it("says when nothing matches, and shows no table", () => {
    render(<ProgressionMatrix framework={seed} query="zebra crossing" />);
    expect(screen.getByRole("status").textContent).toBe("No statement matches “zebra crossing”.");
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("does not filter on an empty or blank query, and keeps the status region empty", () => {
    render(<ProgressionMatrix framework={seed} query="   " />);
    expect(shownIds(table())).toHaveLength(40);
    expect(table().querySelector("mark")).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("");
  });

  it("filters the levels layout too", () => {
    render(<ProgressionMatrix framework={seed} query={query} layout="levels" />);
    expect(shownIds(table()).sort()).toEqual([...matching].sort());
  });

  it("has no axe violations while searching", async () => {
    const { container } = render(<ProgressionMatrix framework={seed} query={query} />);
    await expectNoAxeViolations(container);
  });

  it("has no axe violations in the levels layout", async () => {
    const { container } = render(<ProgressionMatrix framework={seed} layout="levels" currentLevel="developing" />);
    await expectNoAxeViolations(container);
  });
});
