import { FrameworkAttribution, StatementCard } from "@rungs/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { componentsFor, escapeHtml, seeds } from "./render";

describe.each(seeds)("server rendering of seeds/%s", (_file, text, framework) => {
  const statements = framework.levels.flatMap((level) => level.statements);

  it.each(componentsFor(text).slice(0, 2))("%s has every statement in the HTML", (_name, element) => {
    const html = renderToString(element);
    const missing = statements.filter(
      (s) => !html.includes(escapeHtml(s.description)) || !html.includes(escapeHtml(s.subject)),
    );
    expect(missing.map((s) => s.id)).toEqual([]);
  });

  it.each(componentsFor(text))("%s renders the same HTML every time, with no inline style", (_name, element) => {
    const html = renderToString(element);
    expect(renderToString(element)).toBe(html);
    expect(html).not.toContain("style=");
  });

  it("FrameworkAttribution has the attribution and every source", () => {
    const html = renderToString(<FrameworkAttribution framework={text} />);
    if (framework.attribution) expect(html).toContain(escapeHtml(framework.attribution));
    for (const source of framework.sources) expect(html).toContain(escapeHtml(source.value));
  });

  it("StatementCard renders each statement as text", () => {
    for (const statement of statements) {
      const html = renderToString(<StatementCard statement={statement} />);
      expect(html).toContain(escapeHtml(statement.description));
    }
  });
});

describe("server rendering of invalid input", () => {
  it.each(componentsFor("{"))("%s renders an alert, not an exception", (_name, element) => {
    const html = renderToString(element);
    expect(html).toMatch(/^<div role="alert"/);
    expect(html).toContain("not valid JSON");
  });
});
