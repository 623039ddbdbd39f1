import {
  type AlignOptions,
  alignThemes,
  type Framework,
  type FrameworkInput,
  type Level,
  type LevelMarker,
  levelMarkers,
  matchingStatements,
  repeatsRowLabel,
  type Statement,
  type ThemeRow,
  themesAreSparse,
  trackOf,
} from "@rungs/core";
import { clsx } from "clsx";
import {
  type ComponentPropsWithoutRef,
  type ForwardedRef,
  forwardRef,
  type ReactElement,
  type ReactNode,
  useMemo,
} from "react";
import type { HeadingLevel } from "../card/statement-card";
import { groupByArea, hasAreas } from "../shared/area-groups";
import { areaHeaderRow, groupHeaderRow } from "../shared/area-header-row";
import { AttributionBody } from "../shared/attribution-body";
import { isDevelopment } from "../shared/dev";
import { emptyCell } from "../shared/empty-cell";
import type { FrameworkErrorProps } from "../shared/error-panel";
import { formatLabel } from "../shared/format-label";
import { type RungsLabels, resolveLabels } from "../shared/labels";
import { Marker, markerAttributes, markerKind } from "../shared/level-markers";
import { ResponsiveTable } from "../shared/responsive-table";
import { SearchStatus } from "../shared/search-status";
import { useFramework } from "../shared/use-framework";
import { type Search, useSearch } from "../shared/use-search";
import { matrixStatementContent } from "./matrix-statement";

/** How the matrix lays statements out. */
export type MatrixLayout = "auto" | "themes" | "levels";

export interface ProgressionMatrixProps extends Omit<ComponentPropsWithoutRef<"div">, "children">, FrameworkErrorProps {
  /** A parsed framework, or raw input: an object or JSON text. */
  framework: FrameworkInput;
  /** The host's own grouping of statements into rows; by default core's `alignThemes`. */
  rows?: readonly ThemeRow[] | undefined;
  /** How `alignThemes` groups statements into rows when `rows` is not given. Default `"auto"`. */
  strategy?: AlignOptions["strategy"] | undefined;
  /**
   * - `"themes"`: a row per theme, a column per level;
   * - `"levels"`: a column per level listing its statements (one body row, no theme column);
   * - `"auto"` (default): `"themes"`, unless core's alignment found so little shared theme
   *   that the table would hold more empty cells than statements (a big framework whose
   *   statements share no theme), then `"levels"`. Decided on all rows, never on a search's
   *   results, so the layout does not change as a reader types. A host's `rows` are always
   *   shown as rows.
   *
   * The root says which one is shown: `data-mode="themes" | "levels"`.
   */
  layout?: MatrixLayout | undefined;
  /**
   * Shows only the rows and statements that match (core's `searchStatements`), with the
   * matching words marked, and a status that says how many match. Empty or blank: no
   * filtering. Giving the prop at all (even `""`) renders the status region, so a host's
   * search box is announced from its first keystroke.
   */
  query?: string | undefined;
  currentLevel?: string | undefined;
  targetLevel?: string | undefined;
  /**
   * (1.1) Key of the track whose levels are the columns; default the first track. A key
   * that names no track shows the error panel.
   */
  track?: string | undefined;
  /**
   * Each statement's element gets the id `${idPrefix}${statement.id}`, so a page can link
   * to one statement (`#matrix-…`); the linked one is marked (`:target`). Default
   * `"matrix-"`; give two matrices on one page different prefixes.
   */
  idPrefix?: string | undefined;
  /** Shows the sources and attribution line (default). */
  attribution?: boolean | undefined;
  labels?: Partial<RungsLabels> | undefined;
  /**
   * @deprecated Ignored: the narrow layout is the same table reflowed, with no headings.
   * Accepted so that existing code keeps compiling and nothing reaches the DOM.
   */
  headingLevel?: HeadingLevel | undefined;
}

/**
 * A real table of how each theme progresses: levels as columns in the author's order,
 * themes as rows. In a narrow container the same table reflows into a block per theme,
 * each statement under its level's name. Renders on the server (no state, no effect).
 */
export const ProgressionMatrix = forwardRef<HTMLDivElement, ProgressionMatrixProps>(
  function ProgressionMatrix(props, ref) {
    const { framework: input, labels, renderError, track } = props;
    const resolved = useFramework(input, labels, renderError, undefined, track);
    return resolved.ok ? <Matrix {...props} framework={resolved.framework} rootRef={ref} /> : resolved.fallback;
  },
);

/** What every cell of a level's column shares, worked out once per level rather than per cell. */
interface Column {
  level: Level;
  marker: LevelMarker | undefined;
  /** Whether the level has a marker to show (current, target, on the path). */
  marked: boolean;
  /** A cell's attributes: the marker flags and, for the narrow layout, the column's name. */
  cell: ReturnType<typeof markerAttributes> & { "data-label": string };
  /** An empty cell's: the same (the narrow layout shows its column's name above its dash too). */
  empty: Column["cell"];
  /** The column header's: the marker flags only. */
  flags: ReturnType<typeof markerAttributes>;
}

function Matrix({
  framework,
  rows: hostRows,
  strategy,
  layout = "auto",
  query,
  currentLevel,
  targetLevel,
  track,
  idPrefix = "matrix-",
  attribution = true,
  labels: labelOverrides,
  renderError: _renderError,
  headingLevel: _headingLevel,
  className,
  rootRef,
  ...rest
}: ProgressionMatrixProps & { framework: Framework; rootRef: ForwardedRef<HTMLDivElement> }) {
  const labels = resolveLabels(labelOverrides);
  warnIfCompareGiven(rest);
  const allRows = useMemo(
    () => hostRows ?? alignThemes(framework, { strategy, track }).rows,
    [hostRows, framework, strategy, track],
  );
  const autoLevels = useMemo(
    () => !hostRows && themesAreSparse(framework, allRows, { track }),
    [hostRows, framework, allRows, track],
  );
  const mode = layout === "levels" || (layout === "auto" && autoLevels) ? "levels" : "themes";
  const search = useSearch(framework, query, track);
  const markers = levelMarkers(framework, currentLevel, targetLevel, { track });
  const columns = trackOf(framework, track).levels.map((level): Column => {
    const marker = markers[level.rank];
    const kind = markerKind(marker);
    // The narrow layout shows this in each cell: the marker in words too, never by colour alone.
    const name = kind ? `${level.label} · ${labels[kind]}` : level.label;
    const flags = markerAttributes(marker);
    const cell = { "data-label": name, ...flags };
    return { level, marker, marked: kind !== undefined, cell, empty: cell, flags };
  });
  const context: CellContext = { search, idPrefix, rendered: hostRows ? new Set() : null };
  const nothingFound = search.active && search.matches.size === 0;
  const caption = formatLabel(labels.matrixCaption, { title: framework.occupation.title || labels.untitled });

  return (
    <div ref={rootRef} className={clsx("rungs", "rungs-matrix", className)} data-mode={mode} {...rest}>
      {query !== undefined && (
        <SearchStatus search={search} labels={labels} className="rungs-matrix__status" showCount={true} />
      )}
      {!nothingFound && (
        <ResponsiveTable className="rungs-matrix__table" caption={caption} labels={labels}>
          <thead>
            <tr>
              {mode === "themes" && (
                <th scope="col" className="rungs-matrix__corner">
                  {labels.theme}
                </th>
              )}
              {columns.map(({ level, marker, marked, flags }) => (
                <th key={level.key} scope="col" data-rank={level.rank} {...flags}>
                  {/* The label alone is the header's text; a marker goes on a line of its own under it. */}
                  {marked ? (
                    <>
                      <span className="rungs-matrix__level">{level.label}</span>
                      <Marker marker={marker} labels={labels} />
                    </>
                  ) : (
                    level.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          {everyLevelBody(
            trackOf(framework, track).allLevels,
            columns.length + (mode === "themes" ? 1 : 0),
            context,
            labels,
          )}
          {mode === "themes" ? (
            themeBodies(framework, allRows, columns, context, labels)
          ) : (
            <tbody>{levelsRow(columns, context, labels)}</tbody>
          )}
        </ResponsiveTable>
      )}
      {attribution && <AttributionBody framework={framework} labels={labels} />}
    </div>
  );
}

/**
 * The removed `compare` prop, from code written for an earlier version: said once in
 * development, and kept off the DOM (it would be an unknown attribute there).
 */
function warnIfCompareGiven(rest: Record<string, unknown>): void {
  if (!("compare" in rest)) return;
  delete rest.compare;
  if (isDevelopment() && !warnedAboutCompare) {
    warnedAboutCompare = true;
    console.warn(
      "ProgressionMatrix: `compare` was removed; render <LevelCompare framework={…} from={…} to={…} /> instead.",
    );
  }
}

let warnedAboutCompare = false;

/** What every statement cell of one render shares. */
interface CellContext {
  search: Search;
  idPrefix: string;
  /**
   * The ids given so far where a statement may be listed twice (a host's rows: only its
   * first element takes the id); `null` where each statement is listed once (core's rows).
   */
  rendered: Set<string> | null;
}

const areaOf = (row: ThemeRow) => row.area;

/**
 * The bodies of the `"themes"` layout. Rows with areas (format 1.1): a `<tbody>` per area
 * with a match, in the framework's area order, its header row first (`areaHeaderRow`).
 * Without areas (every 1.0 framework): one `<tbody>`, as before. Whether to group is
 * decided on all rows, so the table's shape does not change as a reader types a search.
 */
function themeBodies(
  framework: Framework,
  rows: readonly ThemeRow[],
  columns: readonly Column[],
  context: CellContext,
  labels: RungsLabels,
): ReactElement | ReactElement[] {
  const { search } = context;
  const shown = search.active
    ? rows.filter((row) => row.cells.some((cell) => cell.some((statement) => search.matches.has(statement.id))))
    : rows;
  if (!hasAreas(rows, areaOf)) return <tbody>{themeRows(shown, columns, context, labels)}</tbody>;
  return groupByArea(framework, shown, areaOf).map((group) => (
    <tbody
      key={group.key === undefined ? "other" : `area-${group.key}`}
      className="rungs-matrix__area"
      data-area={group.key}
    >
      {areaHeaderRow(group, columns.length + 1, labels)}
      {themeRows(group.rows, columns, context, labels)}
    </tbody>
  ));
}

/** The body rows of the `"themes"` layout: a row per theme (already filtered by a search), each cell its statements. */
function themeRows(
  rows: readonly ThemeRow[],
  columns: readonly Column[],
  context: CellContext,
  labels: RungsLabels,
): ReactElement[] {
  const { search } = context;
  const body: ReactElement[] = [];
  for (const row of rows) {
    body.push(
      <tr key={row.id}>
        <th scope="row" className="rungs-matrix__theme">
          {row.label}
        </th>
        {columns.map(({ level, cell, empty }) => {
          const statements = matchingStatements(row.cells[level.rank] ?? NONE, search);
          return statements.length === 0
            ? emptyCell(level.key, labels, empty)
            : statementsCell(level.key, cell, statements, row, context);
        })}
      </tr>,
    );
  }
  return body;
}

/** The one body row of the `"levels"` layout: each level's (matching) statements in author order. */
function levelsRow(columns: readonly Column[], context: CellContext, labels: RungsLabels): ReactElement {
  return (
    <tr>
      {columns.map(({ level, cell, empty }) => {
        const statements = matchingStatements(level.statements, context.search);
        return statements.length === 0
          ? emptyCell(level.key, labels, empty)
          : statementsCell(level.key, cell, statements, undefined, context);
      })}
    </tr>
  );
}

/**
 * (1.1) The statements expected at every level (`allLevels`; those a search finds), first
 * in the table: a row group under its own header ("Expected at every level",
 * `labels.everyLevelTitle`, `scope="rowgroup"` as an area's), each statement a row with
 * one cell across the table — it is the same at every level, so no column is its own.
 * Its text stays in view, a readable width, while a wide table scrolls. Nothing when the
 * track has none (every 1.0 file).
 *
 * @param span - the number of columns of the table.
 */
function everyLevelBody(
  statements: readonly Statement[],
  span: number,
  context: CellContext,
  labels: RungsLabels,
): ReactElement | null {
  const shown = matchingStatements(statements, context.search);
  if (shown.length === 0) return null;
  return (
    <tbody className="rungs-matrix__every-level">
      {groupHeaderRow(labels.everyLevelTitle, span)}
      {shown.map((statement) => (
        <tr key={statement.id}>
          <td colSpan={span} id={idFor(statement, context)}>
            <span className="rungs-matrix__every-level-text">{content(statement, undefined, context)}</span>
          </td>
        </tr>
      ))}
    </tbody>
  );
}

/**
 * A cell with statements. Each statement has one element, which carries its id: the cell
 * itself when it holds one (as a hand-written table puts the text straight in the cell),
 * else an item of a list.
 *
 * @param row - the theme row whose header names the cell's theme, if any.
 */
function statementsCell(
  key: string,
  attributes: Column["cell"],
  statements: readonly Statement[],
  row: ThemeRow | undefined,
  context: CellContext,
): ReactElement {
  if (statements.length === 1) {
    const statement = statements[0] as Statement;
    return (
      <td key={key} id={idFor(statement, context)} {...attributes}>
        {content(statement, row, context)}
      </td>
    );
  }
  return (
    <td key={key} {...attributes}>
      <ul className="rungs-matrix__cell">
        {statements.map((statement) => (
          <li key={statement.id} id={idFor(statement, context)}>
            {content(statement, row, context)}
          </li>
        ))}
      </ul>
    </td>
  );
}

function content(statement: Statement, row: ThemeRow | undefined, { search }: CellContext): ReactNode {
  const match = search.active ? search.matches.get(statement.id) : undefined;
  // The row header already names the theme: repeat a subject only where it differs, or
  // where it holds words a search found.
  const showSubject = statement.subject !== "" && (!row || !repeatsRowLabel(statement, row) || !!match?.subject.length);
  return matrixStatementContent(statement, match, showSubject);
}

/** A statement's element id, or `undefined` where it already has one (see `CellContext.rendered`). */
function idFor(statement: Statement, { idPrefix, rendered }: CellContext): string | undefined {
  if (!rendered) return `${idPrefix}${statement.id}`;
  if (rendered.has(statement.id)) return undefined;
  rendered.add(statement.id);
  return `${idPrefix}${statement.id}`;
}

const NONE: readonly Statement[] = [];
