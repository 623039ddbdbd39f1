import {
  type AlignOptions,
  alignThemes,
  type ComparisonRow,
  compareLevels,
  type DiffPart,
  type Framework,
  type FrameworkInput,
  getLevel,
  type LevelComparison,
  repeatsRowLabel,
  type Statement,
  type StatementChange,
  type ThemeRow,
} from "@rungs/core";
import { clsx } from "clsx";
import { type ComponentPropsWithoutRef, type ForwardedRef, forwardRef, type ReactNode, useMemo } from "react";
import type { HeadingLevel } from "../card/statement-card";
import { groupByArea, hasAreas } from "../shared/area-groups";
import { areaHeaderRow } from "../shared/area-header-row";
import { AttributionBody } from "../shared/attribution-body";
import { emptyCell } from "../shared/empty-cell";
import type { FrameworkErrorProps } from "../shared/error-panel";
import { formatLabel, formatNumber } from "../shared/format-label";
import { type RungsLabels, resolveLabels } from "../shared/labels";
import { ResponsiveTable } from "../shared/responsive-table";
import { useFramework } from "../shared/use-framework";

export interface LevelCompareProps extends Omit<ComponentPropsWithoutRef<"div">, "children">, FrameworkErrorProps {
  /** A parsed framework, or raw input: an object or JSON text. */
  framework: FrameworkInput;
  /** Key of the level compared from (the left column). */
  from: string;
  /** Key of the level compared to (the right column); may be below `from`. */
  to: string;
  /** How statements are grouped into themes, as in core's `alignThemes`. Default `"auto"`. */
  strategy?: AlignOptions["strategy"] | undefined;
  /** The host's own grouping of statements into themes; used instead of `strategy`. */
  rows?: readonly ThemeRow[] | undefined;
  /**
   * (1.1) Key of the track both levels are of; default the first track. A key that names
   * no track shows the error panel.
   */
  track?: string | undefined;
  /**
   * Each statement's element gets the id `${idPrefix}${statement.id}`, so a page can link
   * to one statement (`#compare-…`); the linked one is marked (`:target`). Default
   * `"compare-"`; give two comparisons on one page different prefixes.
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
 * Two levels side by side, theme by theme: what is kept, what is reworded (a word diff in
 * `<ins>` and `<del>`), what is added and what is removed. A table, which a narrow container
 * reflows into a block per pair, each side under its level's name. A key that is not a
 * level shows an alert instead. Renders on the server (no state, no effect).
 */
export const LevelCompare = forwardRef<HTMLDivElement, LevelCompareProps>(function LevelCompare(props, ref) {
  const { framework: input, labels, renderError, track } = props;
  const resolved = useFramework(input, labels, renderError, undefined, track);
  return resolved.ok ? <Compare {...props} framework={resolved.framework} rootRef={ref} /> : resolved.fallback;
});

function Compare({
  framework,
  from,
  to,
  strategy,
  rows,
  track,
  idPrefix = "compare-",
  attribution = true,
  labels: labelOverrides,
  renderError: _renderError,
  headingLevel: _headingLevel,
  className,
  rootRef,
  ...rest
}: LevelCompareProps & { framework: Framework; rootRef: ForwardedRef<HTMLDivElement> }) {
  const labels = resolveLabels(labelOverrides);
  const comparison = useMemo(
    () => compareLevels(framework, from, to, { strategy, rows, track }),
    [framework, from, to, strategy, rows, track],
  );
  // A comparison row is a theme row of the alignment (same id): its area is the theme's.
  // The alignment is core's cached one for a parsed framework, so this costs a lookup.
  const areas = useMemo(() => {
    const themeRows = rows ?? alignThemes(framework, { strategy, track }).rows;
    return new Map(themeRows.map((row) => [row.id, row.area]));
  }, [framework, strategy, rows, track]);
  return (
    // The direction sits on the root, which holds the summary and the table directly: no
    // wrapper element of its own (a page may hold many comparisons' worth of elements).
    <div
      ref={rootRef}
      className={clsx("rungs", "rungs-level-compare", className)}
      data-direction={comparison?.direction}
      {...rest}
    >
      {comparison ? (
        <ComparisonTable
          framework={framework}
          comparison={comparison}
          areas={areas}
          idPrefix={idPrefix}
          labels={labels}
        />
      ) : (
        <UnknownLevels framework={framework} track={track} keys={[from, to]} labels={labels} />
      )}
      {attribution && <AttributionBody framework={framework} labels={labels} />}
    </div>
  );
}

/** The alert shown instead of a comparison when a key is not a level: it names each unknown key. */
function UnknownLevels({
  framework,
  track,
  keys,
  labels,
}: {
  framework: Framework;
  track: string | undefined;
  keys: readonly [string, string];
  labels: RungsLabels;
}) {
  const unknown = [...new Set(keys)].filter((key) => !getLevel(framework, key, { track }));
  return (
    <div role="alert" className="rungs-error">
      {unknown.map((key) => (
        <p key={key} className="rungs-error__title">
          {formatLabel(labels.unknownLevel, { key })}
        </p>
      ))}
    </div>
  );
}

/**
 * The comparison: a summary line, then the table. Without areas (every 1.0 framework), a
 * theme with several pairs is a group of rows (its header spans them, `scope="rowgroup"`);
 * consecutive themes of one pair each share a body, each header naming its row, so a theme
 * costs no element a hand-written table would not have. With areas (format 1.1), each area
 * is the row group (a `<tbody>` with its header row, `areaHeaderRow`), in the framework's
 * area order, and a theme with several pairs is a row header spanning its rows
 * (`scope="row"` with `rowspan`: HTML has no row group inside a row group).
 */
function ComparisonTable({
  framework,
  comparison,
  areas,
  idPrefix,
  labels,
}: {
  framework: Framework;
  comparison: LevelComparison;
  /** Each theme row's area, by the row's id. */
  areas: ReadonlyMap<string, string | undefined>;
  idPrefix: string;
  labels: RungsLabels;
}) {
  const { from, to, counts } = comparison;
  const caption = formatLabel(labels.compareCaption, {
    title: framework.occupation.title || labels.untitled,
    from: from.label,
    to: to.label,
  });
  const number = (value: number) => formatNumber(value, labels.locale);
  // The narrow layout names each side's level in its cell (the header row is hidden there).
  const names = { from: from.label, to: to.label };
  const areaOf = (row: ComparisonRow) => areas.get(row.id);
  const context: RowContext = { names, idPrefix, labels };

  return (
    <>
      <p className="rungs-compare__summary">
        {formatLabel(labels.compareSummary, {
          kept: number(counts.kept),
          changed: number(counts.changed),
          added: number(counts.added),
          removed: number(counts.removed),
        })}
      </p>
      <ResponsiveTable className="rungs-compare__table" caption={caption} labels={labels}>
        <thead>
          <tr>
            <th scope="col" className="rungs-compare__corner">
              {labels.theme}
            </th>
            <th scope="col" data-side="from">
              {from.label}
            </th>
            <th scope="col" data-side="to">
              {to.label}
            </th>
          </tr>
        </thead>
        {hasAreas(comparison.rows, areaOf)
          ? groupByArea(framework, comparison.rows, areaOf).map((group) => (
              <tbody key={group.key === undefined ? "other" : `area-${group.key}`} data-area={group.key}>
                {areaHeaderRow(group, 3, labels)}
                {group.rows.flatMap((row) => changeRows(row, "row", context))}
              </tbody>
            ))
          : themeBodies(comparison.rows).map((rows) => (
              <tbody key={rows[0]?.id} className="rungs-compare__theme">
                {rows.flatMap((row) => changeRows(row, "rowgroup", context))}
              </tbody>
            ))}
      </ResponsiveTable>
    </>
  );
}

/** What every row of one comparison shares. */
interface RowContext {
  /** Each side's level label, shown above its cells in the narrow layout. */
  names: Record<"from" | "to", string>;
  idPrefix: string;
  labels: RungsLabels;
}

/**
 * A theme's rows, one per change, its header in the first.
 *
 * @param scope - of the header of a theme with several pairs: `"rowgroup"` when the theme
 * is a `<tbody>` of its own, `"row"` (spanning its rows) inside an area's.
 */
function changeRows(row: ComparisonRow, scope: "row" | "rowgroup", { names, idPrefix, labels }: RowContext) {
  return row.changes.map((change, index) => (
    <tr key={changeKey(change)} data-kind={change.kind}>
      {index === 0 && <ThemeHeader row={row} scope={scope} />}
      {(["from", "to"] as const).map((side) => {
        const statement = sideOf(change, side);
        return statement ? (
          <ChangeSide
            key={side}
            change={change}
            statement={statement}
            side={side}
            id={`${idPrefix}${statement.id}`}
            name={names[side]}
            row={row}
            labels={labels}
          />
        ) : (
          emptyCell(side, labels, { "data-side": side, "data-label": names[side] })
        );
      })}
    </tr>
  ));
}

/**
 * The table's bodies: a theme with several pairs alone in its own (a group its header
 * spans), runs of one-pair themes together in one.
 */
function themeBodies(rows: readonly ComparisonRow[]): ComparisonRow[][] {
  const bodies: ComparisonRow[][] = [];
  let run: ComparisonRow[] | undefined;
  for (const row of rows) {
    if (row.changes.length > 1) {
      bodies.push([row]);
      run = undefined;
    } else if (run) {
      run.push(row);
    } else {
      run = [row];
      bodies.push(run);
    }
  }
  return bodies;
}

/** A theme's header: spanning its rows when the theme has several pairs (see `changeRows`), else its row's. */
function ThemeHeader({ row, scope }: { row: ComparisonRow; scope: "row" | "rowgroup" }) {
  const pairs = row.changes.length;
  return pairs > 1 ? (
    <th scope={scope} rowSpan={pairs} className="rungs-compare__theme-label">
      {row.label}
    </th>
  ) : (
    <th scope="row" className="rungs-compare__theme-label">
      {row.label}
    </th>
  );
}

function changeKey(change: StatementChange): string {
  return [sideOf(change, "from")?.id, sideOf(change, "to")?.id].join(":");
}

function sideOf(change: StatementChange, side: "from" | "to"): Statement | undefined {
  return side === "from" ? ("from" in change ? change.from : undefined) : "to" in change ? change.to : undefined;
}

/**
 * One side of a change: the cell of the statement on that level, which is its one element
 * (it carries the id), holding its badge, its subject where the theme does not already say
 * it, and its description as text. A changed statement shows what it drops on the `from`
 * side (`<del>`) and what it adds on the `to` side (`<ins>`), so each side reads as that
 * level's own text.
 *
 * @param name - the side's level, shown above the cell in the narrow layout.
 */
function ChangeSide({
  change,
  statement,
  side,
  id,
  name,
  row,
  labels,
}: {
  change: StatementChange;
  statement: Statement;
  side: "from" | "to";
  id: string;
  name: string;
  /** The theme: its header already names it, so a subject saying the same is not repeated. */
  row: ComparisonRow;
  labels: RungsLabels;
}) {
  // A rewritten statement keeps its diff for screen readers; the stylesheet shows it as
  // plain text under its badge (marking nearly every word would hide the words).
  const rewritten = change.kind === "changed" && change.rewritten;
  const showSubject = !repeatsRowLabel(statement, row) && statement.subject !== "";
  return (
    <td
      id={id}
      className="rungs-compare__statement"
      data-side={side}
      data-label={name}
      data-kind={change.kind}
      data-rewritten={rewritten ? "" : undefined}
      data-level={statement.levelKey}
    >
      {/* The kind in words, never by colour alone. */}
      <span className="rungs-compare__badge">{rewritten ? labels.rewritten : labels[change.kind]}</span>
      {showSubject && (
        <b className="rungs-compare__subject">
          {change.kind === "changed" ? (
            <DiffText parts={change.subject} side={side} labels={labels} />
          ) : (
            statement.subject
          )}
        </b>
      )}
      {/* A space between subject and description, so the two never read as one word. */}
      {showSubject && " "}
      {change.kind === "changed" ? (
        <DiffText parts={change.description} side={side} labels={labels} />
      ) : (
        statement.description
      )}
    </td>
  );
}

/**
 * One side of a word diff: the `from` side shows kept and removed words, the `to` side
 * kept and inserted ones. Each changed piece starts with hidden words ("removed:",
 * "inserted:") because screen readers do not announce `<del>`/`<ins>` (nor CSS content)
 * reliably; sighted readers get colour plus strike-through or underline.
 */
function DiffText({ parts, side, labels }: { parts: readonly DiffPart[]; side: "from" | "to"; labels: RungsLabels }) {
  const shown = side === "from" ? "removed" : "inserted";
  const nodes: ReactNode[] = [];
  parts.forEach((part, index) => {
    // Spacing alone is not a change a reader needs marked (or announced).
    if (part.kind === "same" || (part.kind === shown && part.text.trim() === "")) {
      // Adjacent texts as one text node: no separator comment between them in the server HTML.
      const last = nodes.length - 1;
      if (typeof nodes[last] === "string") nodes[last] += part.text;
      else nodes.push(part.text);
    } else if (part.kind === shown) {
      const Element = side === "from" ? "del" : "ins";
      nodes.push(
        // Parts are positional by nature: the same two texts always give the same list.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Element key={index} className="rungs-diff" data-kind={part.kind}>
          <span className="rungs-visually-hidden">{`${side === "from" ? labels.deleted : labels.inserted} `}</span>
          {part.text}
        </Element>,
      );
    }
  });
  return <>{nodes}</>;
}
