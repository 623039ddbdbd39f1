import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { SEEDS_DIR } from "../seeds";
import { runMain } from "./run-cli";

// Issue 18, item 8: a render that fails (two copies of React in a project, as npm made them
// when React was a dependency: "Invalid hook call") is said in a sentence on stderr and the
// command exits 1, page and --element alike: never exit 0 with nothing written, never a
// stack trace. The renderers are made to throw here, in-process.

vi.mock("@rungs/elements/server", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  renderRungsElement: () => {
    throw new TypeError("Cannot read properties of null (reading 'useMemo')");
  },
}));
vi.mock("react-dom/server", () => ({
  renderToStaticMarkup: () => {
    throw new TypeError("Cannot read properties of null (reading 'useMemo')");
  },
}));

const seed = join(SEEDS_DIR, "17-3024.00.json");

const run = (argv: readonly string[]) => runMain(argv);

describe("rungs render when React fails", () => {
  it.each([[["render", seed]], [["render", seed, "--element"]]])(
    "%j exits 1 with a sentence, nothing on stdout",
    async (argv) => {
      const result = await run(argv);
      expect(result.code).toBe(1);
      expect(result.out).toBe("");
      expect(result.err).toMatch(/^rungs render: the view could not be rendered with React \d+\.\d+\.\d+: .*useMemo/);
      expect(result.err).toContain("one copy of React 18.2+ or 19");
      expect(result.err).not.toMatch(/\n\s+at /);
    },
  );
});
