import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Tests import the packages by name and run against their sources; the built output is
// checked separately (exports test, publint, attw).
export default defineConfig({
  resolve: {
    alias: {
      "@rungs/core/schema.json": source("./packages/core/schema.json"),
      "@rungs/core": source("./packages/core/src/index.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "core", include: ["tests/core/**/*.test.ts"], environment: "node" },
      },
    ],
  },
});
