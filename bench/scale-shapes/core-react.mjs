// Issue 18's shapes for @rungs/core and @rungs/react (run by bench/scale.mjs, after
// `pnpm --filter @rungs/core build && pnpm --filter @rungs/react build`): item 4 (a
// one-letter query over megabytes of one-letter words, searched and rendered), item 5 (a
// ladder with level steps over statements of a word, n dots and a letter) and item 7
// (decodeAssessment of a code of millions of characters). A shape with `refused` must be
// refused at every size within half a second; any other must grow at most 2.6× from N to 2N.
import { decodeAssessment, encodeAssessment, parseFramework, searchFramework } from "../../packages/core/dist/index.js";
import { UNLIMITED } from "../measure.mjs";

function parsed(levels, options = UNLIMITED) {
  const result = parseFramework(
    { schemaVersion: "1.0", occupation: { title: "Scale" }, framework: { levels }, attribution: "bench" },
    options,
  );
  if (!result.ok) throw new Error(`bench input did not parse: ${result.errors[0]?.message}`);
  return result.framework;
}

/** About `megabytes` MB of statements of 2,000 characters ("a a a …", the default statement limit) in levels of 500. */
function oneLetterWords(megabytes) {
  const statements = Math.round((megabytes * 1_000_000) / 2_000);
  const levels = {};
  for (let at = 0; at < statements; at += 500) {
    const count = Math.min(500, statements - at);
    levels[`level-${at / 500}`] = {
      label: `Level ${at / 500}`,
      statements: Array.from({ length: count }, () => "a ".repeat(1_000).trim()),
    };
  }
  return parsed(levels, {});
}

/** 100 statements of a word, `dots` dots and a letter on one level, each continued by one on the next. */
function dottedLadder(dots) {
  const below = Array.from({ length: 100 }, (_, i) => `word${i}${".".repeat(dots)}x`);
  const above = Array.from({ length: 100 }, (_, i) => `Thread ${i} — continues it`);
  const framework = parsed({ one: { label: "One", statements: below }, two: { label: "Two", statements: above } });
  const [one, two] = framework.levels;
  const levelSteps = [
    { statements: one.statements.map((statement) => ({ kind: "new", statementId: statement.id })) },
    {
      statements: two.statements.map((statement, i) => ({
        kind: "continues",
        statementId: statement.id,
        from: one.statements[i].id,
      })),
    },
  ];
  return { framework, levelSteps };
}

/** The seed-sized framework a code is decoded against: 40 statements, a 19-character code. */
const small = parsed(
  Object.fromEntries(
    ["a", "b", "c", "d"].map((key) => [
      key,
      { label: key, statements: Array.from({ length: 10 }, (_, i) => `S${i} — does ${key}${i}`) },
    ]),
  ),
  {},
);
const realCode = encodeAssessment(small, []);

export async function shapes() {
  const [{ createElement }, { renderToString }, { LevelLadder }] = await Promise.all([
    import("react"),
    import("react-dom/server"),
    import("../../packages/react/dist/index.js"),
  ]);
  return [
    {
      name: "searchFramework, query `a` over n MB of one-letter words (item 4)",
      unit: "MB",
      sizes: [1, 2],
      prepare: (n) => oneLetterWords(n),
      run: (framework) => searchFramework(framework, "a"),
    },
    {
      name: "LevelLadder query `a` over n MB of one-letter words, all rungs open (renderToString, item 4)",
      unit: "MB",
      sizes: [1, 2],
      runs: 1,
      prepare: (n) => oneLetterWords(n),
      run: (framework) =>
        renderToString(
          createElement(LevelLadder, {
            framework,
            query: "a",
            type: "multiple",
            defaultValue: framework.levels.map((level) => level.key),
          }),
        ),
    },
    {
      name: "LevelLadder levelSteps, 100 statements of a word, n dots and a letter (renderToString, item 5)",
      sizes: [10_000, 20_000],
      runs: 1,
      prepare: (n) => dottedLadder(n),
      run: ({ framework, levelSteps }) => renderToString(createElement(LevelLadder, { framework, levelSteps })),
    },
    {
      // The code's length is fixed by the framework (19 characters here): any other is refused unread.
      name: "decodeAssessment of a code of n million characters (item 7)",
      unit: "M chars",
      sizes: [12.5, 25, 50],
      prepare: (n) => realCode + "A".repeat(n * 1_000_000 - realCode.length),
      run: (code) => decodeAssessment(small, code),
      refused: (result) => !result.ok,
    },
  ];
}
