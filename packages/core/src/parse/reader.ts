import type { Issue, IssueCode } from "../model/types";
import { describe } from "./describe";
import { child, type Location, nameOf } from "./location";
import { toWellFormed } from "./well-formed";

/**
 * How many errors, and how many warnings, a result lists: past this, one last issue
 * (`too-many-issues`, path `""`) says how many more there were. A file with 500,000 bad
 * statements is still told what is wrong, in a list a person can read and a view can show.
 */
export const MAX_ISSUES = 100;

/**
 * Reads an untrusted value — possibly a Proxy, a cycle, or an object whose getters throw —
 * without ever throwing, and collects every problem it meets as an {@link Issue} (the first
 * {@link MAX_ISSUES} of each kind; the rest are counted).
 * Only own properties are read, so nothing inherited (or polluted) leaks in.
 */
export class Reader {
  private readonly errorList: Issue[] = [];
  private readonly warningList: Issue[] = [];
  private errorCount = 0;
  private warningCount = 0;

  /** True once any error was reported: the input cannot be used. */
  get failed(): boolean {
    return this.errorCount > 0;
  }

  error(at: Location, code: IssueCode, message: string): void {
    if (this.errorCount++ < MAX_ISSUES) this.errorList.push(issue(at, code, message));
  }

  warn(at: Location, code: IssueCode, message: string): void {
    if (this.warningCount++ < MAX_ISSUES) this.warningList.push(issue(at, code, message));
  }

  /** The errors as a result lists them: the first {@link MAX_ISSUES}, then how many more. */
  errors(): readonly Issue[] {
    return capped(this.errorList, this.errorCount, "errors");
  }

  /** The warnings as a result lists them: the first {@link MAX_ISSUES}, then how many more. */
  warnings(): readonly Issue[] {
    return capped(this.warningList, this.warningCount, "warnings");
  }

  /** `<name> must be <expected>; found <what>.` as an error. */
  expected(at: Location, expected: string, found: unknown, code: IssueCode = "invalid-type") {
    // Past the cap only the count matters: no sentence is made for an issue nobody sees.
    if (this.errorCount >= MAX_ISSUES) {
      this.errorCount++;
      return;
    }
    this.error(at, code, `${nameOf(at)} must be ${expected}; found ${describe(found)}.`);
  }

  /** Runs a read that may throw (a getter, a Proxy trap); a throw becomes an issue at `at`. */
  attempt<T>(at: Location, read: () => T): { value: T } | undefined {
    try {
      return { value: read() };
    } catch (cause) {
      this.unreadable(at, cause);
      return undefined;
    }
  }

  /** The own enumerable keys of an object, or undefined when they cannot be read. */
  keys(value: object, at: Location): string[] | undefined {
    return this.attempt(at, () => Object.keys(value))?.value;
  }

  /** An own property; `{ value: undefined }` when absent, undefined when reading it threw. */
  get(container: object, key: string | number, at: Location): { value: unknown } | undefined {
    // Inlined rather than through attempt(): this runs once per statement, so no closure
    // and no location are made unless the read fails.
    try {
      return {
        value: Object.hasOwn(container, key) ? (container as Record<string | number, unknown>)[key] : undefined,
      };
    } catch (cause) {
      this.unreadable(child(at, key), cause);
      return undefined;
    }
  }

  /** Which kind of JSON container a value is; a Proxy that throws counts as unreadable. */
  kind(value: unknown, at: Location): "object" | "array" | "other" | "unreadable" {
    if (typeof value !== "object" || value === null) return "other";
    return this.attempt(at, () => (Array.isArray(value) ? "array" : "object"))?.value ?? "unreadable";
  }

  private unreadable(at: Location, cause: unknown): void {
    const reason = reasonOf(cause);
    this.error(at, "unreadable-value", `${nameOf(at)} could not be read${reason}.`);
  }
}

/** An issue whose message is well-formed text, whatever the input put in it (a key, a quote). */
function issue(at: Location, code: IssueCode, message: string): Issue {
  return { path: at.pointer, code, message: toWellFormed(message) };
}

function capped(listed: readonly Issue[], count: number, noun: "errors" | "warnings"): readonly Issue[] {
  const more = count - listed.length;
  if (more <= 0) return Object.freeze([...listed]);
  const counted = more === 1 ? `1 more ${noun.slice(0, -1)} is` : `${more} more ${noun} are`;
  const summary: Issue = {
    path: "",
    code: "too-many-issues",
    message: `${counted} not listed; only the first ${listed.length} ${noun} are.`,
  };
  return Object.freeze([...listed, summary]);
}

/** The thrown value's message, if reading it does not throw in turn. */
function reasonOf(cause: unknown): string {
  try {
    return cause instanceof Error && cause.message ? `: ${cause.message}` : "";
  } catch {
    return "";
  }
}
