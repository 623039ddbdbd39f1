import { quote } from "./describe";
import { type Location, ROOT } from "./location";
import type { Reader } from "./reader";

/** The schema major this version reads; minors above {@link SUPPORTED_MINOR} are read with a warning. */
export const SUPPORTED_MAJOR = 1;
/** The newest minor this version knows (1.1: areas, tracks, statement objects, paragraphs). */
export const SUPPORTED_MINOR = 1;
/**
 * The version a writer gives a framework that uses no field of 1.1, and the version
 * importers default to: every 1.0 file stays "1.0", and a file says "1.1" only when it
 * needs to (1.1 fields are read only in a file of schemaVersion 1.1).
 */
export const SUPPORTED_VERSION = "1.0";

const VERSION = /^(\d+)\.(\d+)$/;

/** `schemaVersion`, where a parsed framework and a framework file keep it alike. */
export function readSchemaVersion(value: unknown, at: Location, reader: Reader): string | undefined {
  if (value === undefined) {
    reader.error(ROOT, "missing-field", `schemaVersion is missing; expected "${SUPPORTED_VERSION}".`);
    return undefined;
  }
  const match = typeof value === "string" ? VERSION.exec(value) : null;
  if (!match) {
    reader.expected(at, `a version such as "${SUPPORTED_VERSION}"`, value);
    return undefined;
  }
  const major = Number(match[1]);
  if (major !== SUPPORTED_MAJOR) {
    reader.error(
      at,
      "unsupported-version",
      `schemaVersion ${quote(value as string)} is not supported; this version of Rungs reads ${SUPPORTED_MAJOR}.x.`,
    );
    return undefined;
  }
  if (Number(match[2]) > SUPPORTED_MINOR) {
    reader.warn(
      at,
      "newer-version",
      `schemaVersion ${quote(value as string)} is newer than ${SUPPORTED_MAJOR}.${SUPPORTED_MINOR}; fields Rungs does not know are ignored.`,
    );
  }
  return value as string;
}
