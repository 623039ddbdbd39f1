import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// What `pnpm publish` would upload for each public package: exactly the built dist (code,
// types, source maps and, for React, the stylesheet), package.json, README.md and LICENSE,
// plus the data files a package exports — nothing from src, tests or config. `pnpm pack
// --dry-run --json` lists the tarball without writing it and without the network (about
// 0.1 s a package). Runs on the built packages, like the other package tests.

const root = join(import.meta.dirname, "..", "..");

type Expected = {
  /** Files outside dist the package ships, besides package.json, README.md and LICENSE. */
  readonly extra: readonly string[];
  /** The endings a dist file may have. */
  readonly dist: RegExp;
};

const code = /\.(js|cjs|d\.ts|d\.cts|js\.map|cjs\.map)$/;
const packages: Record<string, Expected> = {
  core: { extra: ["schema.json"], dist: code },
  react: { extra: [], dist: /\.(js|cjs|d\.ts|d\.cts|js\.map|cjs\.map)$|^dist\/styles\.css$/ },
  formats: { extra: ["csv-template.csv"], dist: code },
  cli: { extra: [], dist: /^dist\/cli\.js$/ },
  // And the one-file CDN build: its script, map and stylesheet, and their versioned URLs and SRI hashes.
  elements: {
    extra: [],
    dist: /\.(js|cjs|d\.ts|d\.cts|js\.map|cjs\.map)$|^dist\/cdn\/(rungs-elements\.css|integrity\.json)$/,
  },
};

const always = ["package.json", "README.md", "LICENSE"];

/** The paths in the package's tarball, as `pnpm pack` reports them. */
function packedFiles(dir: string): string[] {
  const out = execFileSync("pnpm", ["pack", "--dry-run", "--json"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, npm_config_verify_deps_before_run: "false" },
  });
  const report = JSON.parse(out) as { files: { path: string }[] } | { files: { path: string }[] }[];
  const files = (Array.isArray(report) ? report[0] : report)?.files ?? [];
  return files.map((file) => file.path.replaceAll("\\", "/")).sort();
}

/** Every file under a folder, as paths relative to the package. */
function filesUnder(pkg: string, folder: string): string[] {
  return readdirSync(join(pkg, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(pkg, join(entry.parentPath, entry.name)).replaceAll("\\", "/"))
    .sort();
}

/** Every file path package.json points at: main, module, types, bin and each export target. */
function entryFiles(manifest: Record<string, unknown>): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string") found.push(value.replace(/^\.\//, ""));
    else if (value && typeof value === "object") for (const inner of Object.values(value)) walk(inner);
  };
  for (const key of ["main", "module", "types", "bin", "exports"]) walk(manifest[key]);
  return [...new Set(found)].sort();
}

describe.each(Object.entries(packages))("npm pack of @rungs/%s", (name, expected) => {
  const pkg = join(root, "packages", name);
  const files = packedFiles(pkg);
  const manifest = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")) as Record<string, unknown>;

  it("holds package.json, README.md, LICENSE and the package's data files", () => {
    for (const file of [...always, ...expected.extra]) expect(files, `${file} missing`).toContain(file);
  });

  it("holds only those and dist files of the allowed kinds: no src, tests or config", () => {
    const unexpected = files.filter(
      (file) =>
        !always.includes(file) &&
        !expected.extra.includes(file) &&
        !(file.startsWith("dist/") && expected.dist.test(file)),
    );
    expect(unexpected).toEqual([]);
    expect(files.filter((file) => /(^|\/)(src|tests?|node_modules)\/|tsconfig|tsup\.config/.test(file))).toEqual([]);
  });

  it("holds the whole of dist as built, and every file package.json points at", () => {
    expect(files.filter((file) => file.startsWith("dist/"))).toEqual(filesUnder(pkg, "dist"));
    for (const entry of entryFiles(manifest)) expect(files, `${entry} (from package.json) missing`).toContain(entry);
  });

  it("ships types and source maps next to the code (and React its stylesheet)", () => {
    if (name === "cli") {
      expect(files).toContain("dist/cli.js");
      return;
    }
    for (const file of ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts"]) {
      expect(files).toContain(file);
    }
    for (const file of files.filter((file) => /\.c?js$/.test(file))) expect(files).toContain(`${file}.map`);
    expect(files.includes("dist/styles.css")).toBe(name === "react");
    expect(files.includes("dist/cdn/rungs-elements.css")).toBe(name === "elements");
  });

  it("ships the MIT licence and a README that says how to install", () => {
    expect(readFileSync(join(pkg, "LICENSE"), "utf8")).toMatch(
      /^MIT License\n\nCopyright \(c\) \d{4} Rungs contributors/,
    );
    expect(manifest.license).toBe("MIT");
    expect(readFileSync(join(pkg, "README.md"), "utf8")).toContain(
      `npm install ${name === "cli" ? "--save-dev " : ""}@rungs/${name}`,
    );
  });
});
