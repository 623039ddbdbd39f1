import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The Node versions each package asks for (`engines`) agree with what the root README's
// Support policy table and the package's own README say, and a package never asks for less
// than a workspace package it depends on (npm would still warn about that one on install).

const root = join(import.meta.dirname, "..", "..");
const names = ["core", "react", "elements", "formats", "cli"];

interface Manifest {
  readonly name: string;
  readonly engines?: { readonly node?: string };
  readonly dependencies?: Readonly<Record<string, string>>;
}

const manifest = (name: string): Manifest =>
  JSON.parse(readFileSync(join(root, "packages", name, "package.json"), "utf8")) as Manifest;

/** A range as the README's table writes it: `>=18` as `≥ 18`, `||` as `or`. */
const asProse = (range: string): string => range.replaceAll(">=", "≥ ").replaceAll(" || ", " or ");

// The table moved from the root README to the Support policy docs page (issue 22).
const policy = readFileSync(join(root, "stories/SupportPolicy.mdx"), "utf8");

describe.each(names)("@rungs/%s engines", (name) => {
  const pkg = manifest(name);
  const node = pkg.engines?.node ?? "";

  it("names a Node range", () => {
    expect(node).not.toBe("");
  });

  it("is the range in the Support policy page's table", () => {
    const row = policy.split("\n").find((line) => line.startsWith(`| \`${pkg.name}\``));
    expect(row, `no row for ${pkg.name}`).toBeDefined();
    expect(row?.split("|")[2]?.trim()).toBe(asProse(node));
  });

  it("is the range the package's README states", () => {
    const own = readFileSync(join(root, "packages", name, "README.md"), "utf8");
    const stated = [asProse(node), `\`${node}\``].some((form) => own.includes(`Node ${form}`));
    expect(stated, `packages/${name}/README.md should say "Node ${asProse(node)}"`).toBe(true);
  });

  it("asks for no less than the workspace packages it depends on", () => {
    for (const dependency of Object.keys(pkg.dependencies ?? {}).filter((d) => d.startsWith("@rungs/"))) {
      const theirs = manifest(dependency.slice("@rungs/".length)).engines?.node ?? "";
      // The ranges here are either ">=18" or one stricter range shared by formats and cli.
      if (theirs !== ">=18") expect(node, `${pkg.name} depends on ${dependency}`).toBe(theirs);
    }
  });
});
