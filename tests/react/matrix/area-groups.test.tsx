import { alignThemes, assertFramework, type ThemeRow } from "@rungs/core";
import { LevelCompare, ProgressionMatrix } from "@rungs/react";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { seedText } from "../../seeds";
import { expectNoAxeViolations } from "../axe";
import { small } from "../fixtures";

/*
 * Issue 21, item 3: the matrix and the comparison group their rows by area, a <tbody> per
 * area whose first row is its header (th scope="rowgroup" across the table), in the
 * framework's area order; a framework without areas keeps one body.
 */

/** Two areas, declared "people" first, and one statement with no area. */
const team = assertFramework({
  schemaVersion: "1.1",
  occupation: { title: "Team" },
  framework: {
    areas: { people: { label: "People" }, delivery: { label: "Delivery" } },
    levels: {
      junior: {
        label: "Junior",
        statements: [
          { text: "Testing — runs the tests.", area: "delivery" },
          { text: "Mentoring — pairs with new joiners.", area: "people" },
          "Values — lives the values.",
        ],
      },
      senior: {
        label: "Senior",
        statements: [
          { text: "Testing — designs the tests.", area: "delivery" },
          { text: "Review — reads every change.", area: "delivery" },
          { text: "Mentoring — coaches juniors.", area: "people" },
        ],
      },
    },
  },
});

const table = () => screen.getByRole("table");
// The area groups: every body but the one of statements expected at every level, which is in no area.
const bodies = () => [...table().querySelectorAll("tbody:not(.rungs-matrix__every-level)")];
/** The first cell of a body: its area's header, when grouped. */
const groupHeader = (body: HTMLTableSectionElement): HTMLTableCellElement => {
  const cell = body.rows[0]?.cells[0];
  if (!cell) throw new Error("a body without cells");
  return cell;
};
/** Each body's header text and the theme row headers under it. */
const groups = () =>
  bodies().map((body) => {
    const header = body.querySelector("th[scope='rowgroup'].rungs-table__group");
    const themes = [...body.querySelectorAll("th.rungs-matrix__theme, th.rungs-compare__theme-label")];
    return [header?.textContent, themes.map((th) => th.textContent)];
  });

describe("ProgressionMatrix grouped by area", () => {
  it("has a body per area in the framework's order, its header across the table, the rows without area last", async () => {
    const { container } = render(<ProgressionMatrix framework={team} />);
    expect(groups()).toEqual([
      ["People", ["Mentoring"]],
      ["Delivery", ["Testing", "Review"]],
      ["Other", ["Values"]],
    ]);
    for (const body of bodies()) {
      const header = groupHeader(body);
      expect(body.rows[0]?.cells).toHaveLength(1);
      expect(header.tagName).toBe("TH");
      expect(header.getAttribute("scope")).toBe("rowgroup");
      // Across the theme column and the two levels.
      expect(header.colSpan).toBe(3);
    }
    // Still a header for assistive technology (a row header: it names the rows under it).
    expect(within(table()).getByRole("rowheader", { name: "People" })).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it("never interleaves areas, even when a host's rows do", () => {
    const aligned = alignThemes(team).rows;
    const shuffled: ThemeRow[] = [...aligned].reverse();
    render(<ProgressionMatrix framework={team} rows={shuffled} />);
    const areas = bodies().map((body) => body.dataset.area ?? "");
    expect(areas).toEqual(["people", "delivery", ""]);
    const seen = bodies().flatMap((body) =>
      [...body.querySelectorAll("th.rungs-matrix__theme")].map((th) => [body.dataset.area, th.textContent]),
    );
    expect(seen).toHaveLength(aligned.length);
  });

  it("shows only the areas with a match while searching, and labels a host's unknown area by its key", () => {
    const { rerender } = render(<ProgressionMatrix framework={team} query="coaches" />);
    expect(groups()).toEqual([["People", ["Mentoring"]]]);
    const rows: ThemeRow[] = [{ ...(alignThemes(team).rows[0] as ThemeRow), area: "craft" }];
    rerender(<ProgressionMatrix framework={team} rows={rows} />);
    expect(groups()[0]?.[0]).toBe("craft");
  });

  it("keeps one body with no group header for a framework without areas (1.0)", () => {
    render(<ProgressionMatrix framework={small} />);
    expect(bodies()).toHaveLength(1);
    expect(table().querySelector(".rungs-table__group, [scope='rowgroup']")).toBeNull();
  });

  it("groups a real seed's rows by its areas, in order, every row in exactly one group", async () => {
    const framework = assertFramework(seedText("sourcegraph-product/sourcegraph-product.json"));
    const { container } = render(<ProgressionMatrix framework={framework} />);
    const shown = bodies().map((body) => body.dataset.area);
    const order = framework.areas.map((area) => area.key);
    expect(shown).toEqual(order.filter((key) => shown.includes(key)));
    const rowsInGroups = bodies().reduce((count, body) => count + body.rows.length - 1, 0);
    expect(rowsInGroups).toBe(alignThemes(framework).rows.length);
    await expectNoAxeViolations(container);
  });

  it("names every empty cell's column, so the narrow layout can show its dash under it", () => {
    render(<ProgressionMatrix framework={team} />);
    const empties = [...table().querySelectorAll("td.rungs-empty")];
    expect(empties.length).toBeGreaterThan(0);
    for (const cell of empties) expect(["Junior", "Senior"]).toContain(cell.getAttribute("data-label"));
  });
});

describe("LevelCompare grouped by area", () => {
  it("has a body per area in the framework's order, a theme of several pairs as a row header spanning them", async () => {
    const { container } = render(<LevelCompare framework={team} from="junior" to="senior" />);
    expect(groups()).toEqual([
      ["People", ["Mentoring"]],
      ["Delivery", ["Testing", "Review"]],
      ["Other", ["Values"]],
    ]);
    for (const body of bodies()) expect(groupHeader(body).colSpan).toBe(3);
    // No row group inside a row group: theme headers are row headers.
    const themeHeaders = [...table().querySelectorAll("th.rungs-compare__theme-label")];
    expect(themeHeaders.every((th) => th.getAttribute("scope") === "row")).toBe(true);
    await expectNoAxeViolations(container);
  });

  it("keeps the 1.0 bodies (a theme of several pairs is its own row group) without areas", () => {
    render(<LevelCompare framework={small} from="novice" to="expert" />);
    expect(table().querySelector(".rungs-table__group")).toBeNull();
    expect(bodies().every((body) => body.classList.contains("rungs-compare__theme"))).toBe(true);
  });
});
