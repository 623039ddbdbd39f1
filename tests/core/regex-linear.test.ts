import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { type Framework, parseFramework } from "@rungs/core";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { linkTarget } from "../../packages/core/src/parse/links";
import { slugify } from "../../packages/core/src/parse/text";
import { hasOnlyTidyStrings, isTidy } from "../../packages/core/src/parse/tidy-text";
import { isWellFormed, toWellFormed } from "../../packages/core/src/parse/well-formed";
import { slug } from "../../packages/formats/src/shared/keys";
import { stepMarks } from "../../packages/react/src/ladder/ladder-steps";
import { frameworkOf } from "./frameworks";

/**
 * Issue 18, item 5: every regular expression in packages/*\/src, found by parsing the
 * sources (so a new one is audited too), runs on hostile text of n and 8n characters — runs
 * of one character, and of a pair, that a quantifier may take and then give back before a
 * character that ends the match. A regex that re-scans (a class run anchored at the end,
 * nested or overlapping quantifiers) is quadratic: at 8n = 200,000 characters that is tens
 * of seconds, where a linear one takes milliseconds; the test's timeout is the guard (no
 * time is asserted). Regexes that only ever see bounded or pre-shaped text are listed below
 * with the reason, and run through the function that shapes their input.
 */

const root = fileURLToPath(new URL("../..", import.meta.url));
const N = 25_000;
const SIZES = [N, 8 * N];
/** Far above a linear run at 8n (milliseconds) and far below a quadratic one (tens of seconds). */
const GUARD_MS = 8_000;

/** Characters a quantified class in these sources can take: punctuation, digits, letters, spaces, marks, surrogates. */
const RUNS = [
  ".",
  "-",
  "/",
  "\\",
  "0",
  "1",
  "a",
  "A",
  "é",
  "\u0301",
  " ",
  "\t",
  "\n",
  "{",
  "~",
  ":",
  "'",
  "—",
  "<",
  "&",
  "=",
  "#",
  "s",
  "!",
  ",",
  "\uD800",
  "\uDC00",
  "\u200E",
  "\u00A0",
  "a-",
  "a.",
  "1.",
  "a ",
  "/a",
  "{a",
  "ab",
];
/** After the run: a character hardly any class takes, and a letter for the negated classes, so a match started in the run fails at the end. */
const ENDS = ["\u0001", "x"];

/** Hostile texts of about `size` characters: a run, with or without a word before it, then an end. */
function hostileTexts(size: number): string[] {
  const texts: string[] = [];
  for (const run of RUNS) {
    const body = run.repeat(Math.ceil(size / run.length));
    for (const end of ENDS) texts.push(body + end, `word${body}${end}`);
  }
  return texts;
}
const hostile = new Map(SIZES.map((size) => [size, hostileTexts(size)]));

interface FoundRegex {
  /** Path from the repository root, and 1-based line. */
  readonly where: string;
  readonly file: string;
  /** The literal as written, or the `new RegExp(…)` expression. */
  readonly text: string;
  /** The literal itself; undefined for a `new RegExp(…)` built from other values. */
  readonly regex: RegExp | undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|mjs|js)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

function regexesIn(path: string): FoundRegex[] {
  const text = readFileSync(path, "utf8");
  const kind = path.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const file = relative(root, path);
  const found: FoundRegex[] = [];
  const visit = (node: ts.Node): void => {
    const literal = node.kind === ts.SyntaxKind.RegularExpressionLiteral;
    if (literal || (ts.isNewExpression(node) && node.expression.getText(source) === "RegExp")) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      const written = node.getText(source);
      const regex = literal ? (new Function(`return ${written};`)() as RegExp) : undefined;
      found.push({ where: `${file}:${line}`, file, text: written, regex });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const packagesDir = join(root, "packages");
const found = readdirSync(packagesDir).flatMap((name) => {
  const src = join(packagesDir, name, "src");
  try {
    return sourceFiles(src).flatMap(regexesIn);
  } catch {
    return [];
  }
});

/** Every match of the regex, as `replace` with the global flag finds them (what exec, test, split and match cost at most). */
function scanAll(regex: RegExp, text: string): void {
  const flags = regex.flags.includes("g") ? regex.flags : `${regex.flags}g`;
  text.replace(new RegExp(regex.source, flags), "");
}

interface Shaped {
  /** The file, or undefined for an idiom allowed wherever it appears. */
  readonly file?: string;
  readonly text: string;
  /** Why the regex never sees arbitrary long text. */
  readonly reason: string;
  /** The function that shapes its input, run on the hostile texts instead. */
  readonly through?: (text: string) => unknown;
  /** Or the longest text it can see: the hostile texts cut to this length. */
  readonly bound?: number;
}

const THOUSANDS = String.raw`/\B(?=(\d{3})+(?!\d))/g`;
/** `String(value)` of a finite number: at most this many characters ("-1.7976931348623157e+308"). */
const NUMBER_TEXT = 24;

const SHAPED: readonly Shaped[] = [
  {
    // The idiom of `count()`, in whichever package formats a limit's number.
    text: THOUSANDS,
    reason: "groups the digits of String(a finite number)",
    bound: NUMBER_TEXT,
  },
  {
    file: "packages/core/src/parse/text.ts",
    text: "/^-+|-+$/g",
    reason: "runs after [^a-z0-9]+ → '-', so no two hyphens are adjacent",
    through: slugify,
  },
  {
    file: "packages/formats/src/shared/keys.ts",
    text: "/^-+|-+$/g",
    reason: "runs after [^a-z0-9]+ → '-', so no two hyphens are adjacent",
    through: slug,
  },
  {
    file: "packages/formats/src/shared/keys.ts",
    text: "/-+$/",
    reason: "runs on a slug cut to 60 characters",
    through: slug,
  },
  {
    file: "packages/core/src/parse/links.ts",
    text: 'new RegExp(BIDI_CONTROL.source, "g")',
    reason: "one character class",
    through: (text) => linkTarget(`https://example.com/${text}`),
  },
  {
    file: "packages/core/src/parse/well-formed.ts",
    text: 'new RegExp(LONE_SURROGATE.source, "g")',
    reason: "one character with a one-character look-around",
    through: (text) => isWellFormed(text) || toWellFormed(text),
  },
  {
    file: "packages/core/src/parse/tidy-text.ts",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal
    text: "new RegExp(`[\\\\t-\\\\r\\\\u00a0${WIDE_SPACE}\\\\uD800-\\\\uDFFF]| {2}`)",
    reason: "one character class, or two spaces",
    through: (text) => isTidy(text) && hasOnlyTidyStrings(JSON.stringify(text)),
  },
  {
    file: "packages/core/src/parse/tidy-text.ts",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal
    text: "new RegExp(`[${WIDE_SPACE}\\\\uD800-\\\\uDFFF]`)",
    reason: "one character class",
    through: (text) => hasOnlyTidyStrings(JSON.stringify(text)),
  },
  {
    file: "packages/react/src/ladder/ladder-rungs.tsx",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal
    text: 'new RegExp(`(?:^|[^\\\\p{L}\\\\p{N}])${number}(?:$|[^\\\\p{L}\\\\p{N}])`, "u")',
    reason: "a level's position (digits) between two one-character alternatives: fixed width, tried once per position",
    bound: 0,
  },
];

const matches = (entry: Shaped, regex: FoundRegex) =>
  (entry.file === undefined || entry.file === regex.file) && entry.text === regex.text;
const isListed = (list: readonly Shaped[], regex: FoundRegex) => list.find((entry) => matches(entry, regex));

describe("every regex in packages/*/src runs in linear time on hostile text", () => {
  it("finds the regexes (the audit is not empty)", () => {
    expect(found.length).toBeGreaterThan(50);
    expect(found.some((regex) => regex.file === "packages/react/src/ladder/ladder-steps.ts")).toBe(true);
  });

  for (const regex of found) {
    const shaped = isListed(SHAPED, regex);
    it(
      `${regex.where} ${regex.text}${shaped ? ` (${shaped.reason})` : ""}`,
      async ({ signal }) => {
        const pattern = regex.regex;
        for (const size of SIZES) {
          for (const text of hostile.get(size) ?? []) {
            // A quadratic run cannot be interrupted: stop at the next text once the guard has failed the test.
            await new Promise((resolve) => setImmediate(resolve));
            if (signal.aborted) return;
            if (shaped?.through) shaped.through(text);
            else if (shaped?.bound !== undefined) {
              if (pattern) scanAll(pattern, text.slice(0, shaped.bound));
            } else if (pattern) scanAll(pattern, text);
          }
        }
        // A `new RegExp(…)` built from other values must be listed with the function that reaches it.
        expect(pattern !== undefined || shaped !== undefined, `${regex.where}: list it in SHAPED`).toBe(true);
      },
      GUARD_MS,
    );
  }

  it("lists no regex that is no longer in the sources", () => {
    const stale = SHAPED.filter((entry) => !found.some((regex) => matches(entry, regex)));
    expect(stale).toEqual([]);
  });
});

/** `frameworkOf` with the statement length limit off, as a host that raises it would. */
function longFramework(levels: Record<string, string[]>): Framework {
  const result = parseFramework(
    {
      schemaVersion: "1.0",
      occupation: { title: "Test" },
      framework: {
        levels: Object.fromEntries(
          Object.entries(levels).map(([key, statements]) => [key, { label: key, statements }]),
        ),
      },
      attribution: "Test",
    },
    { limits: { maxStatementLength: Infinity } },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.framework;
}

describe("threadName (the ladder's level steps)", () => {
  it(
    "names a continued statement of a word and n dots before a letter in linear time",
    () => {
      // The shape of the report: a short word, thousands of dots; 'x' ends it, so a
      // trailing-punctuation regex started at each dot gives the whole run back.
      for (const dots of SIZES) {
        const below = `word${".".repeat(dots)}x`;
        const framework = longFramework({ one: [below], two: ["Other — continues it"] });
        const [first] = framework.levels[0]?.statements ?? [];
        const [second] = framework.levels[1]?.statements ?? [];
        if (!first || !second) throw new Error("the framework has its two statements");
        const marks = stepMarks(framework.levels, [
          { statements: [{ kind: "new", statementId: first.id }] },
          { statements: [{ kind: "continues", statementId: second.id, from: first.id }] },
        ]);
        expect(marks.byStatement.get(second.id)).toEqual({ kind: "continues", subject: below });
      }
    },
    GUARD_MS,
  );

  it("still drops trailing punctuation, and only that", () => {
    for (const [text, name] of [
      ["Writes tests.", "Writes tests"],
      ["Writes tests?!...", "Writes tests"],
      ["Writes tests;:,", "Writes tests"],
      ["...", ""],
      ["Writes tests. Ships", "Writes tests. Ships"],
    ] as const) {
      const framework = frameworkOf({ one: [text], two: ["Other — continues it"] });
      const first = framework.levels[0]?.statements[0];
      const second = framework.levels[1]?.statements[0];
      if (!first || !second) throw new Error("the framework has its two statements");
      const marks = stepMarks(framework.levels, [
        { statements: [{ kind: "continues", statementId: second.id, from: first.id }] },
      ]);
      expect(marks.byStatement.get(second.id)).toEqual({ kind: "continues", subject: name });
    }
  });
});
