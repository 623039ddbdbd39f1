import { decodeAssessment } from "@rungs/core";
import {
  AreaProfile,
  AssessmentSummary,
  LevelCompare,
  LevelStepper,
  ProgressionMatrix,
  useAssessment,
} from "@rungs/react";
import { render, renderHook, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../axe";
import { jorgef, postman } from "../ladder/format-1-1";

// Issue 21 (item 2): every view takes `track` (default the first track), and a key that
// names no track shows the error panel rather than an empty view.

const columnHeaders = (table: HTMLElement) =>
  within(table)
    .getAllByRole("columnheader")
    .map((header) => header.textContent);

describe("every view shows the track given", () => {
  it("ProgressionMatrix: the track's levels are the columns", async () => {
    const { container } = render(<ProgressionMatrix framework={jorgef} track="tech-lead" />);
    const headers = columnHeaders(screen.getByRole("table"));
    expect(headers.slice(-4)).toEqual([
      "TL4 - Tech Lead 4",
      "TL5 - Tech Lead 5",
      "TL6 - Tech Lead 6",
      "TL7 - Tech Lead 7",
    ]);
    expect(container.textContent).not.toContain("D1 - Developer 1");
    await expectNoAxeViolations(container);
  });

  it("LevelCompare: both levels are of the track; a level of another track is unknown there", () => {
    const { unmount } = render(
      <LevelCompare
        framework={jorgef}
        track="engineering-manager"
        from="em5-engineering-manager-5"
        to="em7-engineering-manager-7"
      />,
    );
    expect(columnHeaders(screen.getByRole("table"))).toContain("EM7 - Engineering Manager 7");
    unmount();
    render(
      <LevelCompare
        framework={jorgef}
        track="engineering-manager"
        from="d1-developer-1"
        to="em7-engineering-manager-7"
      />,
    );
    expect(screen.getByRole("alert").textContent).toBe("There is no level “d1-developer-1” in this framework.");
  });

  it("LevelStepper: the track's levels are the steps, the summary counts them", () => {
    render(
      <LevelStepper
        framework={postman}
        track="open-source-contributor"
        currentLevel="senior-open-source-contributor"
      />,
    );
    expect(screen.getByText("Senior Open Source Contributor · level 3 of 6")).toBeTruthy();
    expect(screen.getAllByRole("listitem")[0]?.textContent).toBe("Open Source Contributor I");
  });

  it("AssessmentSummary and AreaProfile assess the track given", () => {
    const checked = postman.tracks[1]?.levels[0]?.statements.map((statement) => statement.id) ?? [];
    const { container, unmount } = render(
      <AssessmentSummary framework={postman} track="open-source-contributor" checked={checked} />,
    );
    expect(container.textContent).toContain("Open Source Contributor I");
    expect(container.textContent).not.toContain("OSPO Engineer");
    unmount();
    render(<AreaProfile framework={postman} track="open-source-contributor" checked={checked} />);
    expect(document.body.textContent).not.toContain("OSPO Engineer");
  });

  it("useAssessment: checks, orders and codes the track's statements, and says which track", () => {
    const track = "open-source-contributor";
    const ids = postman.tracks[1]?.levels[1]?.statements.map((statement) => statement.id) ?? [];
    const { result } = renderHook(() => useAssessment(postman, { track, defaultChecked: [...ids].reverse() }));
    expect(result.current.track).toBe(track);
    expect(result.current.assessment.levels).toHaveLength(6);
    const decoded = decodeAssessment(postman, result.current.code, { track });
    expect(decoded.ok && [...decoded.checked].sort()).toEqual([...ids].sort());
    expect(decodeAssessment(postman, result.current.code).ok).toBe(false);
  });

  it.each([
    ["ProgressionMatrix", <ProgressionMatrix key="m" framework={jorgef} track="nope" />],
    ["LevelCompare", <LevelCompare key="c" framework={jorgef} track="nope" from="a" to="b" />],
    ["LevelStepper", <LevelStepper key="s" framework={jorgef} track="nope" />],
    ["AssessmentSummary", <AssessmentSummary key="a" framework={jorgef} track="nope" />],
    ["AreaProfile", <AreaProfile key="p" framework={jorgef} track="nope" />],
  ])("%s: a track the framework does not have shows the error panel", (_name, element) => {
    render(element);
    expect(screen.getByRole("alert").textContent).toContain("There is no track “nope” in this framework.");
  });
});
