// Issue 18's shapes for @rungs/elements (run by bench/scale.mjs, after `pnpm build`): what
// renderRungsElement does with attributes before React renders, as a server meets them.
// The `src` size cap and timeout (item 6) live in the browser's fetch and are checked by
// tests/elements/src-loading.test.tsx (chunks pulled, not time); this runner times only
// synchronous work in Node.
import { readFileSync } from "node:fs";
import { renderRungsElement } from "../../packages/elements/dist/server.js";

const seed = readFileSync(new URL("../../seeds/17-3024.00.json", import.meta.url), "utf8");

export const shapes = [
  {
    // Item 13: every value is made what an HTML parser reads back (lone surrogates and NUL as
    // U+FFFD, CRLF as LF) before the view searches with it.
    name: "renderRungsElement <rungs-matrix>, a query of n characters of lone surrogates, NUL and CRLF",
    sizes: [100_000, 200_000],
    prepare: (n) => "\uD800\u0000\r\n".repeat(n / 4),
    run: (query) => renderRungsElement("rungs-matrix", { framework: seed, attributes: { query } }),
  },
  {
    // Item 15: each attribute is checked against the allow-list, cleaned and escaped once.
    name: "renderRungsElement <rungs-stepper>, n data-* attributes (allow-list)",
    sizes: [5_000, 10_000],
    prepare: (n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`data-a${i}`, `"<&>${i}`])),
    run: (attributes) => renderRungsElement("rungs-stepper", { framework: seed, attributes }),
  },
];
