import { assertFramework, assessFramework } from "@rungs/core";
import { AssessmentSummary, useAssessment } from "@rungs/react";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { seedText } from "../../seeds";
import { expectNoAxeViolations } from "../axe";
import { seed } from "../fixtures";

// Issue 21: the gap grouped by area (format 1.1), and the area profile on request.

const infracloud = assertFramework(seedText("infracloud-engineering/infracloud-engineering.json"));
/** The lowest level met: its own and the every-level statements. */
const met = [...infracloud.allLevels, ...(infracloud.levels[0]?.statements ?? [])].map((s) => s.id);
const gapOf = () => screen.getByRole("heading", { name: /statements? to reach/ }).closest(".rungs-summary__gap");

function FromHook({ areaProfile }: { areaProfile?: boolean }) {
  return (
    <AssessmentSummary assessment={useAssessment(infracloud, { defaultChecked: met })} areaProfile={areaProfile} />
  );
}

describe("AssessmentSummary with every-level statements", () => {
  it("names their gap group 'Expected at every level', not an empty heading", () => {
    const sourcegraph = assertFramework(seedText("sourcegraph-product/sourcegraph-product.json"));
    expect(sourcegraph.allLevels.length).toBeGreaterThan(0);
    const one = sourcegraph.levels[0]?.statements[0]?.id ?? "";
    render(<AssessmentSummary framework={sourcegraph} checked={[one]} targetLevel={sourcegraph.levels[1]?.key} />);
    const headings = screen.getAllByRole("heading").map((heading) => heading.textContent ?? "");
    expect(headings.some((text) => text.startsWith("Expected at every level ("))).toBe(true);
    expect(headings.some((text) => text.startsWith(" (") || text.startsWith("("))).toBe(false);
  });
});

describe("AssessmentSummary with areas", () => {
  it("groups the gap by area, in the framework's order, each with its count and its themes inside", async () => {
    const { container } = render(<AssessmentSummary framework={infracloud} checked={met} />);
    const gap = gapOf() as HTMLElement;
    const areaHeadings = within(gap).getAllByRole("heading", { level: 4 });
    const expected = assessFramework(infracloud, met).gap;
    const inGap = (key: string) =>
      expected.flatMap((theme) => theme.statements).filter((statement) => statement.area === key).length;
    const areasInGap = infracloud.areas.filter((area) => inGap(area.key) > 0);
    expect(areaHeadings.map((heading) => heading.textContent)).toEqual(
      areasInGap.map((area) => `${area.label} (${inGap(area.key)} statement${inGap(area.key) === 1 ? "" : "s"})`),
    );
    // Every statement of the gap is still there, once.
    expect(gap.querySelectorAll(".rungs-card")).toHaveLength(expected.flatMap((theme) => theme.statements).length);
    // Themes sit under their area, a level below.
    expect(within(gap).getAllByRole("heading", { level: 5 }).length).toBeGreaterThan(0);
    // No chart unless asked for.
    expect(container.querySelector(".rungs-profile")).toBeNull();
    await expectNoAxeViolations(container);
  });

  it("shows the area profile after the progress when asked, its heading a level below the summary's", async () => {
    const { container } = render(
      <AssessmentSummary framework={infracloud} checked={met} areaProfile headingLevel={3} />,
    );
    const profile = screen.getByRole("region", { name: "Where you stand by area" });
    expect(within(profile).getByRole("heading", { level: 4 })).toBeTruthy();
    expect(
      within(profile)
        .getAllByRole("rowheader")
        .map((cell) => cell.textContent),
    ).toEqual(infracloud.areas.map((area) => area.label));
    const progress = container.querySelector(".rungs-summary__levels") as Element;
    expect(progress.compareDocumentPosition(profile) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it("groups by area and draws the profile from useAssessment's state too", () => {
    render(<FromHook areaProfile />);
    expect(screen.getByRole("region", { name: "Where you stand by area" })).toBeTruthy();
    expect(within(gapOf() as HTMLElement).getAllByRole("heading", { level: 4 })[0]?.textContent).toContain(
      infracloud.areas[0]?.label ?? "",
    );
  });

  it("keeps a framework without areas as it was: theme groups only, no chart even when asked", () => {
    const emerging = seed.levels[0]?.statements.map((statement) => statement.id) ?? [];
    const plain = render(<AssessmentSummary framework={seed} checked={emerging} />);
    const before = plain.container.innerHTML.replace(/(id|aria-labelledby)="[^"]*"/g, "");
    plain.unmount();
    const { container } = render(<AssessmentSummary framework={seed} checked={emerging} areaProfile />);
    expect(container.innerHTML.replace(/(id|aria-labelledby)="[^"]*"/g, "")).toBe(before);
    expect(container.querySelector(".rungs-summary__area")).toBeNull();
  });
});
