import { readFileSync } from "node:fs";
import { assertFramework, parseFramework } from "@rungs/core";
import { fromMarkdown, toMarkdown } from "@rungs/formats/markdown";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../packages/formats/src/markdown/front-matter";
import type { MarkdownIssue } from "../../packages/formats/src/markdown/markdown-issue";
import { markdownTree } from "../../packages/formats/src/markdown/markdown-tree";
import { readHeadings } from "../../packages/formats/src/markdown/read-headings";
import { readTable } from "../../packages/formats/src/markdown/read-table";
import { seedFiles, seedText } from "../seeds";
import { framework11JsonArbitrary } from "./arbitraries";

const HEADINGS = "one heading per level, its statements as list items";

/** The JSON a layout reader builds from `markdown`, and what it said, before core validates it. */
function built(markdown: string, layout: "headings" | "table" = "headings") {
  const tree = markdownTree(markdown);
  if ("refusedLine" in tree) throw new Error("too deep");
  const warnings: MarkdownIssue[] = [];
  const frontMatter = readFrontMatter(tree, warnings);
  const read = layout === "headings" ? readHeadings(tree, frontMatter) : readTable(tree, frontMatter);
  if (!read) throw new Error("no table");
  return { ...read, rule: "rule" in read ? read.rule : undefined, warnings: [...warnings, ...read.warnings] };
}

const codes = (issues: readonly { code: string }[]) => issues.map((issue) => issue.code);

/** The reader's own warnings, without core's about the framework it built (no attribution, no subject…). */
const EXPORT = "Rungs' own export: the framework in its front matter, which the body shows unchanged";

const READER_CODES = ["unplaced-content", "invalid-front-matter"];
const readerWarnings = <T extends { code: string }>(issues: readonly T[]) =>
  issues.filter((issue) => READER_CODES.includes(issue.code));

describe("fromMarkdown: Rungs' own export", () => {
  it.each(seedFiles)("%s, written with front matter, reads back to the same framework", (name) => {
    const framework = assertFramework(seedText(name));
    const result = fromMarkdown(toMarkdown(framework, { frontMatter: true }));
    expect(result.rule).toBe(EXPORT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // The seed's own warnings (ft-operations repeats two statements), now with their line.
    expect(codes(result.warnings)).toEqual(codes(parseFramework(seedText(name)).warnings));
    expect(result.framework).toEqual(framework);
  });

  it("reads back every generated 1.1 framework exactly, with or without the matrix (property)", () => {
    fc.assert(
      // The matrix one time in four: it is derived, and reading it back renders it again.
      fc.property(framework11JsonArbitrary, fc.nat(3), (json, draw) => {
        const matrix = draw === 0;
        const framework = assertFramework(json);
        const result = fromMarkdown(toMarkdown(framework, { frontMatter: true, matrix }));
        expect(result.rule).toBe(EXPORT);
        expect(result.ok && result.framework).toEqual(framework);
      }),
      // Each run reads a few kilobytes of hostile Markdown (≈ 40 ms): 60 runs.
      { seed: 20115, numRuns: 60 },
    );
  });

  it("reads an edited export's body, and says the front matter's ladder was not used", () => {
    const framework = assertFramework(seedText());
    const edited = toMarkdown(framework, { frontMatter: true }).replace(
      "- **Electromechanical assemblies** — ",
      "- **Electromechanical assemblies** — Rewrites, then ",
    );
    const result = fromMarkdown(edited);
    expect(result.rule).toBe(HEADINGS);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(readerWarnings(result.warnings).map((warning) => [warning.code, warning.path])).toEqual([
      ["invalid-front-matter", "/1/1"],
    ]);
    const texts = result.framework.levels.flatMap((level) => level.statements.map((statement) => statement.text));
    expect(texts.filter((text) => text.includes("Rewrites, then"))).toHaveLength(1);
    // The keys and everything else the front matter says still hold.
    expect(result.framework.levels.map((level) => level.key)).toEqual(framework.levels.map((level) => level.key));
    expect(result.framework.sources).toEqual(framework.sources);
  });

  it("writes every 1.1 field into the body for people, and the body alone keeps every statement and example", () => {
    const framework = assertFramework(
      readFileSync(new URL("../core/fixtures/format-1-1/every-field.json", import.meta.url), "utf8"),
    );
    const body = toMarkdown(framework);
    for (const shown of [
      "## Individual contributor",
      "Grows by the reach of their technical work.",
      "### Engineer I",
      "**Years of experience:** 0–2",
      "*Equivalent to Engineer II (Individual contributor).*",
      "#### Delivery",
      "- **Reviews** — reviews small changes from peers. *(Adopts)*",
      "  - Leaves a review within a day.",
      "*Note:* Not an expectation in the first month.",
      "### All levels",
      "*Each level also expects everything the levels below it expect.*",
    ]) {
      expect(body).toContain(shown);
    }
    const read = fromMarkdown(body);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const words = (texts: string[]) => texts.join(" ").split(/\s+/).filter(Boolean).sort();
    const statementsOf = (f: typeof framework) =>
      f.tracks.flatMap((track) => [...track.allLevels, ...track.levels.flatMap((level) => level.statements)]);
    const shownWords = words(statementsOf(read.framework).flatMap((s) => [s.text, ...(s.examples ?? [])]));
    for (const statement of statementsOf(framework)) {
      for (const word of words([statement.text, ...(statement.examples ?? [])])) expect(shownWords).toContain(word);
    }
  });

  it("reads the export without front matter too: keys from the labels, the same statements", () => {
    const framework = assertFramework(seedText());
    const result = fromMarkdown(toMarkdown(framework));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.framework.levels.map((level) => level.key)).toEqual(framework.levels.map((level) => level.key));
    expect(result.framework.levels.flatMap((level) => level.statements.map((s) => s.text))).toEqual(
      framework.levels.flatMap((level) => level.statements.map((s) => s.text)),
    );
  });
});

describe("fromMarkdown: ladders as people write them", () => {
  const ladder = [
    "# Backend engineer",
    "",
    "How we grow backend engineers.",
    "",
    "## Junior",
    "",
    "- **Delivery**: ships small, well-defined tasks with guidance.",
    "- Code review — asks for review early",
    "- Writes tests",
    "",
    "## Senior",
    "",
    "- **Delivery** Leads projects of a quarter",
    "",
  ].join("\n");

  it("takes the title, the levels in order and each statement's subject and text", () => {
    const result = fromMarkdown(ladder);
    expect(result.ok && codes(result.warnings)).toEqual(["missing-subject", "missing-attribution"]);
    if (!result.ok) return;
    const { framework } = result;
    expect(framework.occupation.title).toBe("Backend engineer");
    expect(framework.description).toBe("How we grow backend engineers.");
    expect(framework.levels.map((level) => [level.key, level.label])).toEqual([
      ["junior", "Junior"],
      ["senior", "Senior"],
    ]);
    expect(framework.levels[0]?.statements.map((s) => [s.subject, s.description])).toEqual([
      ["Delivery", "ships small, well-defined tasks with guidance."],
      ["Code review", "asks for review early"],
      ["", "Writes tests"],
    ]);
    expect(framework.levels[1]?.statements[0]?.text).toBe("Delivery — Leads projects of a quarter");
  });

  it("builds format 1.1 from area headings, nested examples, level descriptions and an All levels section", () => {
    const read = built(
      [
        "# Engineer",
        "## All levels",
        "- Treats colleagues with respect",
        "## Junior",
        "Works on well-defined tasks.",
        "",
        "Typically 0–2 years.",
        "### Technical skills",
        "- **Testing**: writes unit tests",
        "  - adds a test with each fix",
        "  - keeps tests fast",
        "### People",
        "- Asks for help",
      ].join("\n"),
    );
    expect(read.errors).toEqual([]);
    expect(read.warnings).toEqual([]);
    expect(read.json.schemaVersion).toBe("1.1");
    expect(read.json.framework.areas).toEqual({
      "technical-skills": { label: "Technical skills" },
      people: { label: "People" },
    });
    expect(read.json.framework.allLevels).toEqual(["Treats colleagues with respect"]);
    expect(read.json.framework.levels).toEqual({
      junior: {
        label: "Junior",
        description: "Works on well-defined tasks.\n\nTypically 0–2 years.",
        statements: [
          {
            text: "Testing — writes unit tests",
            area: "technical-skills",
            examples: ["adds a test with each fix", "keeps tests fast"],
          },
          { text: "Asks for help", area: "people" },
        ],
      },
    });
  });

  it("warns, with line and column, about what it cannot place, and keeps the rest", () => {
    const result = fromMarkdown(
      ["# Ladder", "## One", "- Does a thing", "", "```", "code", "```", "> a quote"].join("\n"),
    );
    expect(result.ok).toBe(true);
    expect(result.ok && readerWarnings(result.warnings).map((w) => [w.code, w.path, w.message])).toEqual([
      [
        "unplaced-content",
        "/5/1",
        "line 5, column 1: a code block is not part of a level, a statement, the sources or the front matter; it is left out.",
      ],
      [
        "unplaced-content",
        "/8/1",
        "line 8, column 1: a quotation is not part of a level, a statement, the sources or the front matter; it is left out.",
      ],
    ]);
  });

  it("says where core's problems are, by line", () => {
    const result = fromMarkdown(["# Ladder", "## One", "- **Delivery**", "- **Delivery**"].join("\n"));
    const repeats = result.ok ? result.warnings.filter((w) => w.code === "duplicate-statement") : [];
    expect(repeats.map((w) => [w.path, w.message.split(":")[0]])).toEqual([["/4/1", "line 4, column 1"]]);
  });

  it("refuses a document without levels, and text that is not a string, without throwing", () => {
    const none = fromMarkdown("Just a paragraph.");
    expect(none.ok).toBe(false);
    expect(!none.ok && codes(none.errors)).toContain("no-levels");
    expect(fromMarkdown(42 as unknown as string).ok).toBe(false);
    expect(fromMarkdown("# x", { limits: { maxInputLength: 2 } }).ok).toBe(false);
  });

  it("keeps HTML and script as text, and a link's destination beside its text", () => {
    const result = fromMarkdown(
      [
        "# L",
        "## One",
        "- <img src=x onerror=alert(1)> **bold** [RFC](https://example.com/rfc) <script>x</script>",
      ].join("\n"),
    );
    expect(result.ok && result.framework.levels[0]?.statements[0]?.text).toBe(
      "<img src=x onerror=alert(1)> bold RFC (https://example.com/rfc) <script>x</script>",
    );
  });

  it("ignores front matter it cannot use, with a warning at its line", () => {
    const result = fromMarkdown(["---", "colour: red", "title: [", "---", "# L", "## One", "- A"].join("\n"));
    // "title: [" is the front matter's second line, the document's third; YAML says where it breaks.
    expect(result.ok && readerWarnings(result.warnings).map((w) => [w.code, w.path.split("/")[1]])).toEqual([
      ["invalid-front-matter", "3"],
    ]);
    const unknown = fromMarkdown(["---", "colour: red", "---", "# L", "## One", "- A"].join("\n"));
    expect(unknown.ok && readerWarnings(unknown.warnings).map((w) => [w.code, w.message])).toEqual([
      ["invalid-front-matter", 'line 2, column 1: front matter "colour" is not a key Rungs reads; it is ignored.'],
    ]);
  });

  it("refuses an alias bomb in front matter instead of expanding it", () => {
    const bomb = ["---", "a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const name of "bcdefghij")
      bomb.push(
        `${name}: &${name} [${Array(9)
          .fill(`*${String.fromCharCode(name.charCodeAt(0) - 1)}`)
          .join(", ")}]`,
      );
    bomb.push("sources: *j", "---", "# L", "## One", "- A");
    const result = fromMarkdown(bomb.join("\n"));
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.some((w) => w.message.includes('"sources" could not be read'))).toBe(true);
  });

  it("refuses lists nested past 128 columns of indentation, at the line, before parsing them", () => {
    const deep = ["# T", "## One", ...Array.from({ length: 70 }, (_, i) => `${"  ".repeat(i)}- item ${i}`)].join("\n");
    const result = fromMarkdown(deep);
    expect(!result.ok && result.errors.map((e) => [e.code, e.path])).toEqual([["limit-exceeded", "/68/1"]]);
    // Inside a fenced code block, indentation is the code's own.
    const fenced = ["# T", "## One", "- a", "", "```", `${" ".repeat(200)}x`, "```"].join("\n");
    expect(fromMarkdown(fenced).ok).toBe(true);
  });

  it("refuses a paragraph of more than 2,000 emphasis marks at its line, and reads long lists of bold subjects", () => {
    const marks = ["# T", "## One", "Intro.", "*a".repeat(700), "*a".repeat(700), "_b".repeat(700)].join("\n");
    const refused = fromMarkdown(marks);
    expect(!refused.ok && refused.errors.map((e) => [e.code, e.path])).toEqual([["limit-exceeded", "/6/1"]]);
    expect(!refused.ok && refused.errors[0]?.message).toMatch(/more than 2000 \* or _ marks/);
    // Counted per paragraph or list item: 3,000 bold subjects in one list are read.
    const bold = ["# T", "## One", ...Array.from({ length: 3000 }, (_, i) => `- **S_${i}**: does _${i}_`)].join("\n");
    const read = fromMarkdown(bold, { limits: { maxStatementsPerLevel: 5000 } });
    expect(read.ok && read.framework.levels[0]?.statements).toHaveLength(3000);
    // And per table row: 1,000 rows with bold in their cells are read.
    const rows = Array.from({ length: 1000 }, (_, i) => `| L${i} | **x${i}** | _y${i}_ |`);
    const table = fromMarkdown(["| Level | A | B |", "| --- | --- | --- |", ...rows].join("\n"), {
      limits: { maxLevels: 2000 },
    });
    expect(table.ok && table.framework.levels).toHaveLength(1000);
  });

  it("cuts a long list of statements with nested examples into pieces and joins it again: one list, every example", () => {
    const items = Array.from({ length: 600 }, (_, i) => `- **S${i}**: does ${i}\n  - example ${i}\n  - other ${i}`);
    const text = `# T\n## One\n${items.join("\n")}\n- - -\n* after\n`;
    const tree = markdownTree(text);
    if ("refusedLine" in tree) throw new Error("not deep");
    const lists = tree.children.filter((node) => node.type === "list");
    // The thematic break ends the list, and the next bullet starts another: two lists, as a whole parse gives.
    expect(lists.map((list) => list.children.length)).toEqual([600, 1]);
    expect(lists[0]?.position?.end.line).toBe(2 + 600 * 3);
    const result = fromMarkdown(text, { limits: { maxStatementsPerLevel: 1000 } });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const statements = result.framework.levels[0]?.statements ?? [];
    expect(statements).toHaveLength(601);
    expect(statements[599]?.examples).toEqual(["example 599", "other 599"]);
  });

  it("reads a long document in pieces to the same tree: positions, lists across pieces, fences", () => {
    const lines = ["# T", "## One"];
    for (let i = 0; i < 450; i++) lines.push(`- **S${i}**: does ${i}`, "", `Para ${i}`, "");
    lines.push("```", "## not a heading", "```", "## Two", "- last");
    const result = fromMarkdown(lines.join("\n"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.framework.levels.map((level) => [level.key, level.statements.length])).toEqual([
      ["one", 450],
      ["two", 1],
    ]);
    // The paragraphs between the lists are the level's description; the code block is left out, at its line.
    expect(result.warnings.filter((w) => w.code === "unplaced-content").map((w) => w.path)).toEqual([
      `/${lines.length - 4}/1`,
    ]);
  });

  it("never throws, whatever the text (fast-check)", () => {
    const pieces = fc.constantFrom(
      "# ",
      "## ",
      "### ",
      "- ",
      "  - ",
      "**",
      "---\n",
      "|a|b|\n|-|-|\n",
      "\n",
      "\n\n",
      "x",
      "—",
      ": ",
      "<b>",
      "[l](u)",
      "`",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), (parts) => {
        const result = fromMarkdown(parts.join(""));
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });
});

describe("fromMarkdown: ladders as tables", () => {
  it("gives core's 1.1 framework for a headings ladder and a table ladder", () => {
    const headings = fromMarkdown(
      [
        "# Engineer",
        "## All levels",
        "- Respect",
        "## Junior",
        "Works on tasks.",
        "### Craft",
        "- **Testing**: writes tests",
        "  - adds a test with each fix",
      ].join("\n"),
    );
    if (!headings.ok) throw new Error(JSON.stringify(headings.errors));
    // Core's own warnings, the first moved to its line: "Respect" has no subject.
    expect(headings.warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ["missing-subject", "/3/1"],
      ["missing-attribution", ""],
    ]);
    const { framework } = headings;
    expect(framework.areas.map((area) => area.label)).toEqual(["Craft"]);
    expect(framework.allLevels.map((statement) => [statement.id, statement.text])).toEqual([["all-1", "Respect"]]);
    expect(framework.levels[0]).toMatchObject({ label: "Junior", description: "Works on tasks." });
    expect(framework.levels[0]?.statements[0]).toMatchObject({
      subject: "Testing",
      description: "writes tests",
      area: "craft",
      examples: ["adds a test with each fix"],
    });
    const table = fromMarkdown(
      ["| Level | Craft |", "| --- | --- |", "| Junior | Uses the system<br>Asks |"].join("\n"),
    );
    expect(table.ok && table.framework.levels[0]?.statements.map((statement) => statement.area)).toEqual([
      "craft",
      "craft",
    ]);
  });

  it("reads one row per level and a column per area, a statement per line of a cell", () => {
    const markdown = [
      "# Designer",
      "",
      "| Level | Craft | Collaboration |",
      "| --- | --- | --- |",
      "| Junior | Uses the design system<br>Asks for critique | Shares work early |",
      "| Senior | Extends the design system | Leads critiques<br/>Mentors juniors |",
    ].join("\n");
    const read = built(markdown, "table");
    expect(read.rule).toBe("a table with one row per level and a column per area");
    expect(read.warnings).toEqual([]);
    expect(read.json.framework.areas).toEqual({ craft: { label: "Craft" }, collaboration: { label: "Collaboration" } });
    expect(read.json.framework.levels).toEqual({
      junior: {
        label: "Junior",
        statements: [
          { text: "Uses the design system", area: "craft" },
          { text: "Asks for critique", area: "craft" },
          { text: "Shares work early", area: "collaboration" },
        ],
      },
      senior: {
        label: "Senior",
        statements: [
          { text: "Extends the design system", area: "craft" },
          { text: "Leads critiques", area: "collaboration" },
          { text: "Mentors juniors", area: "collaboration" },
        ],
      },
    });
    expect(fromMarkdown(markdown).rule).toBe("a table with one row per level and a column per area");
  });

  it("reads one row per area and a column per level when the first header names areas", () => {
    const read = built(
      [
        "| Competency | L1 | L2 |",
        "|-|-|-|",
        "| Delivery | Ships tasks | Ships projects |",
        "| People | Asks | Mentors |",
      ].join("\n"),
      "table",
    );
    expect(read.rule).toBe("a table with one row per area and a column per level");
    expect(Object.keys(read.json.framework.levels ?? {})).toEqual(["l1", "l2"]);
    expect(read.json.framework.levels?.l2?.statements).toEqual([
      { text: "Ships projects", area: "delivery" },
      { text: "Mentors", area: "people" },
    ]);
  });

  it("warns about what lies outside the table, and about cells past the last header", () => {
    const read = built(["# T", "Intro.", "| Level | A |", "|-|-|", "| One | x | extra |"].join("\n"), "table");
    expect(read.warnings.map((w) => [w.code, w.path])).toEqual([
      ["unplaced-content", "/2/1"],
      ["unplaced-content", "/5/11"],
    ]);
  });
});
