import { compareLevels } from "@rungs/core";
import { FrameworkAttribution, LevelCompare, StatementCard } from "@rungs/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { comparedLevels, componentsFor, escapeHtml, seeds } from "./render";

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

  it("LevelCompare has every statement of both levels in the HTML, as text", () => {
    const { from, to } = comparedLevels(text);
    const html = renderToString(<LevelCompare framework={text} from={from} to={to} />);
    // What a reader sees: without the words only screen readers get ("removed:", "inserted:").
    const visible = html.replace(/<span class="rungs-visually-hidden">[^<]*<\/span>/g, "").replace(/<[^>]*>/g, "");
    const compared = framework.levels.filter((level) => level.key === from || level.key === to);
    const missing = compared
      .flatMap((level) => level.statements)
      .filter((s) => !visible.includes(escapeHtml(s.description)));
    expect(missing.map((s) => s.id)).toEqual([]);
    if (compareLevels(framework, from, to)?.counts.changed) expect(html).toMatch(/<(ins|del)[ >]/);
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
