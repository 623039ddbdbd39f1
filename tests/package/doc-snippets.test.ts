import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { transformSync } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";

// Issue 22, item 2: every TypeScript and JavaScript block a reader can copy from the READMEs
// and the docs pages compiles, strict, against the *built* packages (their published
// declarations, through their package.json exports), and the blocks that need only core,
// formats and Node run. A block that is deliberately partial says so on its first line
// (`// fragment`) and is left out; there are few.
const root = process.cwd();
const workDir = join(root, "node_modules/.cache/doc-snippets");
const tsc = join(root, "node_modules/typescript/bin/tsc");

const docFiles = [
  "README.md",
  ...readdirSync(join(root, "packages")).map((name) => `packages/${name}/README.md`),
  ...readdirSync(join(root, "stories"))
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => `stories/${name}`),
].filter((file) => {
  try {
    readFileSync(join(root, file));
    return true;
  } catch {
    return false;
  }
});

interface Snippet {
  /** Where a reader finds it: `stories/Theming.mdx:350`. */
  where: string;
  /** The file it is checked as, in `workDir`. */
  file: string;
  code: string;
  runnable: boolean;
}

const languages: Record<string, "ts" | "tsx"> = { ts: "ts", js: "ts", tsx: "tsx", jsx: "tsx" };
/** Modules a snippet may import and still run in Node: core, formats and Node's own. */
const runnableImport = /^(@rungs\/core|@rungs\/formats(\/[a-z]+)?|node:[a-z/]+)$/;

function extract(file: string): Snippet[] {
  const lines = readFileSync(join(root, file), "utf8").split("\n");
  const snippets: Snippet[] = [];
  for (let start = 0; start < lines.length; start++) {
    const open = /^(\s*)```(\w+)\s*$/.exec(lines[start] ?? "");
    if (!open) continue;
    const [, indent = "", language = ""] = open;
    let end = start + 1;
    while (end < lines.length && lines[end]?.trim() !== "```") end++;
    const body = lines.slice(start + 1, end).map((line) => line.slice(indent.length));
    const extension = languages[language];
    start = end;
    if (!extension || body[0]?.trimStart().startsWith("// fragment")) continue;
    const code = body.join("\n");
    const imports = [...code.matchAll(/^import\s[^"']*["']([^"']+)["']/gm)].map((match) => match[1] ?? "");
    const slug = `${file.replace(/[^\w]+/g, "-")}-${start - body.length}`;
    snippets.push({
      where: `${file}:${start - body.length}`,
      file: `${slug}.${extension}`,
      // Each block is a module of its own, so top-level names never clash between blocks.
      code: /^(import|export)\s/m.test(code) ? code : `${code}\nexport {};\n`,
      runnable: extension === "ts" && imports.every((name) => runnableImport.test(name)),
    });
  }
  return snippets;
}

/** `paths` from each package's exports to the declarations its build wrote. */
function builtPackagePaths(): Record<string, string[]> {
  const paths: Record<string, string[]> = {};
  for (const name of readdirSync(join(root, "packages"))) {
    const packageJson = JSON.parse(readFileSync(join(root, "packages", name, "package.json"), "utf8"));
    for (const [subpath, target] of Object.entries<{ import?: { types?: string } }>(packageJson.exports ?? {})) {
      const types = typeof target === "object" ? target?.import?.types : undefined;
      if (types) paths[join(packageJson.name, subpath)] = [join(root, "packages", name, types)];
    }
  }
  return paths;
}

const snippets = docFiles.flatMap(extract);

describe("the code blocks of the READMEs and docs pages", () => {
  beforeAll(() => {
    rmSync(workDir, { recursive: true, force: true });
    mkdirSync(workDir, { recursive: true });
    // The quick starts import the seed as a host would import its own file.
    for (const name of ["17-3024.00.json", "ladder.json"]) {
      copyFileSync(join(root, "seeds/17-3024.00.json"), join(workDir, name));
    }
    writeFileSync(join(workDir, "assets.d.ts"), 'declare module "*.css";\n');
    for (const snippet of snippets) writeFileSync(join(workDir, snippet.file), snippet.code);
    writeFileSync(
      join(workDir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          target: "ES2022",
          lib: ["ES2022", "DOM", "DOM.Iterable"],
          module: "ESNext",
          moduleResolution: "Bundler",
          jsx: "react-jsx",
          resolveJsonModule: true,
          types: ["node"],
          typeRoots: [join(root, "node_modules/@types")],
          paths: builtPackagePaths(),
        },
        include: ["*.ts", "*.tsx"],
      }),
    );
  });

  it("finds the blocks (the quick starts among them)", () => {
    expect(snippets.length).toBeGreaterThan(10);
    expect(snippets.some((snippet) => snippet.where.startsWith("README.md") && snippet.runnable)).toBe(true);
  });

  it("type-checks every block, strict, against the built packages", () => {
    const result = spawnSync(process.execPath, [tsc, "-p", join(workDir, "tsconfig.json")], {
      cwd: workDir,
      encoding: "utf8",
    });
    // Name each error by the page and line a reader sees, not the extracted file.
    const byFile = new Map(snippets.map((snippet) => [snippet.file, snippet.where]));
    const errors = result.stdout
      .split("\n")
      .filter((line) => /error TS/.test(line))
      .map((line) => {
        const file = line.split("(")[0] ?? "";
        return `${byFile.get(file) ?? file}: ${line.slice(file.length)}`;
      });
    expect(errors).toEqual([]);
    expect(result.status).toBe(0);
  }, 120_000);

  it("runs the blocks that need only core, formats and Node", () => {
    const runnable = snippets.filter((snippet) => snippet.runnable);
    expect(runnable.length).toBeGreaterThan(2);
    const failures: string[] = [];
    for (const snippet of runnable) {
      const file = join(workDir, snippet.file.replace(/\.ts$/, ".mjs"));
      writeFileSync(file, transformSync(snippet.code, { loader: "ts", format: "esm" }).code);
      // From the repository's root, as the blocks read `seeds/…`; packages resolve to their dist.
      const run = spawnSync(process.execPath, [relative(root, file)], { cwd: root, encoding: "utf8" });
      if (run.status !== 0) failures.push(`${snippet.where}: ${run.stderr.trim().split("\n").slice(0, 5).join("\n")}`);
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
