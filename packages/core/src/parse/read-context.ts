import type { Statement } from "../model/types";
import type { Location } from "./location";
import type { CountingContext } from "./statement-limits";

/** Reading one input: where issues go, the limits, and the statements counted so far. */
export interface Context extends CountingContext {
  /** True when every string of the input is known to be tidy already (see `hasOnlyTidyStrings`). */
  readonly tidyStrings?: boolean;
  /**
   * The format's minor version the file is read as: 0 for 1.0, 1 for 1.1 and above. Only
   * a 1.1 file knows 1.1's fields, statement objects and paragraphs; a 1.0 file is read
   * exactly as before 1.1 existed.
   */
  readonly minor: number;
  /** (1.1) The keys of `framework.areas`, once read; statements name them. */
  areaKeys?: ReadonlySet<string>;
  /** (1.1) Statements whose id their author gave, with where: checked once every id is known. Made at the first. */
  authored?: Map<Statement, Location>;
  /** (1.1) Each level's `equivalentTo` entries, checked once every track is known. Made at the first. */
  equivalences?: PendingEquivalence[];
}

/** A level's `equivalentTo` entry, read but not yet checked against the tracks. */
export interface PendingEquivalence {
  readonly track: string;
  readonly level: string;
  readonly at: Location;
}
