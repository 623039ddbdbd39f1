import { assertFramework } from "@rungs/core";
import { AreaProfile, AssessmentResult, AssessmentSummary } from "@rungs/react";
import { describe, expect, it } from "vitest";
import { seedText } from "../seeds";
import { flight } from "./flight";

/** AreaProfile as a React Server Component: the chart and its table cross as HTML, no client reference. */

const sourcegraph = assertFramework(seedText("sourcegraph-product/sourcegraph-product.json"));
const met = [...sourcegraph.allLevels, ...(sourcegraph.levels[0]?.statements ?? [])].map((s) => s.id);
const ACTIONS = "packages/react/src/summary/assessment-summary-actions.tsx#AssessmentSummaryActions";

describe("AreaProfile in a server component", () => {
  it("renders the chart and its table with no client component", async () => {
    const payload = await flight(<AreaProfile framework={sourcegraph} checked={met} />);
    expect(payload.text).toContain("rungs-profile__chart");
    expect(payload.text).toContain("Statements met in each area");
    expect(payload.clientReferences).toEqual([]);
  });

  it("adds no client reference to the summary or the result that show it", async () => {
    const result = await flight(<AssessmentResult framework={sourcegraph} checked={met} areaProfile />);
    expect(result.text).toContain("rungs-profile__chart");
    expect(result.clientReferences).toEqual([]);
    const summary = await flight(<AssessmentSummary framework={sourcegraph} checked={met} areaProfile />);
    expect(summary.clientReferences).toEqual([ACTIONS]);
  });
});
