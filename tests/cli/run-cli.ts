import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import type { Io } from "../../packages/cli/src/io";
import { main } from "../../packages/cli/src/main";

/** The built bin, as npm's shim runs it (`pnpm build` makes it before the tests run). */
export const CLI = join(process.cwd(), "packages/cli/dist/cli.js");

/** What a run of the bin gave. */
export interface CliRun {
  /** The exit code. */
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `rungs <args…>` in a child process, with `input` on stdin (an empty stdin otherwise),
 * stderr not a terminal, as a CI job runs it.
 */
export function runCli(args: readonly string[], input?: string | Uint8Array): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [CLI, ...args],
      // A run that never ends is killed (and the test fails) rather than left behind.
      { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_ENV: "" }, timeout: 50_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : Number.NaN) : 0;
        if (error && Number.isNaN(code)) reject(error);
        else resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(input ?? "");
  });
}

/**
 * A temporary folder for the files a test writes, removed after the test file's runs. Give
 * `write` a name and content; it returns the path.
 */
export function tempFolder(): { dir: string; write(name: string, content: string | Uint8Array): string } {
  const dir = mkdtempSync(join(tmpdir(), "rungs-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    write(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

/** Lines of output, without the empty one after the last newline. */
export function linesOf(text: string): string[] {
  return text.split("\n").filter((line, index, all) => line !== "" || index < all.length - 1);
}

/**
 * The seeds the CLI's tests convert and render: the reference seed, the one with the most
 * levels, and one with warnings. Round trips of every seed are the formats' own tests; these
 * check what the bin adds (reading, detecting, writing, exit codes).
 */
export const SAMPLE_SEEDS = ["17-3024.00.json", "ft-engineering.json", "ft-operations.json"] as const;

/** Lines of stderr that report an error (warnings and progress are allowed). */
export function errorLines(stderr: string): string[] {
  return linesOf(stderr).filter((line) => / error: /.test(line) || line.includes("unexpected error"));
}

/**
 * Runs the CLI's `main` in this process (for hundreds of runs, or with modules mocked), its
 * output collected; `stdin` is the descriptor `-` reads.
 */
export async function runMain(
  argv: readonly string[],
  stdin = 0,
): Promise<{ code: unknown; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    errIsTty: false,
    stdin,
  };
  const code = await main(argv, io);
  return { code, out, err };
}
