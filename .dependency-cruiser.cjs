// Import rules for packages/*/src (issue 19), checked by tests/package/import-rules.test.ts
// in `pnpm test`. Run by hand: pnpm exec depcruise packages/*/src --config .dependency-cruiser.cjs
// Type-only imports count (tsPreCompilationDeps): two modules that import each other's
// types are a circle too (GUIDE §4.11: types in their own file).

/** Core's stages, in pipeline order: the shared base, then parse, then what derives from a framework. */
const CORE = "^packages/core/src/";
const BASE = "(model|text)";
const DERIVE = "(search|themes|compare|assess|jsonld)";

/**
 * @rungs/react: a folder per component, and shared/ for what two or more of them use. The
 * components that import card/ today: the ladder (its client card, CheckableStatementCard,
 * and the card's types), the summary, the comparison and the matrix (StatementCard in their
 * lists and cells), and AreaProfile (the card's HeadingLevel type). One more edge (issue 21):
 * the summary shows AreaProfile, so summary/ may import profile/. Any other cross-import
 * between component folders is new, and fails.
 */
const REACT = "^packages/react/src/";
const CARD_IMPORTERS = "(ladder|summary|compare|matrix|profile)";

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "No module reaches itself through its imports, in any package.",
      from: { path: "^packages/[^/]+/src/" },
      to: { circular: true },
    },
    {
      name: "core-base-imports-no-stage",
      severity: "error",
      comment: "model/ (types, queries) and text/ (fold) are below every stage: they import none.",
      from: { path: `${CORE}${BASE}/` },
      to: { path: `${CORE}(parse|${DERIVE.slice(1, -1)})/` },
    },
    {
      name: "core-parse-imports-no-derived-stage",
      severity: "error",
      comment: "The pipeline runs one way: parse → search/themes/compare/assess/jsonld, never back.",
      from: { path: `${CORE}parse/` },
      to: { path: `${CORE}${DERIVE}/` },
    },
    {
      name: "core-ends-of-the-pipeline",
      severity: "error",
      comment: "compare, assess and jsonld are ends: only their own folder and the index import them.",
      from: { path: `${CORE}([^/]+)/` },
      to: { path: `${CORE}(compare|assess|jsonld)/`, pathNot: `${CORE}$1/` },
    },
    {
      name: "core-stages-skip-the-index",
      severity: "error",
      comment: "A stage imports the module it needs, never the public index (which imports every stage).",
      from: { path: `${CORE}[^/]+/` },
      to: { path: `${CORE}index[.]ts$` },
    },
    {
      name: "core-imports-no-react-or-rungs-package",
      severity: "error",
      comment: "Core is pure TypeScript: no React, no DOM, no other Rungs package.",
      from: { path: "^packages/core/" },
      to: {
        path: [
          "^packages/(react|formats|elements|cli)/",
          "(^|/)node_modules/(react|react-dom|@rungs/[^/]+)/",
          "^(react|react-dom|@rungs/(react|formats|elements|cli))(/|$)",
        ],
      },
    },
    {
      name: "react-shared-imports-no-component",
      severity: "error",
      comment: "shared/ is below every component: it imports none of their folders.",
      from: { path: `${REACT}shared/` },
      to: { path: `${REACT}[^/]+/`, pathNot: `${REACT}shared/` },
    },
    {
      name: "react-components-import-own-folder-shared-or-card",
      severity: "error",
      comment: "A component imports its own folder, shared/ and card/ (next rule: which may); no other component's.",
      from: { path: `${REACT}([^/]+)/`, pathNot: `${REACT}(shared|summary)/` },
      to: { path: `${REACT}[^/]+/`, pathNot: `${REACT}($1|shared|card)/` },
    },
    {
      name: "react-summary-imports-own-folder-shared-card-or-profile",
      severity: "error",
      comment:
        "The summary shows AreaProfile (issue 21): besides its own folder, shared/ and card/, it may import profile/.",
      from: { path: `${REACT}summary/` },
      to: { path: `${REACT}[^/]+/`, pathNot: `${REACT}(summary|shared|card|profile)/` },
    },
    {
      name: "react-card-importers",
      severity: "error",
      comment:
        "Only the ladder, summary, compare, matrix and profile import card/ (today's graph): another is a new cross-import.",
      from: { path: `${REACT}[^/]+/`, pathNot: `${REACT}(card|shared|${CARD_IMPORTERS.slice(1, -1)})/` },
      to: { path: `${REACT}card/` },
    },
    {
      name: "react-imports-no-formats",
      severity: "error",
      comment: "@rungs/react depends on core, Radix and clsx only (JSON-LD comes from @rungs/core/jsonld).",
      from: { path: "^packages/react/" },
      to: { path: ["^packages/formats/", "(^|/)node_modules/@rungs/formats/", "^@rungs/formats(/|$)"] },
    },
  ],
  options: {
    doNotFollow: { path: "(^|/)node_modules/" },
    tsPreCompilationDeps: true,
    // The root tsconfig maps @rungs/* to the packages' sources, so an import of another
    // package resolves to packages/<name>/src, where the rules above see it.
    tsConfig: { fileName: require("node:path").join(__dirname, "tsconfig.json") },
  },
};
