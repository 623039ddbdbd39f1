// Writes packages/core/schema.json from the format's one description
// (src/parse/format-spec.ts, built to dist by `pnpm build`). Run after changing the format:
//   pnpm --filter @rungs/core build && node packages/core/scripts/write-schema.mjs
// tests/core/parse/schema.test.ts fails while the committed file differs from what this writes.
import { writeFileSync } from "node:fs";
import { formatSchema } from "../dist/parse/format-spec.js";

const target = new URL("../schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(formatSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
