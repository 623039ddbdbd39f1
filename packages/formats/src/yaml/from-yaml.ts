import { limitMessage, limitsOf, type ParseOptions } from "@rungs/core";
import {
  type DocumentOptions,
  LineCounter,
  parseAllDocuments,
  type SchemaOptions,
  type YAMLError,
  type YAMLWarning,
  type ParseOptions as YamlParseOptions,
} from "yaml";
import { cappedList } from "../shared/capped-issues";
import type { FrameworkJson } from "../shared/framework-json";
import type { ImportResult } from "../shared/import-result";
import { parseBuilt } from "../shared/parse-built";
import { issueAt, MAX_ALIAS_COUNT, placeOf, type YamlIssue, type YamlIssueCode } from "./yaml-issue";
import { layoutOf } from "./yaml-origins";

/**
 * How the `yaml` package reads a framework: YAML 1.2's core schema (`yes` and `on` are text,
 * `2026-01-31` is text), a key given twice is an error, no custom tags, and `!!binary`,
 * `!!timestamp` or `!!set` are not turned into bytes, dates or sets (a warning, and the text
 * as written). Merge keys (`<<: *base`) are read, as YAML authors expect them to be.
 */
const READ_OPTIONS: YamlParseOptions & DocumentOptions & SchemaOptions = {
  version: "1.2",
  schema: "core",
  // Checked by layoutOf with a set: the package compares each key with every earlier one
  // (40,000 levels took 15 s, twice as many four times as long).
  uniqueKeys: false,
  merge: true,
  resolveKnownTags: false,
  prettyErrors: false,
  // Problems are returned as issues; nothing is printed on the console.
  logLevel: "silent",
};

/**
 * Reads a framework from YAML: Rungs' JSON format (the same keys, the same shape) written
 * as YAML. Never throws, never mutates its input, and reports every problem with where a
 * person finds it: a syntax error is `invalid-yaml` with `line L, column C: …`; the framework
 * is then checked by `parseFramework` (one set of rules for every format), and each of its
 * issues keeps its JSON Pointer `path` and starts its message with the line and column of
 * the value it is about.
 *
 * - Key order is kept (the order of `framework.levels` is the ladder's order).
 * - Anchors and aliases are read; an alias counts against {@link MAX_ALIAS_COUNT}, so an
 *   "alias bomb" is refused instead of built. Merge keys (`<<`) are read.
 * - A `__proto__` key is an ordinary key, as in JSON.
 * - `schemaVersion: 1.0` and `version: 2.1` written as bare numbers are read as the text
 *   written ("1.0"), which is what they mean; elsewhere a value's YAML type is kept.
 * - Text longer than core's `maxInputLength` is refused before it is read.
 */
export function fromYaml(text: string, options?: ParseOptions): ImportResult<YamlIssueCode> {
  try {
    return importYaml(text, options);
  } catch (cause) {
    // A guard, not a code path: nothing above is known to throw on any input.
    return failed([{ path: "", code: "invalid-yaml", message: `The YAML could not be read (${describe(cause)}).` }]);
  }
}

function importYaml(text: unknown, options: ParseOptions | undefined): ImportResult<YamlIssueCode> {
  if (typeof text !== "string") {
    return failed([{ path: "", code: "invalid-yaml", message: `Expected YAML text; found ${typeName(text)}.` }]);
  }
  const limits = limitsOf(options);
  // Measured before the parser reads a character, as core measures JSON text.
  if (text.length > limits.maxInputLength) {
    const message = limitMessage("The YAML text", "maxInputLength", limits, text.length, "characters");
    return failed([{ path: "", code: "limit-exceeded", message }]);
  }
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { ...READ_OPTIONS, lineCounter });
  // An empty stream is not an array.
  const [document, second] = Array.isArray(documents) ? documents : [];
  if (document === undefined || (document.contents === null && document.errors.length === 0)) {
    return failed([
      {
        path: "",
        code: "invalid-yaml",
        message: "The YAML is empty; expected a framework (schemaVersion, occupation, framework, sources).",
      },
    ]);
  }
  const warnings = document.warnings.map((warning) => yamlWarning(warning, lineCounter));
  if (second !== undefined) {
    const issue = issueAt(
      "invalid-yaml",
      "",
      lineCounter,
      second.range[0],
      "a second document starts here (after ---); a file holds one framework.",
    );
    return failed([...yamlErrors(document.errors, lineCounter), issue], warnings);
  }
  if (document.errors.length > 0) return failed(yamlErrors(document.errors, lineCounter), warnings);
  const layout = layoutOf(document, lineCounter);
  if (layout.errors.length > 0) return failed(layout.errors, warnings);
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (cause) {
    // Aliases repeating more than allowed, or a merge of something that is not a mapping.
    const where = layout.firstAlias === undefined ? "" : `${placeOf(lineCounter, layout.firstAlias)}: `;
    const message = /alias count/i.test(describe(cause))
      ? `the aliases repeat more than Rungs expands (${MAX_ALIAS_COUNT}, counting the aliases inside what they repeat); write the values out, or repeat less.`
      : `${describe(cause)}.`;
    return failed([{ path: "", code: "invalid-yaml", message: `${where}${message}` }], warnings);
  }
  if (!isRecord(value)) {
    // Core reads a string as JSON text: a YAML scalar must not be taken for one.
    const message = `the document is ${typeName(value)}; expected a mapping of a framework's keys (schemaVersion, occupation, framework, sources).`;
    const offset = document.contents?.range?.[0] ?? 0;
    return failed([issueAt("invalid-yaml", "", lineCounter, offset, message)], warnings);
  }
  for (const [pointer, written] of layout.numbersAsWritten) setAt(value, pointer, written);
  return parseBuilt(
    value as unknown as FrameworkJson,
    layout.origins,
    { errors: [], warnings: cappedList(warnings, warnings.length, "warnings") },
    { limits },
  );
}

/**
 * The `yaml` package's errors, each at its line and column. Nesting too deep for its reader
 * fails once per level: only the first is kept, said in words.
 */
function yamlErrors(errors: readonly YAMLError[], lineCounter: LineCounter): YamlIssue[] {
  const tooDeep = errors.find((error) => error.code === "RESOURCE_EXHAUSTION");
  if (tooDeep) {
    const message = "lists and mappings nest too deep to read here; a framework nests about 8 deep.";
    return [issueAt("invalid-yaml", "", lineCounter, tooDeep.pos[0], message)];
  }
  return errors.map((error) => issueAt("invalid-yaml", "", lineCounter, error.pos[0], sentence(error.message)));
}

/** A warning of the `yaml` package, at its line and column. */
function yamlWarning(warning: YAMLWarning, lineCounter: LineCounter): YamlIssue {
  if (warning.code === "TAG_RESOLVE_FAILED") {
    const message = `${sentence(warning.message)} Rungs resolves no tags: the value is read as written.`;
    return issueAt("ignored-tag", "", lineCounter, warning.pos[0], message);
  }
  return issueAt("yaml-warning", "", lineCounter, warning.pos[0], sentence(warning.message));
}

/** The `yaml` package's message as a sentence. */
function sentence(message: string): string {
  return message.replace(/\.?$/, ".");
}

/** Sets the value at a pointer of two plain keys (`/schemaVersion`, `/framework/version`) in the value `toJS` built. */
function setAt(value: unknown, pointer: string, written: string): void {
  const keys = pointer.split("/").slice(1);
  const last = keys.pop();
  let object: unknown = value;
  for (const key of keys) object = isRecord(object) && Object.hasOwn(object, key) ? object[key] : undefined;
  if (last !== undefined && isRecord(object) && typeof object[last] === "number") object[last] = written;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function failed(errors: readonly YamlIssue[], warnings: readonly YamlIssue[] = []): ImportResult<YamlIssueCode> {
  return {
    ok: false,
    errors: cappedList(errors, errors.length, "errors"),
    warnings: cappedList(warnings, warnings.length, "warnings"),
  };
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "a text";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function describe(cause: unknown): string {
  try {
    return cause instanceof Error ? cause.message : String(cause);
  } catch {
    return "unknown cause";
  }
}
