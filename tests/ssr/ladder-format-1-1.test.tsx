import { readFileSync } from "node:fs";
import { join } from "node:path";
import { assertFramework, type Framework, type Statement } from "@rungs/core";
import { LevelLadder, StatementCard } from "@rungs/react";
import { version } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { realSeedSlugs, seedText } from "../seeds";
import { escapeHtml } from "./render";

// Issue 21 (item 1), in React 18 and 19 (this folder runs in both projects): a server-
// rendered ladder has every statement of a 1.1 framework, every example, note, level
// description and detail in its HTML, so readers without JavaScript, find-in-page and
// search engines have them; examples and notes in closed native disclosures.

const everyFieldText = readFileSync(join(process.cwd(), "tests/core/fixtures/format-1-1/every-field.json"), "utf8");
const frameworks: Array<[string, string]> = [
  ["the every-field fixture", everyFieldText],
  ...realSeedSlugs.map((slug): [string, string] => [`seeds/${slug}`, seedText(`${slug}/${slug}.json`)]),
];

/** The texts a reader must find in the page: each paragraph on its own (a blank line is a new <p>). */
function paragraphsOf(text: string): string[] {
  return text.split(/\n[ \t]*\n\s*/).filter((part) => part.trim() !== "");
}

function expectedTexts(framework: Framework): string[] {
  const statements: Statement[] = [...framework.allLevels, ...framework.levels.flatMap((level) => level.statements)];
  return [
    ...statements.flatMap((s) => [
      ...paragraphsOf(s.subject),
      ...paragraphsOf(s.description),
      ...(s.examples ?? []).flatMap(paragraphsOf),
      ...paragraphsOf(s.notes ?? ""),
      ...(s.proficiency ? [s.proficiency] : []),
    ]),
    ...framework.levels.flatMap((level) => [
      ...paragraphsOf(level.description ?? ""),
      ...(level.details ?? []).flatMap((detail) => [detail.label, detail.text]),
    ]),
    ...framework.areas.filter((area) => usesArea(framework, area.key)).map((area) => area.label),
  ];
}

function usesArea(framework: Framework, key: string): boolean {
  return [...framework.allLevels, ...framework.levels.flatMap((level) => level.statements)].some((s) => s.area === key);
}

describe.each(frameworks)(`LevelLadder in React ${version.split(".")[0]} on %s`, (_name, text) => {
  const framework = assertFramework(text);
  const html = renderToString(<LevelLadder framework={text} />);

  it("has every statement, example, note, proficiency, level description, detail and used area in the HTML", () => {
    const missing = expectedTexts(framework).filter((expected) => !html.includes(escapeHtml(expected)));
    expect(missing).toEqual([]);
  });

  it("shows every-level statements once, and examples and notes in closed disclosures, with no inline style", () => {
    for (const statement of framework.allLevels) expect(html.split(`id="${statement.id}"`)).toHaveLength(2);
    const withMore = framework.levels
      .flatMap((level) => level.statements)
      .concat(framework.allLevels)
      .filter((s) => (s.examples?.length ?? 0) > 0 || (s.notes ?? "") !== "");
    expect(html.match(/<details class="rungs-card__more">/g) ?? []).toHaveLength(withMore.length);
    expect(html).not.toMatch(/<details[^>]* open/);
    expect(html).not.toContain("style=");
  });
});

describe(`StatementCard in React ${version.split(".")[0]}`, () => {
  it("renders a statement's proficiency, examples and note on the server", () => {
    const statement = assertFramework(everyFieldText).levels[0]?.statements[1] as Statement;
    const html = renderToString(<StatementCard statement={statement} />);
    for (const expected of ["Proficiency: Adopts", "Leaves a review within a day.", "when unsure.", "first month"]) {
      expect(html).toContain(expected);
    }
    expect(html).toContain('<details class="rungs-card__more"><summary');
  });
});
