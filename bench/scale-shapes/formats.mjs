// Issue 18's shapes for @rungs/formats (run by bench/scale.mjs, after
// `pnpm --filter @rungs/formats build`): item 1 (CASE levels sharing a key), item 2 (CSV of one
// level of N statements, and of N distinct levels), item 3 (JSON text over the input limit
// through importFramework) and item 10 (CASE packages of N distinct ext: association types).
// A shape with `refused` must be refused at every size (up to 4× the limit) within half a
// second; any other must grow at most 2.6× from N to 2N. Limits are raised (UNLIMITED) where
// the algorithm itself is measured.
import { DEFAULT_LIMITS } from "../../packages/core/dist/index.js";
import {
  fromCase,
  fromCsv,
  fromMarkdown,
  fromMarkdownFiles,
  fromYaml,
  importFramework,
} from "../../packages/formats/dist/index.js";
import { UNLIMITED } from "../measure.mjs";

/** UNLIMITED with format 1.1's limits raised too (details per level, areas). */
const UNLIMITED_1_1 = {
  limits: { ...UNLIMITED.limits, maxDetailsPerLevel: Number.POSITIVE_INFINITY, maxAreas: Number.POSITIVE_INFINITY },
};

/** Refused with core's limit-exceeded error. */
const refused = (result) => !result.ok && result.errors.some((issue) => issue.code === "limit-exceeded");

/** A CASE package of `count` top-level items that all ask for the level key `a`, one statement below each. */
function sameKeyPackage(count) {
  const items = [];
  const associations = [];
  const link = (type, origin, destination) =>
    associations.push({
      associationType: type,
      originNodeURI: { identifier: origin },
      destinationNodeURI: { identifier: destination },
    });
  for (let i = 0; i < count; i++) {
    items.push({ identifier: `L${i}`, fullStatement: `Level ${i}`, humanCodingScheme: "a" });
    items.push({ identifier: `S${i}`, fullStatement: `Does — thing ${i}` });
    link("isChildOf", `L${i}`, "doc");
    link("isChildOf", `S${i}`, `L${i}`);
  }
  return { CFDocument: { identifier: "doc", title: "Bench" }, CFItems: items, CFAssociations: associations };
}

/** CSV text of about `megabytes` MB: a header, then rows from `row(i)`. */
function csvText(megabytes, row) {
  const rows = ["level_key,level_label,subject,description"];
  let length = 0;
  for (let i = 0; length < megabytes * 1_000_000; i++) {
    const line = row(i);
    rows.push(line);
    length += line.length + 1;
  }
  return rows.join("\n");
}

export const shapes = [
  {
    name: "CASE, n top-level levels sharing the key `a`, fromCase unlimited (item 1)",
    sizes: [5_000, 10_000],
    runs: 2,
    prepare: (n) => JSON.stringify(sameKeyPackage(n)),
    run: (text) => fromCase(text, UNLIMITED),
  },
  {
    name: "CASE, n × maxLevels levels sharing the key `a`, fromCase (item 1)",
    unit: "× limit",
    sizes: [1, 2, 4],
    prepare: (n) => JSON.stringify(sameKeyPackage(n * DEFAULT_LIMITS.maxLevels + 1)),
    run: (text) => fromCase(text),
    refused,
  },
  {
    // An object: the text of 20,000 levels is over maxInputLength, refused before this.
    name: "CASE package object, n levels sharing a key, fromCase (item 1, the issue's 110 s shape)",
    unit: "levels",
    sizes: [5_000, 10_000, 20_000],
    runs: 2,
    prepare: (n) => sameKeyPackage(n),
    run: (pkg) => fromCase(pkg),
    refused,
  },
  {
    name: "CSV, one level of statements, n MB, fromCsv (item 2)",
    unit: "MB",
    sizes: [1, 2, 4],
    prepare: (n) => csvText(n, (i) => `a,A,Subject ${i},does thing ${i}`),
    run: (text) => fromCsv(text),
    refused,
  },
  {
    name: "CSV, a distinct level per row, n MB, fromCsv (item 2)",
    unit: "MB",
    sizes: [1, 2, 4],
    prepare: (n) => csvText(n, (i) => `k${i},K${i},Subject,does thing ${i}`),
    run: (text) => fromCsv(text),
    refused,
  },
  {
    name: "CSV, one level of n statements, fromCsv unlimited (item 2, reading itself)",
    sizes: [20_000, 40_000],
    prepare: (n) =>
      ["level_key,level_label,subject,description", ...Array.from({ length: n }, (_, i) => `a,A,S${i},does ${i}`)].join(
        "\n",
      ),
    run: (text) => fromCsv(text, UNLIMITED),
  },
  {
    name: "JSON text (a CFDocument) of n × maxInputLength, importFramework (item 3)",
    unit: "× limit",
    sizes: [1, 2, 4],
    runs: 2,
    prepare: (n) => `{"CFDocument":{},"padding":"${"x".repeat(n * DEFAULT_LIMITS.maxInputLength)}"}`,
    run: (text) => importFramework(text),
    refused,
  },
  {
    name: "CASE, n distinct ext: association types, fromCase (item 10; 101 warnings at most)",
    sizes: [20_000, 40_000],
    runs: 2,
    prepare: (n) => {
      const pkg = sameKeyPackage(1);
      for (let i = 0; i < n; i++) {
        pkg.CFAssociations.push({
          associationType: `ext:type${i}`,
          originNodeURI: { identifier: "S0" },
          destinationNodeURI: { identifier: "L0" },
        });
      }
      return JSON.stringify(pkg);
    },
    run: (text) => {
      const result = fromCase(text);
      if (result.warnings.length > 101) throw new Error(`${result.warnings.length} warnings listed`);
      return result;
    },
  },
  // Issue 20: Markdown. micromark rebuilds its event list each time a list closes, so many
  // small lists once cost the square of the document (6,000 in 100 KB: 11 s); fromMarkdown
  // parses in pieces cut at block boundaries (markdown/block-chunks.ts).
  {
    name: "Markdown, one level of n statements, fromMarkdown unlimited (issue 20)",
    sizes: [5_000, 10_000],
    runs: 2,
    prepare: (n) => `# T\n## One\n${Array.from({ length: n }, (_, i) => `- **S${i}**: does ${i}`).join("\n")}\n`,
    run: (text) => fromMarkdown(text, UNLIMITED),
  },
  {
    name: "Markdown, n levels of one statement, fromMarkdown unlimited (issue 20)",
    sizes: [5_000, 10_000],
    runs: 2,
    prepare: (n) => `# T\n${Array.from({ length: n }, (_, i) => `## L${i}\n- does ${i}`).join("\n")}\n`,
    run: (text) => fromMarkdown(text, UNLIMITED),
  },
  {
    name: "Markdown, n one-item lists between paragraphs, fromMarkdown unlimited (issue 20)",
    sizes: [6_000, 12_000],
    runs: 2,
    prepare: (n) => `# T\n## One\n${Array.from({ length: n }, (_, i) => `- does ${i}\n\nPara ${i}\n`).join("\n")}`,
    run: (text) => fromMarkdown(text, UNLIMITED),
  },
  {
    name: "Markdown, a table of n rows, fromMarkdown unlimited (issue 20)",
    sizes: [5_000, 10_000],
    runs: 2,
    prepare: (n) =>
      `| Level | A |\n|-|-|\n${Array.from({ length: n }, (_, i) => `| L${i} | x${i}<br>y${i} |`).join("\n")}\n`,
    run: (text) => fromMarkdown(text, UNLIMITED),
  },
  // Issue 20: one list of n statements, each over a nested list of examples. micromark alone
  // grew about 3.5× from N to 2N on it (a container closes per item); the pieces are now also
  // cut at a bullet item and the list joined again (block-chunks.ts, markdown-tree.ts).
  {
    name: "Markdown, one list of n statements each over a nested list of examples, fromMarkdown unlimited (issue 20)",
    sizes: [2_000, 4_000],
    runs: 2,
    prepare: (n) =>
      `# T\n## One\n${Array.from({ length: n }, (_, i) => `- **S${i}**: does ${i}\n  - example ${i}\n  - other ${i}`).join("\n")}\n`,
    run: (text) => fromMarkdown(text, UNLIMITED_1_1),
  },
  // Issue 20 item 7: the reader's options for real ladders, and several files.
  {
    name: "Markdown prose, one level of n paragraph statements each continued by a list (paragraphStatements, issue 20)",
    sizes: [4_000, 8_000],
    runs: 2,
    prepare: (n) =>
      `# T\n## One\n### Area\n${Array.from({ length: n }, (_, i) => `Does ${i}. This means:\n\n* a${i}\n* b${i}\n\n_D${i}: v${i}_\n`).join("\n")}`,
    run: (text) => fromMarkdown(text, { ...UNLIMITED_1_1, paragraphStatements: true, emphasisDetails: true }),
  },
  {
    name: "Markdown files, n files of one level each (fromMarkdownFiles levels, issue 20)",
    sizes: [2_000, 4_000],
    runs: 2,
    prepare: (n) => Array.from({ length: n }, (_, i) => ({ name: `L${i}.md`, text: `# L${i}\n\n- does ${i}\n` })),
    run: (files) => fromMarkdownFiles(files, { ...UNLIMITED_1_1, mode: "levels" }),
  },
  {
    name: "Markdown files, two tracks of n levels and an intro table of n equivalent rows (fromMarkdownFiles tracks, issue 20)",
    sizes: [2_000, 4_000],
    runs: 2,
    prepare: (n) => {
      const track = (letter) =>
        `# ${letter}\n${Array.from({ length: n }, (_, i) => `## ${letter}${i}\n- does ${i}`).join("\n")}\n`;
      const rows = Array.from({ length: n }, (_, i) => `| A${i} | B${i} |`).join("\n");
      return [
        { name: "README.md", intro: true, text: `# T\n\n| A | B |\n|-|-|\n${rows}\n` },
        { name: "a.md", text: track("A") },
        { name: "b.md", text: track("B") },
      ];
    },
    run: (files) => fromMarkdownFiles(files, { ...UNLIMITED_1_1, mode: "tracks", sections: { t: "intro" } }),
  },
  // Issue 20: YAML. The `yaml` package's own unique-key check compares each key with every
  // earlier one (40,000 levels: 15 s); fromYaml checks keys with a set (yaml-origins.ts).
  {
    name: "YAML, n levels of one statement, fromYaml unlimited (issue 20)",
    sizes: [20_000, 40_000],
    runs: 2,
    prepare: (n) =>
      `schemaVersion: "1.0"\noccupation: { title: T }\nframework:\n  levels:\n${Array.from({ length: n }, (_, i) => `    l${i}:\n      label: L${i}\n      statements: ["does ${i}"]`).join("\n")}\n`,
    run: (text) => fromYaml(text, UNLIMITED),
  },
  {
    name: "YAML, one level of n statements, fromYaml unlimited (issue 20)",
    sizes: [20_000, 40_000],
    runs: 2,
    prepare: (n) =>
      `schemaVersion: "1.0"\noccupation: { title: T }\nframework:\n  levels:\n    one:\n      label: One\n      statements:\n${Array.from({ length: n }, (_, i) => `        - "S${i} — does ${i}"`).join("\n")}\n`,
    run: (text) => fromYaml(text, UNLIMITED),
  },
];
