import { ROOT } from "./location";
import { normalize } from "./normalize";
import { Reader } from "./reader";
import type { Issue, ParseResult } from "./types";

/**
 * Parses a framework from JSON text (a leading BOM is fine) or an already-parsed value.
 * Never throws and never mutates its input: every problem is reported as an {@link Issue},
 * errors when the framework cannot be used, warnings when it can be shown anyway.
 */
export function parseFramework(input: unknown): ParseResult {
  const reader = new Reader();
  try {
    const decoded = typeof input === "string" ? decodeJson(input, reader) : { value: input };
    const framework = decoded && normalize(decoded.value, reader);
    if (framework && reader.errors.length === 0) {
      return { ok: true, framework, warnings: Object.freeze(reader.warnings) };
    }
  } catch (cause) {
    // A guard, not a code path: the readers above catch what input can throw. If this is
    // ever reached, the caller still gets a result instead of an exception.
    reader.error(ROOT, "unreadable-value", `The input could not be read (${String(cause)}).`);
  }
  return { ok: false, errors: Object.freeze(nonEmpty(reader.errors)), warnings: Object.freeze(reader.warnings) };
}

function decodeJson(text: string, reader: Reader): { value: unknown } | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") {
    reader.error(ROOT, "invalid-json", "The input is empty; expected the JSON text of a framework.");
    return undefined;
  }
  try {
    return { value: JSON.parse(body) };
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    reader.error(ROOT, "invalid-json", `The input is not valid JSON: ${detail.replace(/\.$/, "")}.`);
    return undefined;
  }
}

/** A failed parse always explains itself, even if a rule forgot to. */
function nonEmpty(errors: Issue[]): Issue[] {
  return errors.length > 0
    ? errors
    : [{ path: "", code: "invalid-type", message: "The input is not a usable framework." }];
}
