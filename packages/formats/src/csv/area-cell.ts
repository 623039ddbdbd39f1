// The `area` cell names a statement's area by its key, and an empty cell means "no area". An
// area may be keyed with nothing (`""`, which format 1.1 allows), so that key is written as
// one apostrophe, and a key made only of apostrophes gets one more: reading takes one
// apostrophe off a cell made only of apostrophes. Applied inside the formula escape of
// cells.ts (written before it, read after it), so both undo exactly.

/** A cell made only of apostrophes (one or more). */
const APOSTROPHES = /^'+$/;

/** The `area` cell of a statement in the area keyed `key`. */
export function areaCell(key: string): string {
  return key === "" || APOSTROPHES.test(key) ? `'${key}` : key;
}

/** The area key an `area` cell names; undefined for an empty cell (no area). */
export function areaOfCell(cell: string): string | undefined {
  if (cell === "") return undefined;
  return APOSTROPHES.test(cell) ? cell.slice(1) : cell;
}
