import { type TrackOptions, trackOf } from "../model/track";
import type { Framework } from "../model/types";
import type { ThemeRow } from "./themes";

/**
 * True when a row per theme would hold more empty cells than statements: alignment found
 * little shared theme (rows close to the number of statements), and a table of them would
 * mostly say "No statement at this level" (12 levels × 400 unrelated statements: 4,800
 * rows, 52,800 empty cells). Views then lay the matrix out as one column of statements per
 * level instead — `ProgressionMatrix`'s `layout="auto"` and the Markdown export's table
 * alike, so a page and its export agree. Decided on all rows, not a search's matches,
 * over the levels of the default track or of `options.track` (the track the rows align).
 */
export function themesAreSparse(framework: Framework, rows: readonly ThemeRow[], options: TrackOptions = {}): boolean {
  let filled = 0;
  let statements = 0;
  for (const row of rows) {
    for (const cell of row.cells) {
      if (cell.length > 0) filled++;
      statements += cell.length;
    }
  }
  return rows.length * trackOf(framework, options.track).levels.length - filled > statements;
}
