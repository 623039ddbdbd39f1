import { join } from "node:path";
import { assertFramework, type Framework, type Statement } from "@rungs/core";
import { renderRungsElement } from "@rungs/elements/server";
import { describe, expect, it } from "vitest";
import { SEEDS_DIR, seedText } from "../seeds";
import { decodeEntities } from "../ssr/html";
import { errorLines, runCli } from "./run-cli";

// Issue 21 (item 6): `rungs render` pages of real format 1.1 ladders show them as their
// authors meant them — areas, level descriptions and details, every-level statements,
// proficiency, examples in native disclosures — and the static ladder has no control that
// would do nothing without JavaScript.

const SLUGS = [
  "infracloud-engineering",
  "sourcegraph-product",
  "postman-open-source-ladders",
  "jorgef-engineering-ladders",
] as const;

const frameworkOf = (slug: string): Framework => assertFramework(seedText(`${slug}/${slug}.json`));
const seedPath = (slug: string) => join(SEEDS_DIR, slug, `${slug}.json`);

function bodyOf(html: string): string {
  return /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? "";
}

/** Text as a reader sees it: tags dropped, entities resolved, spaces collapsed. */
function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}

/** An element's name as assistive technology reads it: its text, inline tags adding no space. */
function nameOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ""))
    .replace(/\s+/g, " ")
    .trim();
}

const collapsed = (text: string) => text.replace(/\s+/g, " ").trim();

/** The texts of the elements an opening-tag pattern starts, up to the first closing tag given. */
function elementTexts(html: string, open: RegExp, close: string): string[] {
  const texts: string[] = [];
  for (const match of html.matchAll(new RegExp(`${open.source}([\\s\\S]*?)${close}`, "g"))) {
    texts.push(nameOf(match[1] ?? ""));
  }
  return texts;
}

/** Every statement of the first track's levels, and those expected at every level. */
function statementsOf(framework: Framework): Statement[] {
  return [...framework.allLevels, ...framework.levels.flatMap((level) => level.statements)];
}

describe("rungs render of a format 1.1 ladder", () => {
  const pages = Promise.all(SLUGS.map((slug) => runCli(["render", seedPath(slug)])));

  it.each(SLUGS.map((slug, index) => ({ slug, index })))(
    "$slug: the static ladder has no button, each rung is a heading with its statements shown",
    async ({ slug, index }) => {
      const run = (await pages)[index];
      expect({ code: run?.code, errors: errorLines(run?.stderr ?? "") }).toEqual({ code: 0, errors: [] });
      const body = bodyOf(run?.stdout ?? "");
      const framework = frameworkOf(slug);
      expect(body).not.toMatch(/<button\b|aria-expanded|aria-controls|data-state=/);
      const rungHeadings = elementTexts(body, /<h2 class="rungs-rung__heading rungs-rung__header">/, "</h2>");
      expect(rungHeadings.map((text) => text.split(",")[0])).toEqual(framework.levels.map((level) => level.label));
      const text = textOf(body);
      const missing = statementsOf(framework).filter((statement) => !text.includes(collapsed(statement.description)));
      expect(missing.map((statement) => statement.id)).toEqual([]);
    },
  );

  it("areas: a heading per area with its count inside each rung, in the framework's order", async () => {
    for (const slug of ["infracloud-engineering", "sourcegraph-product"] as const) {
      const body = bodyOf((await pages)[SLUGS.indexOf(slug)]?.stdout ?? "");
      const framework = frameworkOf(slug);
      expect(framework.areas.length).toBeGreaterThan(1);
      const headings = elementTexts(body, /<h3 class="rungs-area__heading">/, "</h3>");
      for (const level of framework.levels) {
        const used = framework.areas.filter((area) => level.statements.some((s) => s.area === area.key));
        for (const area of used) {
          const count = level.statements.filter((s) => s.area === area.key).length;
          expect(headings).toContain(`${area.label}, ${count} statement${count === 1 ? "" : "s"}`);
        }
      }
    }
  });

  it("examples and notes: in a closed native <details> under their statement, every example in the page", async () => {
    const body = bodyOf((await pages)[SLUGS.indexOf("infracloud-engineering")]?.stdout ?? "");
    const framework = frameworkOf("infracloud-engineering");
    const withExamples = statementsOf(framework).filter((statement) => (statement.examples ?? []).length > 0);
    expect(withExamples.length).toBeGreaterThan(0);
    const disclosures = elementTexts(body, /<details class="rungs-card__more">/, "</details>");
    expect(disclosures).toHaveLength(withExamples.length);
    for (const statement of withExamples) {
      const card = new RegExp(`<li id="${statement.id}"[^>]*>([\\s\\S]*?)</li></ul></details>`).exec(body)?.[1] ?? "";
      expect(card, statement.id).toContain(
        '<details class="rungs-card__more"><summary class="rungs-card__more-summary">',
      );
      for (const example of statement.examples ?? []) expect(textOf(card)).toContain(collapsed(example));
    }
  });

  it("level descriptions and details, statements expected at every level, the cumulative line and proficiency", async () => {
    const runs = await pages;
    const sourcegraph = bodyOf(runs[SLUGS.indexOf("sourcegraph-product")]?.stdout ?? "");
    expect(elementTexts(sourcegraph, /<h2 class="rungs-ladder__every-level-heading">/, "</h2>")).toEqual([
      `Expected at every level, ${frameworkOf("sourcegraph-product").allLevels.length} statements`,
    ]);
    expect(sourcegraph).toContain('<p class="rungs-rung__cumulative">');

    const postman = frameworkOf("postman-open-source-ladders");
    const postmanText = textOf(bodyOf(runs[SLUGS.indexOf("postman-open-source-ladders")]?.stdout ?? ""));
    const described = postman.levels.filter((level) => level.description);
    expect(described.length).toBeGreaterThan(0);
    for (const level of described) {
      expect(postmanText).toContain(collapsed(level.description?.split("\n")[0] ?? ""));
    }

    const jorgef = frameworkOf("jorgef-engineering-ladders");
    const jorgefBody = bodyOf(runs[SLUGS.indexOf("jorgef-engineering-ladders")]?.stdout ?? "");
    const proficiencies = new Set(statementsOf(jorgef).flatMap((statement) => statement.proficiency ?? []));
    expect(proficiencies.size).toBeGreaterThan(0);
    const labels = elementTexts(jorgefBody, /<span class="rungs-card__proficiency">/, "</span></span>");
    for (const proficiency of proficiencies) expect(labels.join(" | ")).toContain(proficiency);
  });

  it("the matrix page groups its rows by area, each area's header a row header", async () => {
    const run = await runCli(["render", seedPath("infracloud-engineering"), "--view", "matrix"]);
    expect(run.code).toBe(0);
    const body = bodyOf(run.stdout);
    const framework = frameworkOf("infracloud-engineering");
    const text = textOf(body);
    for (const area of framework.areas) expect(text).toContain(area.label);
    expect(body.match(/<tbody\b/g)?.length ?? 0).toBeGreaterThanOrEqual(framework.areas.length);
  });

  it("--element --view area-profile writes <rungs-area-profile>, as the server renderer does", async () => {
    const framework = frameworkOf("infracloud-engineering");
    const checked = framework.levels[0]?.statements.map((statement) => statement.id).join(" ") ?? "";
    const run = await runCli([
      "render",
      seedPath("infracloud-engineering"),
      "--element",
      "--view",
      "area-profile",
      "--attr",
      `checked=${checked}`,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${renderRungsElement("rungs-area-profile", { framework, attributes: { checked } })}\n`);
    expect(run.stdout).toContain('<table class="rungs-profile__table">');
  });
});
