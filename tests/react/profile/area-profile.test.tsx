import { assertFramework } from "@rungs/core";
import { AreaProfile, useAssessment } from "@rungs/react";
import { render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { describe, expect, it } from "vitest";
import { parsedEveryField } from "../../core/frameworks";
import { seedText } from "../../seeds";
import { expectNoAxeViolations } from "../axe";
import { seed } from "../fixtures";

const sourcegraph = assertFramework(seedText("sourcegraph-product/sourcegraph-product.json"));
const everyLevel = sourcegraph.allLevels;
const ic2 = [...everyLevel, ...(sourcegraph.levels[0]?.statements ?? [])].map((statement) => statement.id);
const ic3 = sourcegraph.levels[1]?.statements ?? [];
/** IC2 met (its own and the every-level statements), and the first IC3 statement of each area checked. */
const checked = [
  ...ic2,
  ...sourcegraph.areas.flatMap((area) => ic3.find((statement) => statement.area === area.key)?.id ?? []),
];

/** Two areas: bars, not a radar. */
const twoAreas = assertFramework({
  schemaVersion: "1.1",
  occupation: { title: "Team" },
  framework: {
    areas: { craft: { label: "Craft" }, people: { label: "People" } },
    levels: {
      one: { label: "One", statements: [{ text: "Code — writes code.", area: "craft", id: "code" }] },
      two: {
        label: "Two",
        statements: [
          { text: "Design — designs.", area: "craft", id: "design" },
          { text: "Mentor — mentors.", area: "people", id: "mentor" },
        ],
      },
    },
  },
  attribution: "Test",
});

/** The profile over the hook's state, with a class and replaced labels. */
function FromHook() {
  return (
    <AreaProfile
      assessment={useAssessment(sourcegraph, { defaultChecked: checked })}
      className="host"
      labels={{ title: "Par domaine", locale: "fr", tableCaption: 42 as unknown as string }}
    />
  );
}

const profileOf = () => screen.getByRole("region", { name: "Where you stand by area" });

describe("AreaProfile", () => {
  it("draws a radar for four areas, hidden from assistive technology, with every number in a table", async () => {
    const { container } = render(<AreaProfile framework={sourcegraph} checked={checked} />);
    const svg = container.querySelector("svg.rungs-profile__chart");
    expect(svg?.getAttribute("data-shape")).toBe("radar");
    expect(svg?.getAttribute("aria-hidden")).toBe("true");
    // Two series over four axes: a polygon of four points each, one marker per axis.
    const series = container.querySelectorAll(".rungs-profile__chart .rungs-profile__series");
    expect([...series].map((group) => group.getAttribute("data-series"))).toEqual(["target", "current"]);
    for (const group of series) {
      expect(group.querySelector("polygon")?.getAttribute("points")?.split(" ")).toHaveLength(4);
      expect(group.querySelectorAll(".rungs-profile__marker")).toHaveLength(4);
    }
    const table = within(profileOf()).getByRole("table", { name: "Statements met in each area" });
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((cell) => cell.textContent);
    expect(headers).toEqual(["Area", "IC2 (you are here)", "IC3 (target)"]);
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual(
      sourcegraph.areas.map((area) => area.label),
    );
    // IC2 all met; at IC3 the every-level statements and one statement of each area.
    const inArea = (statements: readonly { area?: string }[], key: string) =>
      statements.filter((statement) => statement.area === key).length;
    for (const [index, area] of sourcegraph.areas.entries()) {
      const always = inArea(everyLevel, area.key);
      const ic2Total = inArea(sourcegraph.levels[0]?.statements ?? [], area.key) + always;
      const ic3Total = inArea(ic3, area.key) + always;
      const cells = within(rows[index] as HTMLElement)
        .getAllByRole("cell")
        .map((cell) => cell.textContent);
      expect(cells[0]).toBe(`${ic2Total} of ${ic2Total} (100%)`);
      expect(cells[1]).toBe(`${always + 1} of ${ic3Total} (${Math.round((100 * (always + 1)) / ic3Total)}%)`);
    }
    await expectNoAxeViolations(container);
  });

  it("draws bars for fewer than three areas, and says when a level expects nothing of an area", async () => {
    const { container } = render(<AreaProfile framework={twoAreas} checked={["code"]} headingLevel={3} />);
    expect(container.querySelector(".rungs-profile__chart")?.getAttribute("data-shape")).toBe("bars");
    expect(screen.getByRole("heading", { level: 3, name: "Where you stand by area" })).toBeTruthy();
    // Current: One (craft 1 of 1; people none expected). Target: Two.
    const widths = [...container.querySelectorAll(".rungs-profile__chart .rungs-profile__bar")].map((bar) =>
      bar.getAttribute("width"),
    );
    expect(widths).toEqual(["480", "0", "480", "0"]);
    const table = screen.getByRole("table");
    expect(within(table).getByRole("row", { name: /People/ }).textContent).toContain("None expected");
    await expectNoAxeViolations(container);
  });

  it("shows only the target before any level is reached, and says so in the legend", () => {
    const { container } = render(<AreaProfile framework={sourcegraph} />);
    expect(container.querySelectorAll(".rungs-profile__chart .rungs-profile__series")).toHaveLength(1);
    expect(container.querySelector(".rungs-profile__legend")?.textContent).toContain("No level reached yet");
    expect(screen.getAllByRole("columnheader").map((cell) => cell.textContent)).toEqual(["Area", "IC2 (target)"]);
  });

  it("renders nothing for a framework without areas (every 1.0 file)", () => {
    const { container } = render(<AreaProfile framework={seed} checked={[seed.levels[0]?.statements[0]?.id ?? ""]} />);
    expect(container.innerHTML).toBe("");
  });

  it("takes useAssessment's state, a ref, a class and replaced labels; invalid input shows the error panel", () => {
    render(<FromHook />);
    const region = screen.getByRole("region", { name: "Par domaine" });
    expect(region.classList.contains("host")).toBe(true);
    // A label that is not text keeps its default; numbers follow the locale.
    expect(within(region).getByRole("table", { name: "Statements met in each area" }).textContent).toMatch(/100\s%/);
    const ref = createRef<HTMLElement>();
    render(<AreaProfile ref={ref} framework={sourcegraph} />);
    expect(ref.current?.classList.contains("rungs-profile")).toBe(true);
    render(<AreaProfile framework="[]" />);
    expect(screen.getByRole("alert")).toBeTruthy();
  });

  it("reads the track it is given", () => {
    const everyField = parsedEveryField();
    const second = everyField.tracks[1];
    render(<AreaProfile framework={everyField} track={second?.key} />);
    expect(screen.getAllByRole("columnheader")[1]?.textContent).toBe(`${second?.levels[0]?.label} (target)`);
  });
});
