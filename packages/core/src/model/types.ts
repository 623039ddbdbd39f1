/** A problem found in a framework. */
export interface Issue {
  /** JSON Pointer (RFC 6901) into the input; `""` is the whole input. Always resolves. */
  readonly path: string;
  /** Stable identifier, safe to branch on. See {@link IssueCode}. */
  readonly code: IssueCode;
  /** One sentence for a person: the field, what was expected, what was found. */
  readonly message: string;
}

/** Problems that make a framework unusable: parsing fails. */
export type ErrorCode =
  | "invalid-json"
  | "unreadable-value"
  | "missing-field"
  | "invalid-type"
  | "unsupported-version"
  | "no-levels"
  | "invalid-value"
  | "limit-exceeded"
  | "too-many-issues";

/** Problems the framework can be rendered with: parsing succeeds and reports them. */
export type WarningCode =
  | "unknown-key"
  | "invalid-field"
  | "newer-version"
  | "missing-occupation"
  | "missing-label"
  | "numeric-level-key"
  | "missing-attribution"
  | "empty-level"
  | "empty-statement"
  | "duplicate-statement"
  | "missing-subject"
  | "non-http-url"
  | "empty-level-key"
  | "ill-formed-text"
  | "too-many-issues";

export type IssueCode = ErrorCode | WarningCode;

export type ParseResult =
  | { readonly ok: true; readonly framework: Framework; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly errors: readonly Issue[]; readonly warnings: readonly Issue[] };

/** O*NET job zone: how much preparation an occupation needs, 1 (little) to 5 (extensive). */
export type JobZone = 1 | 2 | 3 | 4 | 5;

export interface Occupation {
  /** Occupation title; `""` when the input has none (a warning says so). */
  readonly title: string;
  /** O*NET-SOC or SOC code such as `17-3024.00`. */
  readonly soc?: string;
  readonly group?: string;
  readonly sector?: string;
  readonly jobZone?: JobZone;
  readonly jobZoneInferred?: boolean;
}

export interface Statement {
  /** Deterministic, unique within the framework, URL-safe: `<level id>-<1-based index>`. */
  readonly id: string;
  /** The `key` of the level this statement belongs to. */
  readonly levelKey: string;
  /** 0-based position within its level, in the author's order. */
  readonly index: number;
  /** The statement as the author wrote it (only lone surrogates replaced by U+FFFD, with a warning). */
  readonly text: string;
  /** What the statement is about (before the separator), whitespace collapsed; `""` if none. */
  readonly subject: string;
  /** What the person does (after the separator), whitespace collapsed; the whole text if no subject. */
  readonly description: string;
}

export interface Level {
  /** The key as written in the input (`framework.levels.<key>`). */
  readonly key: string;
  /** URL-safe, unique slug of the key; prefix of its statements' ids. */
  readonly id: string;
  readonly label: string;
  /** 0-based position in the author's order (lowest rung first). */
  readonly rank: number;
  readonly statements: readonly Statement[];
}

export interface Source {
  readonly name: string;
  readonly value: string;
  /**
   * Set only when `value` is one absolute http(s) URL without credentials: the URL as
   * `linkTarget(value).href` gives it. Core computes it itself, never taking it from input.
   */
  readonly url?: string;
}

/**
 * A validated, normalized, deeply frozen framework, as `parseFramework` or
 * `resolveFramework` returns it. Every text in it is well-formed UTF-16.
 */
export interface Framework {
  readonly schemaVersion: string;
  readonly exportedAt?: string;
  readonly occupation: Occupation;
  readonly version?: string;
  readonly description?: string;
  readonly contextCovered?: string;
  readonly levels: readonly Level[];
  readonly sources: readonly Source[];
  /** Attribution line the framework's licence asks to be shown. */
  readonly attribution?: string;
}
