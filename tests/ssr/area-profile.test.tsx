// @vitest-environment jsdom
import { assertFramework, assessAreas, assessFramework } from "@rungs/core";
import { AreaProfile, AssessmentSummary } from "@rungs/react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { hydrateServerHtml } from "../hydration";
import { seedText } from "../seeds";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = "";
});

const withAreas = ["sourcegraph-product", "infracloud-engineering"].map((slug) => {
  const text = seedText(`${slug}/${slug}.json`);
  const framework = assertFramework(text);
  // The lowest level met (its own and the every-level statements): a current level and a target.
  const checked = [...framework.allLevels, ...(framework.levels[0]?.statements ?? [])].map((s) => s.id);
  return { slug, text, framework, checked };
});

/** The text of the table's cells, row by row, from server HTML. */
function tableRows(html: string): string[][] {
  const page = document.createElement("div");
  page.innerHTML = html;
  return [...page.querySelectorAll(".rungs-profile__table tbody tr")].map((row) =>
    [...row.children].map((cell) => cell.textContent ?? ""),
  );
}

describe("AreaProfile on the server", () => {
  it.each(withAreas)(
    "renders $slug's chart and a table with every area's numbers, no style attribute",
    ({ text, framework, checked }) => {
      const html = renderToString(<AreaProfile framework={text} checked={checked} />);
      expect(html).not.toMatch(/\sstyle="/);
      expect(html).toContain('aria-hidden="true"');
      const profile = assessAreas(framework, assessFramework(framework, checked));
      const rows = tableRows(html);
      expect(rows.map((row) => row[0])).toEqual(framework.areas.map((area) => area.label));
      for (const [index, row] of rows.entries()) {
        const current = profile.current?.shares[index];
        const target = profile.target?.shares[index];
        expect(row[1]).toContain(`${current?.checked} of ${current?.total}`);
        expect(row[2]).toContain(`${target?.checked} of ${target?.total}`);
      }
      // The same markup on every render: coordinates are computed, not measured.
      expect(renderToString(<AreaProfile framework={text} checked={checked} />)).toBe(html);
    },
  );

  it.each(withAreas)(
    "hydrates $slug's profile, and the summary showing it, without a warning",
    async ({ framework, checked }) => {
      for (const element of [
        <AreaProfile key="profile" framework={framework} checked={checked} />,
        <AssessmentSummary key="summary" framework={framework} checked={checked} areaProfile />,
      ]) {
        const { container, problems } = await hydrateServerHtml(renderToString(element), element);
        expect(problems).toEqual([]);
        expect(container.querySelector(".rungs-profile__chart")).toBeTruthy();
        document.body.innerHTML = "";
      }
    },
  );

  it("renders nothing for a framework without areas", () => {
    expect(renderToString(<AreaProfile framework={seedText()} checked={[]} />)).toBe("");
  });
});
