import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildIndex } from "storybook/internal/core-server";
import { beforeAll, describe, expect, it } from "vitest";
import { realSeedSlugs, seedFiles } from "../seeds";

// What designers open must list the docs, a story per framework in seeds/, the playground.
// The index is built in-process by the same generator `pnpm build-storybook` writes
// storybook-static/index.json with (the entries are identical), in about 3 s instead of a
// full static build: the gate needs the index, not the bundles. MDX pages are compiled to
// be indexed, so a broken docs page fails here too.
const configDir = join(process.cwd(), ".storybook");

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: "story" | "docs";
  importPath: string;
}

describe("the Storybook index", () => {
  let entries: IndexEntry[] = [];
  beforeAll(async () => {
    const index = await buildIndex({ configDir });
    entries = Object.values(index.entries) as IndexEntry[];
  }, 60_000);

  it("builds, with stories and docs in it", () => {
    expect(entries.some((entry) => entry.type === "story")).toBe(true);
    expect(entries.some((entry) => entry.type === "docs")).toBe(true);
  });

  it("lists the docs pages", () => {
    const docs = entries.filter((entry) => entry.type === "docs").map((entry) => entry.title);
    expect(docs).toEqual(
      expect.arrayContaining([
        "Docs/Introduction",
        "Docs/Data format",
        "Docs/Theming",
        "Docs/Accessibility",
        "Docs/Themes and search",
        "Docs/Compare levels",
        "Docs/Self-assessment",
        "Docs/Server rendering",
        "Docs/Import and export",
        "Docs/Level stepper and what is new",
        "Docs/Custom elements",
        "Docs/Area profile",
        "Docs/Areas",
        "Docs/Tracks",
        "Docs/Examples and notes",
        // Issue 22: the documentation site's pages.
        "Docs/Getting started",
        "Docs/Recipes",
        "Docs/API/Core",
        "Docs/API/React components",
        "Docs/API/Custom elements",
        "Docs/API/Formats and CLI",
        "Docs/Security and trust",
        "Docs/Support policy",
      ]),
    );
  });

  it("has the custom elements' stories (issue 13)", () => {
    const ids = entries.filter((entry) => entry.type === "story").map((entry) => entry.id);
    expect(ids).toEqual(
      expect.arrayContaining(
        ["ladder", "matrix", "compare", "stepper", "assessable-ladder", "load-error", "theme", "server-html"].map(
          (name) => `elements-custom-elements--${name}`,
        ),
      ),
    );
  });

  it("has a story for every framework in seeds/", () => {
    const stories = readFileSync(join(process.cwd(), "stories/Frameworks.stories.tsx"), "utf8");
    const frameworkStories = entries.filter((entry) => entry.type === "story" && entry.title === "Frameworks");
    expect(frameworkStories).toHaveLength(seedFiles.length);
    for (const file of seedFiles) expect(stories).toContain(`file: "${file}"`);
  });

  it("has a ladder and a matrix story for every real ladder of issue 20 (format 1.1)", () => {
    const names = entries
      .filter((entry) => entry.type === "story" && entry.title === "Real ladders")
      .map((e) => e.name);
    expect(realSeedSlugs.length).toBeGreaterThan(0);
    expect(names.filter((name) => name.endsWith(": ladder"))).toHaveLength(realSeedSlugs.length);
    expect(names.filter((name) => name.endsWith(": matrix"))).toHaveLength(realSeedSlugs.length);
  });

  it("has the playground", () => {
    expect(entries.some((entry) => entry.type === "story" && entry.title === "Playground")).toBe(true);
  });

  it("has the import story (CSV and CASE) and the playground's downloads", () => {
    const imports = entries.filter((entry) => entry.type === "story" && entry.title === "Features/Import a file");
    expect(imports.map((entry) => entry.name)).toEqual(expect.arrayContaining(["CSV (the template)", "CASE package"]));
    expect(entries.some((entry) => entry.type === "story" && entry.id === "playground--download-files")).toBe(true);
  });

  it("has the components and screens of issue 12", () => {
    const titles = new Set(entries.filter((entry) => entry.type === "story").map((entry) => entry.title));
    for (const title of [
      "Components/AssessmentSummary",
      "Components/LevelStepper",
      "Screens/Occupation page",
      "Screens/Job listing",
      "Screens/Profile",
      "Real ladders",
      "Components/TrackSwitcher",
    ]) {
      expect(titles, title).toContain(title);
    }
  });

  it("opens on the seed's LevelLadder: the first story in the sidebar", () => {
    expect(entries.find((entry) => entry.type === "story")?.id).toBe("components-levelladder--seed");
  });
});
