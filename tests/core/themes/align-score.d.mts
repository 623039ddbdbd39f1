import type { Framework } from "@rungs/core";

export interface AlignmentScore {
  /** Of all pairs of statements with the same subject, the share in one row. */
  purity: number;
  /** The best purity any one-statement-per-level alignment can reach. */
  ceiling: number;
  /** Of all links in the rows, the share joining two statements of the same subject. */
  linkAccuracy: number;
  rows: number;
  subjects: number;
  statements: number;
}

export declare function labelledSeeds(): { name: string; framework: Framework }[];
export declare function scoreAlignment(framework: Framework): AlignmentScore;
export declare function pooledFramework(levels: number, perLevel: number): Framework;
