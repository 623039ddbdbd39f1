import { MAX_ISSUES } from "@rungs/core";
import { cappedList } from "../shared/capped-issues";
import type { ImportIssue } from "../shared/import-result";

/** The problems `fromCase` reports itself (core's codes come from the framework it builds). */
export type CaseIssueCode =
  /** The input is not a CASE package: not an object, or neither `CFDocument` nor `CFItems`. */
  | "not-a-package"
  /** The package has items but no `CFDocument`; the framework has no title. */
  | "missing-document"
  /** A list entry that is not an object, or a field of the wrong type (document, item or association). */
  | "invalid-item"
  /** An item or association whose identifier an earlier one has. */
  | "duplicate-identifier"
  /** An association to a node the package does not hold. */
  | "unknown-node"
  /** An association type CASE does not define (nor an `ext:` one). */
  | "unknown-association-type"
  /** An association Rungs has no place for (`isRelatedTo`, `exactMatchOf`, …), left out. */
  | "dropped-association"
  /** A field Rungs has no place for, left out. */
  | "dropped-field"
  /** A `lastChangeDateTime` without a time zone, read as it is. */
  | "no-time-zone"
  /** A `lastChangeDateTime` that is not a date-time. */
  | "invalid-date-time"
  /** An item that is a child of more than one node: shown under the first. */
  | "multiple-parents"
  /** `isChildOf` associations that form a loop: one is left out. */
  | "cycle"
  /** An item no `isChildOf` places in the document: shown at the top. */
  | "no-parent"
  /** An item below a statement: made a statement of the same level, its path in the subject. */
  | "flattened"
  /** An item the chosen rule gives no level: shown in a level of its own at the end. */
  | "unplaced-item"
  /** An item with more than one level (education levels, skill levels): shown in the first. */
  | "multiple-levels"
  /** Which rule chose the levels (always reported). */
  | "level-rule"
  /** A `rungs:` line in the document's notes that cannot be read: read as any package. */
  | "unreadable-notes";

/** At most this many warnings of one kind name their item; the rest are counted in one more. */
const PER_KIND = 10;

/**
 * Collects a CASE import's issues. Warnings of one kind (a code and what it is about, e.g.
 * `dropped-field` of `humanCodingScheme`) past the first {@link PER_KIND} are summed up in
 * one, so a package of 5,000 items does not bury the rest; and, as core lists them, at most
 * `MAX_ISSUES` warnings in all, then one `too-many-issues` with how many more (40,000
 * distinct field names are 40,000 kinds).
 */
export class CaseIssues {
  readonly errors: ImportIssue<CaseIssueCode>[] = [];
  /** The first `MAX_ISSUES` warnings listed one by one; {@link listedCount} counts them all. */
  private readonly warnings: ImportIssue<CaseIssueCode>[] = [];
  private listedCount = 0;
  private readonly overflow = new Map<string, { path: string; code: CaseIssueCode; count: number; what: string }>();
  private readonly counts = new Map<string, number>();

  error(
    path: string,
    code: CaseIssueCode | "invalid-json" | "unreadable-value" | "limit-exceeded",
    message: string,
  ): void {
    this.errors.push({ path, code, message });
  }

  /** `kind` groups warnings for the summary; `what` names them in it ("items whose humanCodingScheme is left out"). */
  warn(path: string, code: CaseIssueCode, message: string, kind?: { key: string; what: string }): void {
    const key = `${code}\u0000${kind?.key ?? ""}`;
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    if (count <= PER_KIND) {
      if (this.listedCount++ < MAX_ISSUES) this.warnings.push({ path, code, message });
      return;
    }
    const more = this.overflow.get(key);
    if (more) more.count++;
    else this.overflow.set(key, { path, code, count: 1, what: kind?.what ?? `issues of kind ${code}` });
  }

  /**
   * The warnings in the order found, then one per kind that overflowed; past `MAX_ISSUES`,
   * one `too-many-issues` with how many more.
   */
  allWarnings(): ImportIssue<CaseIssueCode>[] {
    const room = Math.max(0, MAX_ISSUES - this.warnings.length);
    const summaries = [...this.overflow.values()].slice(0, room).map(({ path, code, count, what }) => ({
      path,
      code,
      message: `${count} more ${what}, not listed one by one (the first at ${path}).`,
    }));
    return cappedList([...this.warnings, ...summaries], this.listedCount + this.overflow.size, "warnings");
  }
}

/**
 * The longest part of a JSON Pointer that resolves in `root`: an issue about a field the
 * package lacks (a document without `title`) points to the object that lacks it.
 */
export function resolvablePath(root: unknown, path: string): string {
  let resolved = "";
  let current = root;
  for (const raw of path.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, key)) break;
    current = (current as Record<string, unknown>)[key];
    resolved += `/${raw}`;
  }
  return resolved;
}
