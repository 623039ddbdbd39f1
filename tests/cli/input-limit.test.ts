import { spawn } from "node:child_process";
import { DEFAULT_LIMITS } from "@rungs/core";
import { describe, expect, it } from "vitest";
import { seedText } from "../seeds";
import { CLI, type CliRun, linesOf, runCli, tempFolder } from "./run-cli";

// Issue 18, item 7: the CLI reads at most what core's input limit lets through (5,000,000
// characters: at most three UTF-8 bytes each) and refuses the rest with an error that names
// the file and the limit: `/dev/zero` and a stdin that never ends are refused, not read forever.

const LIMIT = DEFAULT_LIMITS.maxInputLength;
const files = tempFolder();

/**
 * `rungs <args…>` with a stdin that never ends: megabytes of spaces are written for as long
 * as the command runs (up to 8× the limit), and stdin is never closed.
 */
function runWithEndlessStdin(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NODE_ENV: "" } });
    const timer = setTimeout(() => child.kill(), 50_000);
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    // The command stops reading: writes after that fail with EPIPE, which is expected.
    child.stdin.on("error", () => {});
    const chunk = Buffer.alloc(1024 * 1024, " ");
    let written = 0;
    const write = (): void => {
      while (written < 8 * LIMIT && child.exitCode === null) {
        written += chunk.length;
        if (!child.stdin.write(chunk)) {
          child.stdin.once("drain", write);
          return;
        }
      }
    };
    write();
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === null) reject(new Error(`rungs ${args.join(" ")} did not end (killed)`));
      else resolve({ code, stdout, stderr });
    });
  });
}

/** The refusal's words: the file, and the limit in characters. */
const refusal = (file: string) =>
  new RegExp(
    `^${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: error: limit-exceeded: .*${LIMIT.toLocaleString("en-US")} characters`,
  );

describe("rungs reads at most the input limit", () => {
  it("validate /dev/zero: refused with an error naming the file and the limit, exit 1", async () => {
    const run = await runCli(["validate", "/dev/zero"]);
    expect(run.code).toBe(1);
    const lines = linesOf(run.stdout);
    expect(lines[0]).toMatch(refusal("/dev/zero"));
    expect(lines.at(-1)).toBe("1 file checked: 1 not valid (1 error, 0 warnings).");
  }, 60_000);

  it("validate - with a stdin that never ends: refused, exit 1", async () => {
    const run = await runWithEndlessStdin(["validate", "-"]);
    expect(run.code).toBe(1);
    expect(linesOf(run.stdout)[0]).toMatch(refusal("-"));
  }, 60_000);

  it("convert and render of a file 4× the limit: refused on stderr naming the file, exit 1, nothing written", async () => {
    const big = files.write("big.json", `{"padding":"${"x".repeat(4 * LIMIT)}"}`);
    const runs = await Promise.all([
      runCli(["convert", big, "--to", "csv"]),
      runCli(["render", big]),
      runCli(["validate", "--json", big]),
    ]);
    for (const run of runs.slice(0, 2)) {
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(linesOf(run.stderr)[0]).toMatch(refusal(big));
    }
    const json = JSON.parse(runs[2]?.stdout ?? "") as { files: { errors: { path: string; code: string }[] }[] };
    expect(json.files[0]?.errors.map((issue) => [issue.path, issue.code])).toEqual([["", "limit-exceeded"]]);
  }, 60_000);

  it("a file just within the limit in characters, of three-byte characters, is read whole", async () => {
    // 3 bytes a character in UTF-8, up to the limit: more bytes than characters, still read.
    const seed = JSON.parse(seedText()) as Record<string, unknown>;
    const text = JSON.stringify({ ...seed, padding: "" });
    const padded = text.replace('"padding":""', `"padding":"${"€".repeat(LIMIT - text.length)}"`);
    expect(padded.length).toBe(LIMIT);
    const path = files.write("within.json", padded);
    const run = await runCli(["validate", "--json", path]);
    const json = JSON.parse(run.stdout) as { files: { errors: { code: string }[] }[] };
    expect(json.files[0]?.errors.map((issue) => issue.code)).not.toContain("limit-exceeded");
  }, 60_000);
});
