import type { Table, TableCell } from "mdast";
import type { LevelJson } from "../shared/framework-json";
import { define } from "../shared/keys";
import type { Origin } from "../shared/parse-built";
import { type MarkdownIssue, markdownIssue } from "./markdown-issue";
import { childrenText } from "./markdown-tree";

/** A track as the table is matched against it. */
export interface TrackLevels {
  readonly key: string;
  readonly label: string;
  readonly levels: Readonly<Record<string, LevelJson>>;
}

/**
 * Reads a table that lines up the levels of several tracks (`| Level | Developer | Tech Lead |`
 * over `| 4 | D4 | TL4 |`): a column whose header is a track's label holds that track's
 * levels, and levels on one row are equivalent, so each says so in its `equivalentTo`. A cell
 * names a level by its label, its key, or the start of its label before a space ("D4" for
 * "D4 - Developer 4"). Other columns, and cells that name no level, are warnings. Returns
 * undefined, changing nothing, when fewer than two headers name a track: the table is then
 * not one of equivalent levels.
 */
export function readEquivalenceTable(
  table: Table,
  tracks: readonly TrackLevels[],
  at: (cell: TableCell) => Origin,
): MarkdownIssue[] | undefined {
  const [header, ...rows] = table.children;
  if (!header) return undefined;
  const byLabel = new Map(tracks.map((track) => [track.label.toLowerCase(), track]));
  const columns = header.children.map((cell) => byLabel.get(cellText(cell).toLowerCase()));
  if (columns.filter((track) => track !== undefined).length < 2) return undefined;

  const warnings: MarkdownIssue[] = [];
  const others = header.children.filter((_cell, index) => columns[index] === undefined);
  if (others.length > 0) {
    const names = others.map((cell) => `"${cellText(cell)}"`).join(", ");
    warnings.push(
      markdownIssue(
        at(others[0] as TableCell),
        "unplaced-content",
        `the table of equivalent levels has columns that name no track (${names}); they are left out.`,
      ),
    );
  }
  const names = new Map(tracks.map((track) => [track.key, levelNames(track.levels)]));
  for (const row of rows) {
    const found: { track: TrackLevels; level: string }[] = [];
    row.children.forEach((cell, index) => {
      const track = columns[index];
      const text = cellText(cell);
      if (!track || text === "") return;
      const level = names.get(track.key)?.get(text.toLowerCase());
      if (level !== undefined) found.push({ track, level });
      else {
        const message = `"${text}" names no level of the track "${track.label}"; the cell is left out.`;
        warnings.push(markdownIssue(at(cell), "unplaced-content", message));
      }
    });
    for (const { track, level } of found) {
      const levelJson = track.levels[level] as LevelJson;
      for (const other of found) {
        if (other.track === track) continue;
        levelJson.equivalentTo ??= {};
        define(levelJson.equivalentTo, other.track.key, other.level);
      }
    }
  }
  return warnings;
}

/** Each level by the names a cell may give it (lowercase): label, key, and its label's first word. */
function levelNames(levels: Readonly<Record<string, LevelJson>>): Map<string, string> {
  const names = new Map<string, string>();
  for (const [key, level] of Object.entries(levels)) {
    const label = level.label.trim().toLowerCase();
    const space = label.indexOf(" ");
    for (const name of [label, key.toLowerCase(), space === -1 ? label : label.slice(0, space)]) {
      if (!names.has(name)) names.set(name, key);
    }
  }
  return names;
}

/** A cell's text on one line (a link's destination, an anchor on the page, left out: the cell names a level by its text). */
function cellText(cell: TableCell): string {
  const text = cell.children.map((node) => (node.type === "link" ? childrenText(node.children) : childrenText([node])));
  return text.join("").replace(/\s+/g, " ").trim();
}
