import { fold, slugify, uniqueId } from "./text";
import type { Framework, Statement } from "./types";

/** One row of a progression view: what a theme looks like at each level. */
export interface ThemeRow {
  /** Deterministic, unique, URL-safe. */
  readonly id: string;
  /** What the row is about, as its statements put it. */
  readonly label: string;
  /** One entry per level, by rank: the row's statements at that level (often one or none). */
  readonly cells: readonly (readonly Statement[])[];
}

export type AlignStrategy = "subject";

export interface AlignOptions {
  /** `"subject"`: statements whose normalized subjects are equal share a row. */
  readonly strategy?: AlignStrategy;
}

export interface Alignment {
  readonly strategy: AlignStrategy;
  readonly rows: readonly ThemeRow[];
}

/**
 * Groups statements into theme rows across levels. With the `"subject"` strategy,
 * statements whose subjects are equal once case, diacritics, punctuation and spacing are
 * ignored share a row; statements without a subject get a row each. Rows are in order of
 * first appearance (lowest level first, then author order).
 */
export function alignThemes(framework: Framework, options: AlignOptions = {}): Alignment {
  const strategy = options.strategy ?? "subject";
  const levelCount = framework.levels.length;
  const rows: { key: string; label: string; cells: Statement[][] }[] = [];
  const byKey = new Map<string, (typeof rows)[number]>();
  for (const level of framework.levels) {
    for (const statement of level.statements) {
      const key = subjectKey(statement.subject) || `statement:${statement.id}`;
      let row = byKey.get(key);
      if (!row) {
        row = {
          key,
          label: statement.subject || statement.description,
          cells: Array.from({ length: levelCount }, () => []),
        };
        byKey.set(key, row);
        rows.push(row);
      }
      row.cells[level.rank]?.push(statement);
    }
  }
  const used = new Set<string>();
  return {
    strategy,
    rows: rows.map((row) => ({
      id: uniqueId(`theme-${slugify(row.label) || "row"}`, used),
      label: row.label,
      cells: row.cells,
    })),
  };
}

/** The subject with case, diacritics, punctuation and spacing ignored. */
export function subjectKey(subject: string): string {
  return fold(subject)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
