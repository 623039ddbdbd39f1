import { chmodSync } from "node:fs";
import { defineConfig } from "tsup";

/**
 * The `rungs` bin: our own sources bundled into one file, every package kept external (they
 * are dependencies, installed beside it), so the bin is small and uses the same core,
 * formats and components as the host's app.
 */
export default defineConfig({
  entry: ["src/cli.ts"],
  format: ["esm"],
  platform: "node",
  target: "node20",
  banner: { js: "#!/usr/bin/env node" },
  external: [/^@rungs\//, /^react(\/|$)/, /^react-dom(\/|$)/],
  clean: true,
  splitting: false,
  async onSuccess() {
    // Run directly (`./dist/cli.js`) as well as through npm's and pnpm's bin shims.
    chmodSync("dist/cli.js", 0o755);
  },
});
