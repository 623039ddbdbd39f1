import { readFileSync } from "node:fs";
import { join } from "node:path";
import { assertFramework, type Framework } from "@rungs/core";
import { seedText } from "../../seeds";

// The format 1.1 frameworks the ladder's and the card's tests read: the fixture that uses
// every field, and real seeds. From the repository root (import.meta.url is not a file URL under jsdom).

export const everyField: Framework = assertFramework(
  readFileSync(join(process.cwd(), "tests/core/fixtures/format-1-1/every-field.json"), "utf8"),
);

/** Areas and examples (and one detail per level). */
export const infracloud: Framework = assertFramework(seedText("infracloud-engineering/infracloud-engineering.json"));

/** Areas, statements expected at every level, cumulative. */
export const sourcegraph: Framework = assertFramework(seedText("sourcegraph-product/sourcegraph-product.json"));

/** Level descriptions (in paragraphs) and details; no areas. */
export const postman: Framework = assertFramework(
  seedText("postman-open-source-ladders/postman-open-source-ladders.json"),
);

/** Proficiency on every statement. */
export const jorgef: Framework = assertFramework(
  seedText("jorgef-engineering-ladders/jorgef-engineering-ladders.json"),
);
