import { assertFramework } from "@rungs/core";
import { AssessmentResult, AssessmentSummary } from "@rungs/react";
import { describe, expect, it } from "vitest";
import { seedText } from "../seeds";
import { flight } from "./flight";

/**
 * AssessmentSummary as a React Server Component (the `rsc` project: `react-server`
 * condition, "use client" modules as client references): it assesses on the server, and
 * only its buttons cross to the browser as a client component, with plain-data props.
 */

const seed = assertFramework(seedText());
const emerging = seed.levels[0]?.statements.map((statement) => statement.id) ?? [];
const ACTIONS = "packages/react/src/summary/assessment-summary-actions.tsx#AssessmentSummaryActions";

describe("AssessmentSummary in a server component", () => {
  it("renders the empty state from raw JSON; nothing checked, so no client component", async () => {
    const payload = await flight(<AssessmentSummary framework={seedText()} />);
    expect(payload.text).toContain("Check the statements you do to see your level.");
    expect(payload.clientReferences).toEqual([]);
  });

  it("renders a saved result with its gap; only the buttons are a client component", async () => {
    const payload = await flight(
      <AssessmentSummary framework={seed} checked={emerging} shareUrl="https://careers.example/ladder" />,
    );
    expect(payload.text).toContain("10 statements to reach Developing");
    const developing = seed.levels[1]?.statements[0]?.description ?? "";
    expect(payload.text).toContain(JSON.stringify(developing).slice(1, -1));
    expect(payload.clientReferences).toEqual([ACTIONS]);
    // The code crosses as data for the link.
    expect(payload.text).toContain('"shareUrl":"https://careers.example/ladder"');
  });
});

// Issue 19: a page that shows a saved result without buttons loads no Rungs JavaScript.
describe("AssessmentResult in a server component", () => {
  it("renders the saved result the summary shows, with no client component", async () => {
    const result = await flight(<AssessmentResult framework={seed} checked={emerging} />);
    const summary = await flight(<AssessmentSummary framework={seed} checked={emerging} />);
    expect(result.clientReferences).toEqual([]);
    expect(result.text).toContain("10 statements to reach Developing");
    expect(result.text).not.toContain("rungs-summary__actions");
    expect(summary.clientReferences).toEqual([ACTIONS]);
  });
});
