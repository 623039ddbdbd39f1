import { fromMarkdown, fromMarkdownFiles, type MarkdownReadOptions } from "@rungs/formats/markdown";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../packages/formats/src/markdown/front-matter";
import type { MarkdownIssue } from "../../packages/formats/src/markdown/markdown-issue";
import { markdownTree } from "../../packages/formats/src/markdown/markdown-tree";
import { readHeadings } from "../../packages/formats/src/markdown/read-headings";

/** The JSON the heading reader builds from `lines` with `options`, and what it said. */
function built(lines: readonly string[], options: MarkdownReadOptions = {}) {
  const tree = markdownTree(lines.join("\n"));
  if ("refusedLine" in tree) throw new Error("too deep");
  const warnings: MarkdownIssue[] = [];
  const read = readHeadings(tree, readFrontMatter(tree, warnings), options);
  return { ...read, warnings: [...warnings, ...read.warnings] };
}

const where = (issues: readonly MarkdownIssue[]) => issues.map((issue) => issue.message.split(":")[0]);

describe("the Markdown reader's options for real ladders (each off by default)", () => {
  it("a heading at another depth, outside a level, leaves out what follows it instead of adding it to the level before", () => {
    const read = built(["# Ladder", "## One", "- Does a thing", "# Other pages", "- [Home](README.md)"]);
    expect(read.json.framework.levels).toEqual({ one: { label: "One", statements: ["Does a thing"] } });
    expect(read.warnings.map((w) => w.message)).toEqual([
      'line 4, column 1: a heading "Other pages" is not part of a level, a statement, the sources or the front matter; it is left out.',
      'line 5, column 1: a list under "Other pages" is not part of a level, a statement, the sources or the front matter; it is left out.',
    ]);
  });

  it("levelDepth 1: no heading is the title, every # heading is a level; title names the occupation", () => {
    const lines = ["# Engineer I #", "- Fixes bugs", "# Engineer II #", "- Designs features"];
    const read = built(lines, { levelDepth: 1, title: "Engineers" });
    expect(read.json.occupation.title).toBe("Engineers");
    expect(Object.values(read.json.framework.levels ?? {}).map((level) => level.label)).toEqual([
      "Engineer I",
      "Engineer II",
    ]);
    // Without the option the first heading is the title, as before.
    expect(built(lines).json.occupation.title).toBe("Engineer I");
  });

  it("sections: areas defines the areas with their descriptions, its paragraphs describe the framework", () => {
    const read = built(
      [
        "# Ladder",
        "## What we expect",
        "We expect two things.",
        "- Impact: the difference one makes",
        "- Teamwork: working with others",
        "- not a definition",
        "## One",
        "- Ships",
      ],
      { sections: { "what we expect": "areas" } },
    );
    expect(read.json.framework.areas).toEqual({
      impact: { label: "Impact", description: "the difference one makes" },
      teamwork: { label: "Teamwork", description: "working with others" },
    });
    expect(read.json.framework.description).toBe("We expect two things.");
    expect(where(read.warnings)).toEqual(["line 6, column 1"]);
  });

  it("sections: description and details under a level, all-levels, intro and leave-out by name", () => {
    const read = built(
      [
        "# L1",
        "Prose about the ladder.",
        "### Overview",
        "Works on small tasks.",
        "### Anti-patterns",
        "- **Silence**. Not asking for help.",
        "- Rushing.",
        "#### Impact",
        "- Ships",
        "# Every level",
        "- Is kind",
        "# Navigation:",
        "[Next](L2.md)",
      ],
      {
        levelDepth: 1,
        sections: {
          "L1 ": "level",
          overview: "description",
          "Anti-patterns": "details",
          "every level": "all-levels",
          navigation: "leave-out",
        },
      },
    );
    expect(read.json.framework.levels).toEqual({
      l1: {
        label: "L1",
        description: "Prose about the ladder.\n\nWorks on small tasks.",
        details: { "Anti-patterns": "Silence. Not asking for help.\n\nRushing." },
        statements: [{ text: "Ships", area: "impact" }],
      },
    });
    expect(read.json.framework.allLevels).toEqual(["Is kind"]);
    expect(where(read.warnings)).toEqual(["line 12, column 1", "line 13, column 1"]);
    const intro = built(["## About", "Words.", "## One", "- A"], { sections: { about: "intro" } });
    expect([intro.json.occupation.title, intro.json.framework.description]).toEqual(["About", "Words."]);
  });

  it("sections: scales gives each area its proficiency labels, and a statement its area by its label", () => {
    const read = built(
      [
        "# Ladder",
        "## Levels of skill",
        "### Technology",
        "1. **Adopts**: uses the team's tools",
        "2. **Masters**: knows the whole stack",
        "## One",
        "- **Adopts**: learns the tools",
        "- **Unknown**: stays without an area",
      ],
      { sections: { "levels of skill": "scales" }, boldLead: "proficiency" },
    );
    expect(read.json.framework.areas).toEqual({
      technology: {
        label: "Technology",
        description: "Adopts: uses the team's tools\n\nMasters: knows the whole stack",
      },
    });
    expect(read.json.framework.levels?.one?.statements).toEqual([
      { text: "learns the tools", area: "technology", proficiency: "Adopts" },
      { text: "stays without an area", proficiency: "Unknown" },
    ]);
  });

  it("boldLead proficiency: the bold lead-in is the proficiency label, not the subject", () => {
    const lines = ["# L", "## One", "* **Adopts**: learns the tools", "* **Alone**"];
    expect(built(lines, { boldLead: "proficiency" }).json.framework.levels?.one?.statements).toEqual([
      { text: "learns the tools", proficiency: "Adopts" },
      "Alone",
    ]);
    expect(built(lines).json.framework.levels?.one?.statements).toEqual(["Adopts — learns the tools", "Alone"]);
  });

  it("paragraphStatements: each paragraph a statement, a list right after one continues it", () => {
    const read = built(
      [
        "# L",
        "## One",
        "Writes code.",
        "",
        "Reviews code. This means:",
        "* Reading it",
        "* Testing it",
        "- Not continued",
      ],
      { paragraphStatements: true },
    );
    expect(read.json.framework.levels?.one?.statements).toEqual([
      "Writes code.",
      "Reviews code. This means:\n\nReading it\n\nTesting it",
      "Not continued",
    ]);
    expect(read.json.schemaVersion).toBe("1.1");
  });

  it("emphasisDetails: an emphasised `Label: text` paragraph is a detail, another emphasised one the description", () => {
    const read = built(["# L", "## One", "_Mastering the craft._", "", "Ships.", "", "__Experience: 2 years.__"], {
      paragraphStatements: true,
      emphasisDetails: true,
    });
    expect(read.json.framework.levels?.one).toEqual({
      label: "One",
      description: "Mastering the craft.",
      details: { Experience: "2 years." },
      statements: ["Ships."],
    });
  });

  it("listAreas: an item over a nested list names their area; text run on from its label is a statement, with a warning", () => {
    const read = built(["# L", "## One", "- Impact:", "  - Ships", "- Execution", "  -Owns it", "", "  - Plans"], {
      listAreas: true,
    });
    expect(read.json.framework.levels?.one?.statements).toEqual([
      { text: "Ships", area: "impact" },
      { text: "-Owns it", area: "execution" },
      { text: "Plans", area: "execution" },
    ]);
    expect(read.warnings.map((w) => [w.path, w.code])).toEqual([["/6/3", "unplaced-content"]]);
    // Without the option the nested items are examples of the statement "Impact:".
    expect(built(["# L", "## One", "- Impact:", "  - Ships"]).json.framework.levels?.one?.statements).toEqual([
      { text: "Impact:", examples: ["Ships"] },
    ]);
  });

  it("navigation: paragraphs and items that start with a listed text are left out, with a warning", () => {
    const read = built(["# L", "## One", "- Ships", "- Back to top", "", "*Next up*: [Two](two.md)"], {
      navigation: ["Next up", "back to"],
    });
    expect(read.json.framework.levels?.one?.statements).toEqual(["Ships"]);
    expect(where(read.warnings)).toEqual(["line 4, column 1", "line 6, column 1"]);
  });

  it("areaGroups: a heading right over deeper ones only groups them, left out with a warning; its areas are the deeper ones", () => {
    const lines = ["# L", "## One", "### Core", "- Ships", "### Functional", "#### People", "- Mentors"];
    const read = built(lines, { areaGroups: true });
    expect(Object.keys(read.json.framework.areas ?? {})).toEqual(["core", "people"]);
    expect(read.json.framework.levels?.one?.statements).toEqual([
      { text: "Ships", area: "core" },
      { text: "Mentors", area: "people" },
    ]);
    expect(read.warnings.map((w) => w.message)).toEqual([
      'line 5, column 1: a heading "Functional" only groups the areas under it, and areas are not nested; it is left out.',
    ]);
    // Without the option it is an area without statements, as before.
    expect(Object.keys(built(lines).json.framework.areas ?? {})).toEqual(["core", "functional", "people"]);
  });

  it("cumulative: the framework says each level includes the ones below", () => {
    expect(built(["# L", "## One", "- A"], { cumulative: true }).json).toMatchObject({
      schemaVersion: "1.1",
      framework: { cumulative: true },
    });
  });

  it("keeps hostile text as text and prototype names as own keys", () => {
    const result = fromMarkdown(
      [
        "# L",
        "## One",
        "- Ships <img src=x onerror=alert(1)>",
        "",
        "_constructor: <script>alert(1)</script>_",
        // Escaped: `__proto__` unescaped is Markdown's bold "proto".
        "### \\_\\_proto\\_\\_",
        "<b>bold</b> words",
      ].join("\n"),
      { emphasisDetails: true, sections: JSON.parse('{"__proto__": "details"}') },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [level] = result.framework.levels;
    expect(level?.details).toEqual([
      { label: "constructor", text: "<script>alert(1)</script>" },
      { label: "__proto__", text: "<b>bold</b> words" },
    ]);
    expect(level?.statements.map((statement) => statement.text)).toEqual(["Ships <img src=x onerror=alert(1)>"]);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe("the reader's options, as given", () => {
  const ladder = "# L\n## One\n- **Adopts**: learns\n";
  const plain = fromMarkdown(ladder);

  it("counts options that are not an object, of the wrong kind, or that throw as not given", () => {
    const hostile = Object.defineProperty({}, "boldLead", {
      get() {
        throw new Error("no");
      },
    });
    for (const options of [
      null,
      42,
      "x",
      hostile,
      { levelDepth: 9, boldLead: "both", sections: [1], navigation: "x" },
    ]) {
      const result = fromMarkdown(ladder, options as never);
      expect(result.ok && result.framework).toEqual(plain.ok && plain.framework);
    }
  });

  it("refuses files whose options or entries throw, without throwing", () => {
    const throwing = (name: string) =>
      Object.defineProperty({}, name, {
        get() {
          throw new Error("no");
        },
      });
    expect(fromMarkdownFiles([{ name: "a.md", text: ladder }], throwing("mode") as never).ok).toBe(false);
    expect(fromMarkdownFiles([throwing("text") as never], { mode: "levels" }).ok).toBe(false);
    expect(fromMarkdownFiles(null as never, { mode: "levels" }).ok).toBe(false);
    // A flag whose getter throws counts as not given: the file's `#` heading is the level, as without it.
    const flag = Object.assign(throwing("frontMatterLevels"), { mode: "levels" });
    const files = [{ name: "a.md", text: "---\ntitle: Ignored\n---\n# One\n- Ships" }];
    expect(fromMarkdownFiles(files, flag as never)).toEqual(fromMarkdownFiles(files, { mode: "levels" }));
  });
});

describe("fromMarkdownFiles", () => {
  const levelFiles = [
    { name: "README.md", text: "# Ladder\n\nHow we grow.\n\n## Levels\n\n- [L1](L1.md)" },
    { name: "L1.md", text: "# L1\n\n- Ships" },
    { name: "L2.md", text: "---\ntitle: ignored\n---\n# L2\n\n- Leads" },
  ];

  it("one file per level: the files in order, each issue with its file, line and column", () => {
    // Frozen: the reader never changes what it is given.
    const options = Object.freeze({ mode: "levels" as const, sections: Object.freeze({ ladder: "intro" as const }) });
    const result = fromMarkdownFiles(Object.freeze(levelFiles.map((file) => Object.freeze({ ...file }))), options);
    expect(result.rule).toBe("one file per level, read in the given order: its heading is the level");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.framework.occupation.title).toBe("Ladder");
    expect(result.framework.description).toBe("How we grow.");
    expect(result.framework.levels.map((level) => [level.label, level.statements.map((s) => s.text)])).toEqual([
      ["L1", ["Ships"]],
      ["L2", ["Leads"]],
    ]);
    const reader = result.warnings.filter((w) => w.code === "unplaced-content" || w.code === "invalid-front-matter");
    expect(reader.map((w) => [w.path, w.message.split(":")[0]])).toEqual([
      ["/L2.md/1/1", "L2.md, line 1, column 1"],
      ["/README.md/5/1", "README.md, line 5, column 1"],
      ["/README.md/7/1", "README.md, line 7, column 1"],
    ]);
  });

  it("frontMatterLevels: each file a level labelled by its front matter title, its headings areas; an intro file describes the ladder", () => {
    const files = [
      { name: "_index.md", intro: true, text: "---\ntitle: Engineering\n---\nHow we grow." },
      { name: "b.md", text: "---\ntitle: Senior\nweight: 2\nsources: { a: b }\n---\n## Core\n- Leads" },
      { name: "a.md", label: "Fallback", text: "## Core\n- Ships\n  - a demo" },
    ];
    const result = fromMarkdownFiles(files, { mode: "levels", frontMatterLevels: true });
    expect(result.rule).toBe("one file per level, read in the given order: its front matter's title is the level");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.framework.occupation.title).toBe("Engineering");
    expect(result.framework.description).toBe("How we grow.");
    // The given order, not the weight; a file without a title is labelled by its label.
    expect(result.framework.levels.map((level) => [level.key, level.label])).toEqual([
      ["senior", "Senior"],
      ["fallback", "Fallback"],
    ]);
    expect(result.framework.levels[1]?.statements[0]).toMatchObject({ text: "Ships", examples: ["a demo"] });
    expect(result.framework.areas.map((area) => area.label)).toEqual(["Core"]);
    const reader = result.warnings.filter((w) => w.code === "unplaced-content" || w.code === "invalid-front-matter");
    expect(reader.map((w) => w.message)).toEqual([
      'b.md, line 3, column 1: front matter "weight" is not a key Rungs reads; it is ignored.',
      'b.md, line 1, column 1: front matter "sources" is not read in a level\'s file (its title names the level); it is ignored.',
    ]);
  });

  it("one file per track: titles are tracks, an intro file gives areas and a table of equivalent levels", () => {
    const result = fromMarkdownFiles(
      [
        {
          name: "README.md",
          intro: true,
          text: [
            "# Ladders",
            "",
            "Two tracks.",
            "",
            "| Level | [Engineer](eng.md) | [Manager](mgr.md) |",
            "| - | - | - |",
            "| 1 | [E1](eng.md#e1) | |",
            "| 2 | E2 | M2 |",
            "| 3 | E3 | M9 |",
            "",
            "# Axes",
            "",
            "* **People**: working with others",
          ].join("\n"),
        },
        {
          name: "eng.md",
          text: "# Engineer\n\nBuilds.\n\n## E1 - Engineer 1\n\n- Ships\n\n## E2\n\n- Leads\n\n## E3\n\n- Steers",
        },
        { name: "mgr.md", text: "## M2\n\n- Manages", label: "Manager" },
      ],
      { mode: "tracks", title: "Engineering", sections: { axes: "areas", ladders: "intro" } },
    );
    expect(result.rule).toBe(
      "one file per track, read in the given order: its title is the track, its headings the levels",
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { framework } = result;
    expect(framework.occupation.title).toBe("Engineering");
    expect(framework.description).toBe("Two tracks.");
    expect(framework.areas.map((area) => [area.key, area.description])).toEqual([["people", "working with others"]]);
    expect(framework.tracks.map((track) => [track.key, track.label, track.description])).toEqual([
      ["engineer", "Engineer", "Builds."],
      ["manager", "Manager", undefined],
    ]);
    const [engineer, manager] = framework.tracks;
    expect(engineer?.levels.map((level) => level.equivalents ?? [])).toEqual([
      [],
      [{ track: "manager", level: "m2" }],
      [],
    ]);
    expect(manager?.levels[0]?.equivalents).toEqual([{ track: "engineer", level: "e2" }]);
    const reader = result.warnings.filter((w) => w.code === "unplaced-content");
    expect(reader.map((w) => w.message)).toEqual([
      'README.md, line 5, column 1: the table of equivalent levels has columns that name no track ("Level"); they are left out.',
      'README.md, line 9, column 10: "M9" names no level of the track "Manager"; the cell is left out.',
    ]);
  });

  it("refuses what it cannot read, without throwing", () => {
    const TRACK = { name: "t.md", text: "# Track\n## One\n- Ships" };
    const refused = (files: unknown, options: unknown) => {
      const result = fromMarkdownFiles(files as never, options as never);
      return result.ok ? [] : result.errors.map((e) => e.code);
    };
    expect(refused(levelFiles, { mode: "pages" })).toEqual(["invalid-type"]);
    expect(refused([], { mode: "levels" })).toEqual(["invalid-type"]);
    expect(refused([{ name: "a.md", text: 1 }], { mode: "levels" })).toEqual(["invalid-type"]);
    expect(refused(levelFiles, { mode: "levels", limits: { maxInputLength: 10 } })).toEqual(["invalid-type"]);
    expect(refused([{ name: "a.md", text: "Just prose." }], { mode: "tracks" })).toEqual(["no-levels"]);
    expect(refused([{ name: "a.md", intro: true, text: "# T\n## Level" }, TRACK], { mode: "tracks" })).toEqual([
      "invalid-type",
    ]);
  });

  it("never throws, whatever the files and options (fast-check)", () => {
    const option = fc.record(
      {
        levelDepth: fc.integer({ min: 0, max: 7 }),
        paragraphStatements: fc.boolean(),
        listAreas: fc.boolean(),
        emphasisDetails: fc.boolean(),
        boldLead: fc.constantFrom("subject", "proficiency"),
        navigation: fc.array(fc.string(), { maxLength: 2 }),
        sections: fc.dictionary(
          fc.string(),
          fc.constantFrom("level", "all-levels", "areas", "scales", "intro", "description", "details", "leave-out"),
        ),
      },
      { requiredKeys: [] },
    );
    const markdown = fc.array(
      fc.constantFrom(
        "# A",
        "## B",
        "### C",
        "- x",
        "  - y",
        "**L**: t",
        "_E: v_",
        "| a | b |",
        "| - | - |",
        "",
        "text",
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ name: fc.string(), text: markdown.map((lines) => lines.join("\n")), intro: fc.boolean() }),
          {
            maxLength: 4,
          },
        ),
        fc.constantFrom("levels", "tracks"),
        option,
        (files, mode, options) => {
          const result = fromMarkdownFiles(files, { ...options, mode } as never);
          expect(typeof result.ok).toBe("boolean");
          const single = fromMarkdown(files[0]?.text ?? "", options as MarkdownReadOptions);
          expect(typeof single.ok).toBe("boolean");
        },
      ),
      { numRuns: 300 },
    );
  });
});
