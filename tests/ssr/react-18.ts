import { createRequire } from "node:module";

// The React 18 copies come from tests/ssr/react-18, a package of its own: there react-dom 18
// finds react 18 as its peer, so React and the renderer are one copy, as in a host on 18.
const fromRoot = createRequire(import.meta.url);
const fromReact18 = createRequire(fromRoot.resolve("rungs-react-18/package.json"));

/** The module names through which our sources, the tests and Radix reach React. */
const reactEntries = [
  "react",
  "react/jsx-runtime",
  "react/jsx-dev-runtime",
  "react-dom",
  "react-dom/server",
  "react-dom/client",
] as const;

/**
 * Vite aliases that send every React import to React 18.3 (the file Node itself picks, so
 * `react-dom/server` is the Node build). Exact-match patterns: `react` does not catch
 * `react-dom`. They apply to code Vite transforms: our sources, the tests, and the
 * dependencies the project inlines (Radix); see {@link react18Inline}.
 */
export const react18Aliases = reactEntries.map((entry) => ({
  find: new RegExp(`^${entry}$`),
  replacement: fromReact18.resolve(entry),
}));

/**
 * Dependencies that import React themselves. Vitest hands other packages to Node, which
 * would resolve their `react` to the root's React 19 (two Reacts: "Invalid hook call").
 */
export const react18Inline = [/[\\/]@radix-ui[\\/+]/];

declare module "vitest" {
  export interface ProvidedContext {
    /** The React major an SSR project runs on (vitest.config.ts); tests/ssr/react-version checks it took. */
    reactMajor: number;
  }
}
