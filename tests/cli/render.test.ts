import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Framework, parseFramework } from "@rungs/core";
import { renderRungsElement } from "@rungs/elements/server";
import { describe, expect, it } from "vitest";
import { SEEDS_DIR, seedJson, seedText } from "../seeds";
import { HOSTILE_TEXTS } from "../ssr/hostile";
import { decodeEntities } from "../ssr/html";
import { errorLines, runCli, SAMPLE_SEEDS, tempFolder } from "./run-cli";

const files = tempFolder();
const seed = join(SEEDS_DIR, SAMPLE_SEEDS[0]);

function seedFramework(name: string): Framework {
  const result = parseFramework(seedText(name));
  if (!result.ok) throw new Error(`seed ${name} does not parse`);
  return result.framework;
}

/** The page's `<body>`: what is shown (the head holds the stylesheet, whose selectors name states). */
function bodyOf(html: string): string {
  return /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? "";
}

/** The text a reader sees: tags dropped, entities resolved, spaces collapsed. */
function visibleText(html: string): string {
  return decodeEntities(bodyOf(html).replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ");
}

function collapsed(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Every `<script …>` opening tag of a page. */
function scriptTags(html: string): string[] {
  return html.match(/<script\b[^>]*>/gi) ?? [];
}

describe("rungs render", () => {
  it("makes a standalone page of each view, every statement readable without JavaScript", async () => {
    const cases = SAMPLE_SEEDS.flatMap((name) => (["ladder", "matrix"] as const).map((view) => ({ name, view })));
    const runs = await Promise.all(
      cases.map(({ name, view }) => runCli(["render", join(SEEDS_DIR, name), "--view", view])),
    );
    cases.forEach(({ name, view }, index) => {
      const run = runs[index];
      expect({ name, view, code: run?.code, errors: errorLines(run?.stderr ?? "") }).toEqual({
        name,
        view,
        code: 0,
        errors: [],
      });
      const html = run?.stdout ?? "";
      const framework = seedFramework(name);
      expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
      expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      expect(decodeEntities(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "")).toBe(framework.occupation.title);
      // The stylesheet is in the page, not linked: nothing to fetch.
      expect(html).toMatch(/<style>[\s\S]*@layer rungs[\s\S]*<\/style>/);
      expect(html).not.toMatch(/<link\b/);
      const text = visibleText(html);
      const missing = framework.levels
        .flatMap((level) => level.statements)
        .filter(
          (statement) =>
            !text.includes(collapsed(statement.description)) || !text.includes(collapsed(statement.subject)),
        );
      expect({ name, view, missing: missing.map((statement) => statement.id) }).toEqual({ name, view, missing: [] });
      // No rung is closed or hidden: the page has no script to open one.
      expect(bodyOf(html)).not.toMatch(/data-state="closed"|\shidden(="[^"]*")?[\s>]/);
      // The one script is the structured data.
      expect(scriptTags(html)).toEqual(['<script type="application/ld+json">']);
      const data = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "");
      expect(data).toMatchObject({ "@type": "Occupation" });
      if (framework.attribution) expect(text).toContain(collapsed(framework.attribution));
    });
  });

  it("writes the page to --out, with the language asked for", async () => {
    const out = join(files.dir, "page.html");
    const run = await runCli(["render", seed, "--out", out, "--lang", "en-GB"]);
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(out, "utf8")).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
  });

  it("renders a CSV file as it renders the JSON it came from", async () => {
    const csv = files.write("ladder.csv", (await runCli(["convert", seed, "--to", "csv"])).stdout);
    const [fromCsv, fromJson] = await Promise.all([runCli(["render", csv]), runCli(["render", seed])]);
    expect(fromCsv.code).toBe(0);
    expect(fromCsv.stdout).toBe(fromJson.stdout);
  });

  it("keeps hostile text as text: no script or element of its own reaches the page", async () => {
    const json = seedJson();
    const framework = json.framework as { levels: Record<string, { label: string; statements: string[] }> };
    const [firstKey = ""] = Object.keys(framework.levels);
    const hostile = HOSTILE_TEXTS.map(
      (text) => `Subject ${text} — does ${text} with </script><script>alert(1)</script>`,
    );
    const levels = { ...framework.levels, [firstKey]: { label: "</title><script>x</script>", statements: hostile } };
    const path = files.write(
      "hostile.json",
      JSON.stringify({
        ...json,
        occupation: { title: "</title><script>alert(1)</script>" },
        framework: { ...framework, description: '"><script>alert(1)</script>', levels },
      }),
    );
    const runs = await Promise.all(["ladder", "matrix"].map((view) => runCli(["render", path, "--view", view])));
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(scriptTags(run.stdout)).toEqual(['<script type="application/ld+json">']);
      expect(run.stdout.match(/<\/script/gi)).toHaveLength(1);
      expect(run.stdout.match(/<\/title/gi)).toHaveLength(1);
      expect(run.stdout).not.toMatch(/<img\b/);
    }
  });

  it("exits 1 without writing a page when the input is not usable, and 2 on a usage error", async () => {
    const broken = files.write("broken.json", JSON.stringify({ ...seedJson(), framework: { levels: [] } }));
    const out = join(files.dir, "never.html");
    const usage = [["render", broken, "--view", "table"], ["render"], ["render", broken, "--lang", '"><script>']];
    const [invalid, ...usageRuns] = await Promise.all([
      runCli(["render", broken, "--out", out]),
      ...usage.map((args) => runCli(args)),
    ]);
    expect(invalid?.code).toBe(1);
    expect(invalid?.stderr).toContain(`${broken}:/framework/levels: error: `);
    expect(existsSync(out)).toBe(false);
    usageRuns.forEach((run, index) => {
      expect({ args: usage[index], code: run.code, stdout: run.stdout }).toEqual({
        args: usage[index],
        code: 2,
        stdout: "",
      });
    });
  });

  it("--element writes the custom element @rungs/elements hydrates: its server renderer's HTML, exactly", async () => {
    const framework = seedFramework(SAMPLE_SEEDS[0]);
    const [ladder, compare] = await Promise.all([
      runCli(["render", seed, "--element", "--attr", "current-level=developing", "--identifier-prefix", "l-"]),
      runCli(["render", seed, "--element", "--view", "compare", "--attr", "from=emerging", "--attr", "to=advanced"]),
    ]);
    expect(ladder.code).toBe(0);
    expect(ladder.stdout).toBe(
      `${renderRungsElement("rungs-ladder", { framework, attributes: { "current-level": "developing" }, identifierPrefix: "l-" })}\n`,
    );
    expect(ladder.stdout).toMatch(
      /^<rungs-ladder current-level="developing" identifier-prefix="l-"><script type="application\/json">/,
    );
    expect(compare.code).toBe(0);
    expect(compare.stdout).toBe(
      `${renderRungsElement("rungs-compare", { framework, attributes: { from: "emerging", to: "advanced" } })}\n`,
    );
  });

  it("--element: a bad --attr, --attr without --element, or a page's option with it is a usage error", async () => {
    const cases = [
      ["render", seed, "--element", "--attr", "current-level"],
      ["render", seed, "--element", "--attr", '"><img=x'],
      ["render", seed, "--attr", "query=x"],
      ["render", seed, "--view", "stepper"],
      ["render", seed, "--element", "--lang", "fr"],
    ];
    const runs = await Promise.all(cases.map((args) => runCli(args)));
    runs.forEach((run, index) => {
      expect({ args: cases[index], code: run.code, stdout: run.stdout }).toEqual({
        args: cases[index],
        code: 2,
        stdout: "",
      });
    });
    expect(runs[0]?.stderr).toContain("--attr takes name=value");
  });
});
