import type { Framework, Issue, ParseResult } from "../model/types";
import type { Reader } from "./reader";
import { trust } from "./trust";

/** A framework core built and froze itself, as a result: trusted from now on. */
export function accepted(framework: Framework, reader: Reader): ParseResult {
  return { ok: true, framework: trust(framework), warnings: reader.warnings() };
}

/** A failed read as a result; it always explains itself, even if a rule forgot to. */
export function rejected(reader: Reader): ParseResult {
  const errors = reader.errors();
  return { ok: false, errors: errors.length > 0 ? errors : NOT_USABLE, warnings: reader.warnings() };
}

const NOT_USABLE: readonly Issue[] = Object.freeze([
  { path: "", code: "invalid-type", message: "The input is not a usable framework." },
]);
