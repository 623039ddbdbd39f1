import { compareLevels, getLevel } from "@rungs/core";
import { LevelCompare } from "@rungs/react";
import { render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../axe";
import { juniorSenior, seed } from "../fixtures";

/** Two levels with one statement of each kind between them (rows by subject). */
const team = juniorSenior(
  ["Testing — runs the tests.", "Review — reads code.", "Docs — writes notes."],
  ["Testing — designs the tests.", "Review — reads code.", "Mentoring — coaches juniors."],
);

const table = () => screen.getByRole("table");
const bodyRows = () => within(table()).getAllByRole("row").slice(1) as HTMLElement[];
/** The row of a theme in the table, by its header. */
const themeRow = (theme: string) => {
  const row = within(table()).getByRole("rowheader", { name: theme }).closest("tr");
  if (!row) throw new Error(`no row for ${theme}`);
  return row;
};
const cellsOf = (row: HTMLElement) => within(row).getAllByRole("cell");
/** A statement cell's description: its text after the badge and the subject (if shown). */
const descriptionOf = (cell: Element | undefined, { visible = false } = {}) => {
  const copy = cell?.cloneNode(true) as Element;
  const dropped = `.rungs-compare__badge, .rungs-compare__subject${visible ? ", .rungs-visually-hidden" : ""}`;
  for (const element of copy.querySelectorAll(dropped)) element.remove();
  return copy.textContent?.trimStart();
};

describe("LevelCompare", () => {
  it("is a table: caption, a column per level in the order asked, a row per theme", () => {
    render(<LevelCompare framework={team} from="junior" to="senior" strategy="subject" />);
    expect(within(table()).getByText("Team: Junior compared with Senior").tagName).toBe("CAPTION");
    const columns = within(table()).getAllByRole("columnheader");
    expect(columns.map((th) => th.textContent)).toEqual(["Theme", "Junior", "Senior"]);
    expect(columns.every((th) => th.getAttribute("scope") === "col")).toBe(true);
    const themes = within(table()).getAllByRole("rowheader");
    expect(themes.map((th) => th.textContent)).toEqual(["Testing", "Review", "Docs", "Mentoring"]);
    // One pair per theme: each header names its row (a group's header only spans several).
    expect(themes.every((th) => th.getAttribute("scope") === "row" && !th.hasAttribute("rowspan"))).toBe(true);
  });

  it("makes a theme with several pairs a group of rows its header spans", () => {
    const crowded = juniorSenior(
      ["Testing — runs the tests.", "Testing — reads test plans.", "Review — reads code."],
      ["Testing — designs the tests.", "Testing — writes test plans.", "Review — reads code."],
    );
    render(<LevelCompare framework={crowded} from="junior" to="senior" strategy="subject" />);
    const testing = within(table()).getByRole("rowheader", { name: "Testing" });
    expect(testing.getAttribute("scope")).toBe("rowgroup");
    expect(testing.getAttribute("rowspan")).toBe("2");
    // The group is a body of its own; the one-pair theme after it is in the next.
    expect(testing.closest("tbody")?.rows).toHaveLength(2);
    expect(within(table()).getByRole("rowheader", { name: "Review" }).getAttribute("scope")).toBe("row");
  });

  it("shows a changed statement's removed words in <del> and inserted words in <ins>, each named", () => {
    render(<LevelCompare framework={team} from="junior" to="senior" strategy="subject" />);
    const [from, to] = cellsOf(themeRow("Testing"));
    const removed = from?.querySelectorAll("del") ?? [];
    const inserted = to?.querySelectorAll("ins") ?? [];
    expect([...removed].map((del) => del.textContent)).toEqual(["removed: runs"]);
    expect([...inserted].map((ins) => ins.textContent)).toEqual(["inserted: designs"]);
    expect(removed[0]?.querySelector(".rungs-visually-hidden")?.textContent?.trim()).toBe("removed:");
    // Each side reads as its own level's text: no <ins> on the old side, no <del> on the new.
    expect(from?.querySelector("ins")).toBeNull();
    expect(to?.querySelector("del")).toBeNull();
    expect(descriptionOf(from)).toBe("removed: runs the tests.");
    expect(descriptionOf(to)).toBe("inserted: designs the tests.");
    expect(from?.textContent).toContain("Changed");
  });

  it("says kept, added and removed in words, and marks the missing side as empty", () => {
    render(<LevelCompare framework={team} from="junior" to="senior" strategy="subject" />);
    const kept = cellsOf(themeRow("Review"));
    expect(kept.map((cell) => cell.textContent)).toEqual(["Keptreads code.", "Keptreads code."]);
    const [docsFrom, docsTo] = cellsOf(themeRow("Docs"));
    expect(docsFrom?.textContent).toBe("Removedwrites notes.");
    // The dash is the stylesheet's; the text says the cell is empty.
    expect(docsTo?.textContent).toBe("No statement at this level");
    expect(docsTo?.classList.contains("rungs-empty")).toBe(true);
    const [mentoringFrom, mentoringTo] = cellsOf(themeRow("Mentoring"));
    expect(mentoringFrom?.textContent).toContain("No statement at this level");
    expect(mentoringTo?.textContent).toBe("Addedcoaches juniors.");
    expect(bodyRows().map((row) => row.dataset.kind)).toEqual(["changed", "kept", "removed", "added"]);
  });

  it("sums up the comparison", () => {
    render(<LevelCompare framework={team} from="junior" to="senior" strategy="subject" />);
    expect(screen.getByText("1 kept, 1 changed, 1 added, 1 removed")).toBeTruthy();
  });

  it("compares downwards with the levels in the order asked", () => {
    render(<LevelCompare framework={team} from="senior" to="junior" strategy="subject" />);
    expect(
      within(table())
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual(["Theme", "Senior", "Junior"]);
    expect(cellsOf(themeRow("Mentoring"))[0]?.textContent).toBe("Removedcoaches juniors.");
    expect(cellsOf(themeRow("Testing"))[0]?.querySelector("del")?.textContent).toBe("removed: designs");
  });

  it("puts every statement of both levels side by side on a real framework", () => {
    render(<LevelCompare framework={seed} from="emerging" to="developing" />);
    const comparison = compareLevels(seed, "emerging", "developing");
    expect(within(table()).getAllByRole("rowheader")).toHaveLength(comparison?.rows.length ?? -1);
    const emerging = getLevel(seed, "emerging");
    const developing = getLevel(seed, "developing");
    const columnText = (side: "from" | "to") =>
      [...table().querySelectorAll(`td[data-side="${side}"].rungs-compare__statement`)].map((cell) =>
        // The visible text of the side: without the hidden "removed:"/"inserted:" words.
        descriptionOf(cell, { visible: true }),
      );
    expect(columnText("from").sort()).toEqual(emerging?.statements.map((s) => s.description).sort());
    expect(columnText("to").sort()).toEqual(developing?.statements.map((s) => s.description).sort());
    expect(table().querySelectorAll("ins").length).toBeGreaterThan(0);
    expect(table().querySelectorAll("del").length).toBeGreaterThan(0);
  });

  it("badges a rewritten statement in words and keeps its diff for screen readers", () => {
    const rewrite = juniorSenior(
      ["Testing — runs the tests someone else wrote, with help."],
      ["Testing — owns quality strategy across several teams and products."],
    );

    render(<LevelCompare framework={rewrite} from="junior" to="senior" strategy="subject" />);
    const [from, to] = cellsOf(themeRow("Testing"));
    // What a sighted reader gets: the badge and each level's whole text (the stylesheet
    // shows the diff of a rewritten statement as plain text).
    const visible = (cell: HTMLElement | undefined) => {
      const copy = cell?.cloneNode(true) as HTMLElement;
      for (const hidden of copy.querySelectorAll(".rungs-visually-hidden")) hidden.remove();
      return copy.textContent;
    };
    expect(visible(from)).toBe("Rewrittenruns the tests someone else wrote, with help.");
    expect(visible(to)).toBe("Rewrittenowns quality strategy across several teams and products.");
    expect(from?.querySelector("[data-rewritten] del")?.textContent).toMatch(/^removed: /);
    expect(to?.querySelector("[data-rewritten] ins")?.textContent).toMatch(/^inserted: /);
  });

  it("does not mark a change of spacing alone", () => {
    const spaced = juniorSenior(
      [
        "Testing — test basic performance using oscilloscopes and electronic voltmeters under direct technician supervision in a production or lab setting.",
      ],
      [
        "Testing — evaluate using oscilloscopes, bridges, and electronic voltmeters with minimal oversight during scheduled production testing cycles.",
      ],
    );

    const parts = compareLevels(spaced, "junior", "senior", { strategy: "subject" })?.rows[0]?.changes[0];
    // The diff itself removes a space ("oscilloscopes and" → "oscilloscopes, bridges, and")…
    expect(parts?.kind === "changed" && parts.description.some((p) => p.kind === "removed" && p.text === " ")).toBe(
      true,
    );
    render(<LevelCompare framework={spaced} from="junior" to="senior" strategy="subject" />);
    // …which the view leaves unmarked.
    const marked = [...table().querySelectorAll("del, ins")].map((element) => element.textContent);
    expect(marked.every((text) => /^(removed|inserted): \S/.test(text ?? ""))).toBe(true);
    expect(marked.length).toBeGreaterThan(0);
  });

  it("renders each statement in one element, with a readable id, and names each side's level for the narrow layout", () => {
    const { container } = render(<LevelCompare framework={team} from="junior" to="senior" strategy="subject" />);
    const statements = team.levels.flatMap((level) => level.statements);
    const ids = [...container.querySelectorAll("[id^='compare-']")].map((element) => element.id);
    expect(ids.sort()).toEqual(statements.map((statement) => `compare-${statement.id}`).sort());
    // No second copy for narrow containers.
    expect(container.querySelectorAll(".rungs-compare__statement")).toHaveLength(statements.length);
    for (const row of bodyRows()) {
      for (const cell of cellsOf(row)) {
        const side = cell.dataset.side === "from" ? "Junior" : "Senior";
        // Issue 21: an empty side shows its dash in the narrow layout too, under its level's name.
        expect(cell.getAttribute("data-label")).toBe(side);
      }
    }
  });

  it("takes an id prefix, and forwards a ref to its root", () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = render(
      <LevelCompare ref={ref} framework={team} from="junior" to="senior" strategy="subject" idPrefix="team-" />,
    );
    expect(ref.current).toBe(container.firstElementChild);
    expect(container.querySelector("#team-senior-3")?.textContent).toBe("Addedcoaches juniors.");
    expect(container.querySelector("[id^='compare-']")).toBeNull();
  });

  it("names its scroll container briefly and its table by the caption, in one layout for every width", () => {
    render(<LevelCompare framework={team} from="junior" to="senior" strategy="subject" />);
    const scroller = screen.getByRole("group", { name: "Scrollable table" });
    expect(scroller.tabIndex).toBe(0);
    expect(scroller.contains(table())).toBe(true);
    expect(screen.getByRole("table", { name: "Team: Junior compared with Senior" })).toBe(table());
    expect(screen.queryAllByRole("region")).toHaveLength(0);
    expect(screen.getAllByRole("group")).toEqual([scroller]);
    expect(screen.getAllByText("Team: Junior compared with Senior")).toHaveLength(1);
  });

  it("takes the scroll container's name from labels", () => {
    render(
      <LevelCompare framework={team} from="junior" to="senior" labels={{ scrollableTable: "Tableau défilant" }} />,
    );
    expect(screen.getByRole("group", { name: "Tableau défilant" }).tabIndex).toBe(0);
  });

  it("says which key is not a level, as an alert, instead of throwing", () => {
    render(<LevelCompare framework={team} from="junior" to="lead" />);
    expect(screen.getByRole("alert").textContent).toBe("There is no level “lead” in this framework.");
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("shows an error panel for invalid input", () => {
    render(<LevelCompare framework="{" from="a" to="b" />);
    expect(screen.getByRole("alert").textContent).toContain("not valid JSON");
  });

  it("passes className and other props through, takes labels, and shows the attribution", () => {
    render(
      <LevelCompare
        framework={team}
        from="junior"
        to="senior"
        strategy="subject"
        className="host"
        data-testid="compare"
        labels={{ compareCaption: "{from} → {to}", changed: "Reworded", inserted: "added words:" }}
      />,
    );
    const root = screen.getByTestId("compare");
    expect(root.className).toBe("rungs rungs-level-compare host");
    expect(within(table()).getByText("Junior → Senior").tagName).toBe("CAPTION");
    expect(cellsOf(themeRow("Testing"))[1]?.textContent).toBe("Rewordedadded words: designs the tests.");
    expect(root.textContent).toContain("© Team");
  });

  it("has no axe violations", async () => {
    const { container } = render(<LevelCompare framework={seed} from="emerging" to="advanced" />);
    await expectNoAxeViolations(container);
  });

  it("has no axe violations with every kind of change", async () => {
    const { container } = render(<LevelCompare framework={team} from="junior" to="senior" strategy="subject" />);
    await expectNoAxeViolations(container);
  });
});
