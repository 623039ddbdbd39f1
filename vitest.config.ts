import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Tests import the packages by name and run against their sources; the built output is
// checked separately (tests/package, publint, attw).
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      "@rungs/core/schema.json": source("./packages/core/schema.json"),
      "@rungs/core": source("./packages/core/src/index.ts"),
      "@rungs/react": source("./packages/react/src/index.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "core", include: ["tests/core/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "react",
          include: ["tests/react/**/*.test.{ts,tsx}"],
          environment: "jsdom",
          setupFiles: ["tests/react/setup.ts"],
        },
      },
      {
        extends: true,
        test: { name: "ssr", include: ["tests/ssr/**/*.test.{ts,tsx}"], environment: "node" },
      },
      {
        extends: true,
        test: { name: "package", include: ["tests/package/**/*.test.{ts,tsx}"], environment: "node" },
      },
    ],
  },
});
