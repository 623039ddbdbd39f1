import { type TrackOptions, trackOf } from "../model/track";
import type { Framework, Statement } from "../model/types";
import type { ThemeRow } from "../themes/themes";
import { type StatementMatch, searchStatements } from "./search";

/** What a query finds in a framework, in the shape a view shows it. */
export interface FrameworkSearch {
  /** The query, trimmed. */
  readonly query: string;
  /** False for an empty or blank query: nothing is filtered and nothing is marked. */
  readonly active: boolean;
  /** The matching statements by id, in the framework's order, with the ranges to highlight. */
  readonly matches: ReadonlyMap<string, StatementMatch>;
  /**
   * Keys of the levels with at least one match, lowest first; none while not active. A
   * match among the track's every-level statements names no level.
   */
  readonly levelKeys: readonly string[];
}

/**
 * Searches a framework as a view's `query` does: the query is trimmed, a blank one is not
 * active (nothing filtered), and the result says which statements match (see
 * {@link searchStatements}: every word, ignoring case and diacritics) and which levels
 * hold them, so that views only read the result and never work it out again. Searches the
 * default track, or `options.track` (an unknown key: nothing matches).
 */
export function searchFramework(framework: Framework, query: string, options: TrackOptions = {}): FrameworkSearch {
  const trimmed = typeof query === "string" ? query.trim() : "";
  if (trimmed === "") return { query: "", active: false, matches: new Map(), levelKeys: [] };
  const matches = new Map<string, StatementMatch>();
  const levelKeys: string[] = [];
  // Of no level (their `levelKey` is "", which a 1.0 level's key can also be).
  const everyLevel = new Set(trackOf(framework, options.track).allLevels);
  for (const match of searchStatements(framework, trimmed, { track: options.track })) {
    matches.set(match.statement.id, match);
    const { levelKey } = match.statement;
    // Matches come level by level (every-level statements first), so a level's key is new
    // exactly when it differs from the last.
    if (!everyLevel.has(match.statement) && levelKeys[levelKeys.length - 1] !== levelKey) levelKeys.push(levelKey);
  }
  return { query: trimmed, active: true, matches, levelKeys };
}

/** The statements that match, in their order; all of them, as given, while the search is not active. */
export function matchingStatements(statements: readonly Statement[], search: FrameworkSearch): readonly Statement[] {
  if (!search.active) return statements;
  return statements.filter((statement) => search.matches.has(statement.id));
}

/**
 * The rows as a matrix shows them while searching: the rows without a match are left out,
 * and each remaining row's cells are cut down to their matching statements (its links to
 * those between shown statements). A row whose statements all match is returned as it is;
 * while the search is not active, the rows are.
 */
export function matchingRows(rows: readonly ThemeRow[], search: FrameworkSearch): readonly ThemeRow[] {
  if (!search.active) return rows;
  const shown: ThemeRow[] = [];
  for (const row of rows) {
    let kept = 0;
    let total = 0;
    for (const cell of row.cells) {
      total += cell.length;
      for (const statement of cell) if (search.matches.has(statement.id)) kept++;
    }
    if (kept === 0) continue;
    if (kept === total) {
      shown.push(row);
      continue;
    }
    const cells = row.cells.map((cell) => Object.freeze(matchingStatements(cell, search)));
    const links = row.links.filter((link) => search.matches.has(link.from) && search.matches.has(link.to));
    shown.push(Object.freeze({ ...row, cells: Object.freeze(cells), links: Object.freeze(links) }));
  }
  return shown;
}
