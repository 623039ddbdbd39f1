// Issue 18's shape for @rungs/cli (run by bench/scale.mjs, after `pnpm build`): item 7,
// `rungs validate` of an input over core's input limit, from a file and from stdin. The bin
// reads at most 3 × maxInputLength + 3 bytes and refuses the rest, so each run is one Node
// start and 15 MB read, whatever the size. (`/dev/zero` and an endless stdin are refused the
// same way: tests/cli/input-limit.test.ts.) Each run is a child process, timed whole.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_LIMITS } from "../../packages/core/dist/index.js";

const BIN = new URL("../../packages/cli/dist/cli.js", import.meta.url).pathname;
const LIMIT = DEFAULT_LIMITS.maxInputLength;

const dir = mkdtempSync(join(tmpdir(), "rungs-bench-cli-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

/** JSON text of n × the input limit characters, and one more (so even n = 1 is over it). */
const text = (n) => `{"padding":"${"x".repeat(n * LIMIT + 1 - 14)}"}`;

/** A file of that text, written once per size. */
const files = new Map();
function fileOf(n) {
  if (!files.has(n)) {
    const path = join(dir, `over-${n}.json`);
    writeFileSync(path, text(n));
    files.set(n, path);
  }
  return files.get(n);
}

/** The bin's verdict: exit 1 with the limit-exceeded error. */
const refused = (run) => run.status === 1 && / error: limit-exceeded: /.test(run.stdout);

export const shapes = [
  {
    name: "rungs validate <file> of n × the input limit (item 7)",
    unit: "× limit",
    sizes: [1, 2, 4],
    runs: 2,
    prepare: fileOf,
    run: (path) => spawnSync(process.execPath, [BIN, "validate", path], { encoding: "utf8" }),
    refused,
  },
  {
    name: "rungs validate - (stdin) of n × the input limit (item 7)",
    unit: "× limit",
    sizes: [1, 2, 4],
    runs: 2,
    prepare: (n) => Buffer.from(text(n)),
    // The bin stops reading at its cap: the rest of stdin is not taken (EPIPE for the writer).
    run: (input) =>
      spawnSync(process.execPath, [BIN, "validate", "-"], { input, encoding: "utf8", maxBuffer: 1024 * 1024 }),
    refused,
  },
];
