import { fileURLToPath } from "node:url";

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The packages by name, resolved to their sources: stories and tests run on the code as it
 * is, with no build step first. Exact-match patterns, so `@rungs/react/styles.css` is not
 * taken for `@rungs/react`. Shared by Storybook (main.ts) and Vitest (vitest.config.ts).
 */
export const sourceAliases = [
  { find: /^@rungs\/core\/schema\.json$/, replacement: source("../packages/core/schema.json") },
  { find: /^@rungs\/core\/jsonld$/, replacement: source("../packages/core/src/jsonld/index.ts") },
  { find: /^@rungs\/core$/, replacement: source("../packages/core/src/index.ts") },
  {
    find: /^@rungs\/formats\/(csv|markdown|jsonld|case)$/,
    replacement: source("../packages/formats/src/$1/index.ts"),
  },
  { find: /^@rungs\/formats$/, replacement: source("../packages/formats/src/index.ts") },
  { find: /^@rungs\/elements\/server$/, replacement: source("../packages/elements/src/server.ts") },
  { find: /^@rungs\/elements$/, replacement: source("../packages/elements/src/index.ts") },
  { find: /^@rungs\/react\/styles\.css$/, replacement: source("../packages/react/src/styles.css") },
  { find: /^@rungs\/react$/, replacement: source("../packages/react/src/index.ts") },
];
