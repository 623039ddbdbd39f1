import type { Framework, IssueCode } from "@rungs/core";

/**
 * A problem found while importing a file. Like core's `Issue`, but `path` is a JSON Pointer
 * into the imported document as the importer sees it (for CSV `/<row index>/<column name>`,
 * for CASE e.g. `/CFItems/12/fullStatement`), and `message` starts with where a person finds
 * it (`row 14, column "description": …`).
 */
export interface ImportIssue<Code extends string = string> {
  readonly path: string;
  /** Core's codes for what `parseFramework` found, or the format's own. */
  readonly code: IssueCode | Code;
  readonly message: string;
}

/** What every importer returns; never thrown. */
export type ImportResult<Code extends string = string> =
  | {
      readonly ok: true;
      readonly framework: Framework;
      readonly warnings: readonly ImportIssue<Code>[];
    }
  | {
      readonly ok: false;
      readonly errors: readonly ImportIssue<Code>[];
      readonly warnings: readonly ImportIssue<Code>[];
    };
