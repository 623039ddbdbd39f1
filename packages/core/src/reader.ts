import { describe } from "./describe";
import { child, type Location, nameOf } from "./location";
import type { Issue, IssueCode } from "./types";

/**
 * Reads an untrusted value — possibly a Proxy, a cycle, or an object whose getters throw —
 * without ever throwing, and collects every problem it meets as an {@link Issue}.
 * Only own properties are read, so nothing inherited (or polluted) leaks in.
 */
export class Reader {
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];

  error(at: Location, code: IssueCode, message: string): void {
    this.errors.push({ path: at.pointer, code, message });
  }

  warn(at: Location, code: IssueCode, message: string): void {
    this.warnings.push({ path: at.pointer, code, message });
  }

  /** `<name> must be <expected>; found <what>.` as an error. */
  expected(at: Location, expected: string, found: unknown, code: IssueCode = "invalid-type") {
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

/** The thrown value's message, if reading it does not throw in turn. */
function reasonOf(cause: unknown): string {
  try {
    return cause instanceof Error && cause.message ? `: ${cause.message}` : "";
  } catch {
    return "";
  }
}
