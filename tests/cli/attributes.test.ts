import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SEEDS_DIR } from "../seeds";
import { runCli } from "./run-cli";

// Issue 18, item 15: `--attr` writes attributes into a host's page, so an event handler
// attribute (`on…`) is a usage error, by @rungs/elements' allow-list (attributeProblems).

const seed = join(SEEDS_DIR, "17-3024.00.json");

describe("rungs render --element --attr", () => {
  it.each(["onclick=alert(1)", "onmouseover=x", "onload=", "on=1", "onfocusin=steal()"])(
    "refuses %s as a usage error, writing nothing",
    async (attr) => {
      const run = await runCli(["render", "--element", seed, "--attr", attr]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain(`rungs render: --attr ${attr.split("=")[0]}: `);
    },
  );

  it("still writes the attributes an element reads", async () => {
    const run = await runCli([
      "render",
      "--element",
      seed,
      "--attr",
      "current-level=developing",
      "--attr",
      "data-one=1",
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^<rungs-ladder current-level="developing" data-one="1">/);
  });
});
