import { defineConfig } from "vitest/config";
import { visualProject } from "./project.ts";

/**
 * The visual project alone, for running it before (or without) the root config:
 * `pnpm exec vitest run --config tests/visual/vitest.visual.config.ts [-u]`.
 */
export default defineConfig({ test: { projects: [visualProject] } });
