// @vitest-environment jsdom
import { assertFramework } from "@rungs/core";
import { AssessmentSummary, useAssessment } from "@rungs/react";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { hydrateServerHtml } from "../hydration";
import { seedText } from "../seeds";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const text = seedText();
const seed = assertFramework(text);
const emerging = seed.levels[0]?.statements.map((statement) => statement.id) ?? [];

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = "";
});

/** The summary over the hook, as a client component of a host renders it on the server first. */
function FromHook({ checked }: { checked: string[] }) {
  return <AssessmentSummary assessment={useAssessment(text, { defaultChecked: checked })} />;
}

const cases: Array<[string, ReactElement]> = [
  ["an empty assessment from the raw text", <AssessmentSummary key="empty" framework={text} />],
  [
    "a saved result, with name and date",
    <AssessmentSummary key="saved" framework={seed} checked={emerging} name="Ada" date="27 November 2026" />,
  ],
  ["useAssessment's state", <FromHook key="hook" checked={emerging.slice(0, 4)} />],
];

describe("AssessmentSummary on the server", () => {
  it("renders a meaningful empty state with no JavaScript", () => {
    const html = renderToString(<AssessmentSummary framework={text} />);
    expect(html).toContain("No level yet");
    expect(html).toContain("Check the statements you do to see your level.");
    expect(html).toContain("0 of 10 met");
    // No inline style attribute in the server HTML.
    expect(html).not.toMatch(/\sstyle="/);
  });

  it("renders a saved result: level, progress and the gap", () => {
    const html = renderToString(<AssessmentSummary framework={seed} checked={emerging} />);
    expect(html).toContain("Emerging</strong>");
    expect(html).toContain("10 statements to reach Developing");
    expect(html).toContain("Copy link to this result");
  });

  it.each(cases)("hydrates %s without a warning or an error", async (_name, element) => {
    const { container, problems } = await hydrateServerHtml(renderToString(element), element);
    expect(problems).toEqual([]);
    expect(container.querySelector(".rungs-summary")).toBeTruthy();
  });
});
