import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { expect } from "vitest";

/** The reference files of CASE: schema and OpenSALT samples, copied into the repository (seeds/README.md). */
export const CASE_DIR = "seeds/case/";

/** A file of the reference folder, as text. */
export function caseSample(name: string): string {
  return readFileSync(`${CASE_DIR}${name}`, "utf8");
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validatePackage = ajv.compile(JSON.parse(caseSample("case-v1p0-cfpackage-schema.json")));

/** Fails, listing every schema error, unless the package (as JSON) is a valid CASE 1.0 CFPackage. */
export function expectValidPackage(pkg: unknown): void {
  const valid = validatePackage(JSON.parse(JSON.stringify(pkg)));
  expect(validatePackage.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

/** True when the package is a valid CASE 1.0 CFPackage. */
export function isValidPackage(pkg: unknown): boolean {
  return validatePackage(JSON.parse(JSON.stringify(pkg))) === true;
}
