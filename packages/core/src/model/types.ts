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
  /**
   * Unique within the framework, URL-safe. The author's `id` when the statement (format
   * 1.1) gives one; otherwise deterministic: `<level id>-<1-based index>`, and for a
   * statement expected at every level `<all-levels id>-<1-based index>` (see {@link Track.allLevels}).
   */
  readonly id: string;
  /** The `key` of the level this statement belongs to; `""` for a statement of `allLevels`. */
  readonly levelKey: string;
  /** 0-based position within its level (or its `allLevels`), in the author's order. */
  readonly index: number;
  /** The statement as the author wrote it (only lone surrogates replaced by U+FFFD, with a warning). */
  readonly text: string;
  /**
   * What the statement is about (before the separator), whitespace collapsed; `""` if none.
   * In a 1.1 file a blank line is a paragraph break, kept as `"\n\n"`.
   */
  readonly subject: string;
  /** What the person does (after the separator), whitespace collapsed as `subject` is; the whole text if no subject. */
  readonly description: string;
  /** (1.1) The `key` of the framework's {@link Area} this statement belongs to. */
  readonly area?: string;
  /** (1.1) How well, as the author labels it: "Adopts", "Specializes", "level 2 of 5". */
  readonly proficiency?: string;
  /** (1.1) Examples of the statement, in order; never expectations themselves (never a checkbox). */
  readonly examples?: readonly string[];
  /** (1.1) A note on the statement; never an expectation itself. */
  readonly notes?: string;
}

/** (1.1) A level's labelled detail: `{ label: "Years of experience", text: "0–2" }`. */
export interface LevelDetail {
  readonly label: string;
  readonly text: string;
}

/** (1.1) A level of another track that a level is equivalent to ("M3 ≈ IC4"). */
export interface LevelEquivalent {
  /** The other track's `key`. */
  readonly track: string;
  /** The level's `key` in that track. */
  readonly level: string;
}

export interface Level {
  /** The key as written in the input (`framework.levels.<key>`, or a track's `levels.<key>`). */
  readonly key: string;
  /**
   * URL-safe, unique slug of the key; prefix of its statements' ids. Unique among every
   * level, statement and `allLevels` of the framework: a level of a track is
   * `<track id>-<slug>`.
   */
  readonly id: string;
  readonly label: string;
  /** 0-based position in the author's order (lowest rung first). */
  readonly rank: number;
  readonly statements: readonly Statement[];
  /** (1.1) What the level is, in a sentence or paragraphs. */
  readonly description?: string;
  /** (1.1) Labelled details in the author's order ("Years of experience": "0–2"). */
  readonly details?: readonly LevelDetail[];
  /** (1.1) Levels of other tracks this one is equivalent to, in the author's order. */
  readonly equivalents?: readonly LevelEquivalent[];
}

/** (1.1) A competency area that statements belong to ("Delivery", "People"). */
export interface Area {
  /** The key as written in `framework.areas`; what {@link Statement.area} names. */
  readonly key: string;
  /** URL-safe, unique among the areas: a slug of the key. */
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  /** 0-based position in the author's order. */
  readonly rank: number;
}

/**
 * (1.1) One ladder of levels: an individual contributor track, a manager track. A file with
 * `framework.levels` (every 1.0 file) has one track, key and id `"default"`,
 * labelled with the occupation's title (`""` without one), so a view
 * needs no special case.
 */
export interface Track {
  /** The key as written in `framework.tracks`, or `"default"`. */
  readonly key: string;
  /** URL-safe, unique among the tracks: a slug of the key. */
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly levels: readonly Level[];
  /**
   * Statements expected at every level of the track: the track's own `allLevels`, else the
   * framework's (the same objects). Ids `all-<n>` for the framework's, `<track id>-all-<n>`
   * for a track's own (or the first free `…-2`, `…-3` should a level have that id).
   */
  readonly allLevels: readonly Statement[];
  /** True when each level also expects everything the levels below it expect: the track's own, else the framework's, else false. */
  readonly cumulative: boolean;
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
  /** (1.1) The framework's language, a BCP 47 tag (`"de"`, `"pt-BR"`). */
  readonly language?: string;
  /** The default (first) track's levels: `tracks[0].levels`, the same array. */
  readonly levels: readonly Level[];
  /** (1.1) The competency areas in the author's order; empty when the file names none. */
  readonly areas: readonly Area[];
  /** (1.1) Every track, the default first; one track for a file with `framework.levels`. */
  readonly tracks: readonly Track[];
  /** The default track's statements expected at every level: `tracks[0].allLevels`. */
  readonly allLevels: readonly Statement[];
  /** The default track's `cumulative`: `tracks[0].cumulative`. */
  readonly cumulative: boolean;
  readonly sources: readonly Source[];
  /** Attribution line the framework's licence asks to be shown. */
  readonly attribution?: string;
}
