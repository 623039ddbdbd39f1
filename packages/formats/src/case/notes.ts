import type { Framework, JobZone } from "@rungs/core";

/**
 * What a Rungs framework holds that CASE has no field for, kept in the document's `notes`.
 *
 * The notes are lines a person reads (`Job zone: 3`, `Source "onet": …`) followed by one last
 * line, `rungs:{…}`, the same facts as JSON. `fromCase` reads only that last line: JSON
 * writes a newline inside a text as `\n`, so the block is always one line, and nothing a
 * text holds — newlines, lines that look like the readable ones, another `rungs:` — can be
 * taken for it. Edit the readable lines freely; they are written again from the JSON.
 */
export interface RungsNotes {
  readonly format: "rungs";
  /** Version of this block's layout. */
  readonly version: 1;
  readonly schemaVersion: string;
  readonly exportedAt?: string;
  readonly occupation: {
    readonly group?: string;
    readonly sector?: string;
    readonly jobZone?: JobZone;
    readonly jobZoneInferred?: boolean;
  };
  readonly contextCovered?: string;
  /** Every source as `[name, value]`, in the framework's order. */
  readonly sources: readonly (readonly [string, string])[];
  /** True when the document's `creator` is the framework's attribution (else a default). */
  readonly attribution: boolean;
  /**
   * (1.1) True when each level also expects everything below it, for a framework with
   * `framework.levels` (a track says it in its own item's notes: see item-notes.ts).
   */
  readonly cumulative?: true;
}

/** The prefix of the notes' last line. */
export const NOTES_PREFIX = "rungs:";

/**
 * The facts of a framework that go into the notes; `cumulative` true when the framework has
 * `framework.levels` that each expect everything below them.
 */
export function notesOf(framework: Framework, cumulative = false): RungsNotes {
  const { group, sector, jobZone, jobZoneInferred } = framework.occupation;
  return {
    format: "rungs",
    version: 1,
    schemaVersion: framework.schemaVersion,
    ...(framework.exportedAt !== undefined && { exportedAt: framework.exportedAt }),
    occupation: {
      ...(group !== undefined && { group }),
      ...(sector !== undefined && { sector }),
      ...(jobZone !== undefined && { jobZone }),
      ...(jobZoneInferred !== undefined && { jobZoneInferred }),
    },
    ...(framework.contextCovered !== undefined && { contextCovered: framework.contextCovered }),
    sources: framework.sources.map((source) => [source.name, source.value] as const),
    attribution: framework.attribution !== undefined,
    ...(cumulative && { cumulative: true as const }),
  };
}

/** The document's `notes`: readable lines, then the `rungs:{…}` line. */
export function writeNotes(notes: RungsNotes): string {
  const lines = [
    "Exported by Rungs. The last line repeats these facts as JSON, which Rungs reads back; CASE has no fields for them.",
  ];
  const { group, sector, jobZone, jobZoneInferred } = notes.occupation;
  if (group !== undefined) lines.push(`Occupation group: ${oneLine(group)}`);
  if (sector !== undefined) lines.push(`Sector: ${oneLine(sector)}`);
  if (jobZone !== undefined) lines.push(`Job zone: ${jobZone}${jobZoneInferred ? " (inferred)" : ""}`);
  if (notes.contextCovered !== undefined) lines.push(`Context covered: ${oneLine(notes.contextCovered)}`);
  for (const [name, value] of notes.sources) lines.push(`Source ${JSON.stringify(name)}: ${oneLine(value)}`);
  if (notes.exportedAt !== undefined) lines.push(`Exported at: ${oneLine(notes.exportedAt)}`);
  if (notes.cumulative) lines.push(CUMULATIVE_LINE);
  lines.push(`${NOTES_PREFIX}${JSON.stringify(notes)}`);
  return lines.join("\n");
}

/** How the readable part says that each level expects everything below it. */
export const CUMULATIVE_LINE = "Each level also expects everything the levels below it expect.";

/** A text on one line, for the readable part (the JSON keeps it exactly). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The facts in a document's notes: `undefined` when the last line is not a `rungs:` line (a
 * package Rungs did not write), `"unreadable"` when it is one that cannot be read.
 */
export function readNotes(notes: unknown): RungsNotes | "unreadable" | undefined {
  const line = readRungsLine(notes);
  if (line === undefined || line === "unreadable") return line;
  return isRungsNotes(line.value) ? line.value : "unreadable";
}

/**
 * The JSON of a notes text's last line when it is a `rungs:` line (the document's, or an
 * item's: see item-notes.ts); `undefined` when there is none, `"unreadable"` when it is no JSON.
 */
export function readRungsLine(notes: unknown): { readonly value: unknown } | "unreadable" | undefined {
  if (typeof notes !== "string") return undefined;
  const last = notes.slice(notes.lastIndexOf("\n") + 1);
  if (!last.startsWith(NOTES_PREFIX)) return undefined;
  try {
    return { value: JSON.parse(last.slice(NOTES_PREFIX.length)) };
  } catch {
    return "unreadable";
  }
}

function isRungsNotes(value: unknown): value is RungsNotes {
  if (!isRecord(value) || value.format !== "rungs" || value.version !== 1) return false;
  if (typeof value.schemaVersion !== "string" || typeof value.attribution !== "boolean") return false;
  if (!optional(value.exportedAt, "string") || !optional(value.contextCovered, "string")) return false;
  if (value.cumulative !== undefined && value.cumulative !== true) return false;
  const occupation = value.occupation;
  if (!isRecord(occupation)) return false;
  if (!optional(occupation.group, "string") || !optional(occupation.sector, "string")) return false;
  if (!optional(occupation.jobZoneInferred, "boolean")) return false;
  const zone = occupation.jobZone;
  if (zone !== undefined && !(typeof zone === "number" && Number.isInteger(zone) && zone >= 1 && zone <= 5)) {
    return false;
  }
  return (
    Array.isArray(value.sources) &&
    value.sources.every(
      (pair) => Array.isArray(pair) && pair.length === 2 && pair.every((part) => typeof part === "string"),
    )
  );
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function optional(value: unknown, type: "string" | "boolean"): boolean {
  return value === undefined || typeof value === type;
}
