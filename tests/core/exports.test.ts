import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../../packages/core/dist/", import.meta.url));

// Guards the public surface of the built package: a removed or renamed export is a
// breaking change and must show up here, in both module formats.
describe.skipIf(!existsSync(`${dist}index.js`))("@rungs/core build exports", () => {
  const expected = [
    "FrameworkError",
    "SUPPORTED_VERSION",
    "allStatements",
    "assertFramework",
    "findStatement",
    "getLevel",
    "httpUrl",
    "mergeRanges",
    "parseFramework",
    "searchStatements",
    "splitStatement",
  ];

  it("exports the public names from ESM", async () => {
    const esm = await import(/* @vite-ignore */ `${dist}index.js`);
    expect(Object.keys(esm).sort()).toEqual(expected);
  });

  it("exports the same names from CJS", () => {
    const cjs = createRequire(import.meta.url)(`${dist}index.cjs`);
    expect(Object.keys(cjs).sort()).toEqual(expected);
  });
});

it("has a build to check (run pnpm build first)", () => {
  expect(existsSync(`${dist}index.js`), "packages/core/dist is missing: run `pnpm build`").toBe(true);
});
