import {
  type AlignOptions,
  alignThemes,
  type Framework,
  type FrameworkInput,
  levelMarkers,
  type Statement,
  type StatementMatch,
  subjectKey,
  type ThemeRow,
} from "@rungs/core";
import { clsx } from "clsx";
import { type ComponentPropsWithoutRef, useId, useMemo } from "react";
import type { FrameworkErrorProps } from "./error-panel";
import { AttributionBody } from "./framework-attribution";
import { formatLabel, type RungsLabels, resolveLabels } from "./labels";
import { ComparisonBody, useComparison } from "./level-compare";
import { Marker, markerAttributes } from "./level-markers";
import { type HeadingLevel, StatementCard } from "./statement-card";
import { TableScroller } from "./table-scroller";
import { useFramework } from "./use-framework";
import { SearchStatus, useSearch } from "./use-search";

export interface ProgressionMatrixProps extends Omit<ComponentPropsWithoutRef<"div">, "children">, FrameworkErrorProps {
  /** A parsed framework, or raw input: an object or JSON text. */
  framework: FrameworkInput;
  /** The host's own grouping of statements into rows; by default core's `alignThemes`. */
  rows?: readonly ThemeRow[] | undefined;
  /** How `alignThemes` groups statements into rows when `rows` is not given. Default `"auto"`. */
  strategy?: AlignOptions["strategy"] | undefined;
  /**
   * Two level keys, `[from, to]`: shows what changes between them (as `LevelCompare` does)
   * instead of the whole matrix. `currentLevel`, `targetLevel` and `query` do not apply.
   */
  compare?: readonly [string, string] | undefined;
  /**
   * Shows only the rows and statements that match (core's `searchStatements`), with the
   * matching words marked, and a status that says how many match. Empty or blank: no
   * filtering. Giving the prop at all (even `""`) renders the status region, so a host's
   * search box is announced from its first keystroke.
   */
  query?: string | undefined;
  currentLevel?: string | undefined;
  targetLevel?: string | undefined;
  /** Heading level of each level's title in the narrow (stacked) layout. Default 3. */
  headingLevel?: HeadingLevel | undefined;
  /** Shows the sources and attribution line (default). */
  attribution?: boolean | undefined;
  labels?: Partial<RungsLabels> | undefined;
}

/**
 * A real table of how each theme progresses: levels as columns in the author's order,
 * themes as rows. In a narrow container it becomes a list per level with the same content.
 */
export function ProgressionMatrix(props: ProgressionMatrixProps) {
  const { framework: input, labels, renderError } = props;
  const resolved = useFramework(input, labels, renderError);
  return resolved.ok ? <Matrix {...props} framework={resolved.framework} /> : resolved.fallback;
}

function Matrix({
  framework,
  rows: hostRows,
  strategy,
  compare,
  query,
  currentLevel,
  targetLevel,
  headingLevel = 3,
  attribution = true,
  labels: labelOverrides,
  renderError: _renderError,
  className,
  ...rest
}: ProgressionMatrixProps & { framework: Framework }) {
  const labels = resolveLabels(labelOverrides);
  const stackCaptionId = useId();
  const allRows = useMemo(() => hostRows ?? alignThemes(framework, { strategy }).rows, [hostRows, framework, strategy]);
  const search = useSearch(framework, query);
  const rows = useMemo(() => (search.active ? matchingRows(allRows, search.matches) : allRows), [allRows, search]);
  // Computed in every mode, so switching `compare` on and off keeps the hooks in order.
  const comparison = useComparison(framework, compare?.[0] ?? "", compare?.[1] ?? "", strategy, hostRows);
  const markers = levelMarkers(framework, currentLevel, targetLevel);
  const caption = formatLabel(labels.matrixCaption, { title: framework.occupation.title || labels.untitled });
  const Heading = `h${headingLevel}` as const;

  if (compare) {
    return (
      <div className={clsx("rungs", "rungs-matrix", className)} data-mode="compare" {...rest}>
        <ComparisonBody
          framework={framework}
          comparison={comparison}
          keys={compare}
          headingLevel={headingLevel}
          labels={labels}
        />
        {attribution && <AttributionBody framework={framework} labels={labels} />}
      </div>
    );
  }

  const highlight = (statement: Statement) => (search.active ? search.matches.get(statement.id) : undefined);
  const nothingFound = search.active && rows.length === 0;

  return (
    <div className={clsx("rungs", "rungs-matrix", className)} {...rest}>
      {query !== undefined && (
        <SearchStatus search={search} labels={labels} className="rungs-matrix__status" showCount={true} />
      )}
      {!nothingFound && (
        <>
          <TableScroller className="rungs-matrix__scroller" labels={labels}>
            <table className="rungs-matrix__table">
              <caption className="rungs-matrix__caption">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col" className="rungs-matrix__corner">
                    {labels.theme}
                  </th>
                  {framework.levels.map((level) => (
                    <th key={level.key} scope="col" data-rank={level.rank} {...markerAttributes(markers[level.rank])}>
                      <span className="rungs-matrix__level">{level.label}</span>
                      <Marker marker={markers[level.rank]} labels={labels} />
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row" className="rungs-matrix__theme">
                      {row.label}
                    </th>
                    {framework.levels.map((level) => (
                      <td key={level.key} data-rank={level.rank} {...markerAttributes(markers[level.rank])}>
                        <Cell
                          statements={row.cells[level.rank] ?? []}
                          row={row}
                          labels={labels}
                          highlight={highlight}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
          {/* The narrow layout, shown instead of the table: the caption names it too. */}
          {/* biome-ignore lint/a11y/useSemanticElements: a group of content, not of form controls (no fieldset) */}
          <div className="rungs-matrix__stack" role="group" aria-labelledby={stackCaptionId}>
            <p id={stackCaptionId} className="rungs-matrix__stack-caption">
              {caption}
            </p>
            {framework.levels.map((level) => (
              <section key={level.key} className="rungs-matrix__stack-level" {...markerAttributes(markers[level.rank])}>
                <Heading className="rungs-matrix__stack-heading">
                  {level.label} <Marker marker={markers[level.rank]} labels={labels} />
                </Heading>
                <StackList
                  statements={statementsAt(rows, level.rank)}
                  labels={labels}
                  highlight={highlight}
                  searching={search.active}
                />
              </section>
            ))}
          </div>
        </>
      )}
      {attribution && <AttributionBody framework={framework} labels={labels} />}
    </div>
  );
}

type Highlighter = (statement: Statement) => StatementMatch | undefined;

function Cell({
  statements,
  row,
  labels,
  highlight,
}: {
  statements: readonly Statement[];
  row: ThemeRow;
  labels: RungsLabels;
  highlight: Highlighter;
}) {
  if (statements.length === 0) {
    return (
      <>
        <span className="rungs-matrix__empty" aria-hidden="true">
          –
        </span>
        <span className="rungs-visually-hidden">{labels.emptyCell}</span>
      </>
    );
  }
  const rowKey = subjectKey(row.label);
  return (
    <ul className="rungs-matrix__cell">
      {statements.map((statement) => {
        const match = highlight(statement);
        return (
          <StatementCard
            key={statement.id}
            as="li"
            statement={statement}
            highlight={match}
            // The row header already names the theme; repeat a subject only where it differs,
            // or where it holds words a search found.
            hideSubject={subjectKey(statement.subject) === rowKey && !match?.subject.length}
          />
        );
      })}
    </ul>
  );
}

/** A level's statements in the narrow layout, or a line saying there are none. */
function StackList({
  statements,
  labels,
  highlight,
  searching,
}: {
  statements: readonly Statement[];
  labels: RungsLabels;
  highlight: Highlighter;
  searching: boolean;
}) {
  if (statements.length === 0) {
    return <p className="rungs-matrix__stack-empty">{searching ? labels.noMatchInLevel : labels.emptyLevel}</p>;
  }
  return (
    <ul className="rungs-matrix__stack-list">
      {statements.map((statement) => (
        <StatementCard key={statement.id} as="li" statement={statement} highlight={highlight(statement)} />
      ))}
    </ul>
  );
}

/**
 * A level's statements in row order, each once: a host's own rows may put one statement
 * in two rows, which the table shows twice but a list should not.
 */
function statementsAt(rows: readonly ThemeRow[], rank: number): Statement[] {
  return [...new Set(rows.flatMap((row) => row.cells[rank] ?? []))];
}

/** The rows with at least one matching statement, each cell cut down to its matches. */
function matchingRows(rows: readonly ThemeRow[], matches: ReadonlyMap<string, StatementMatch>): ThemeRow[] {
  return rows
    .map((row) => ({ ...row, cells: row.cells.map((cell) => cell.filter((statement) => matches.has(statement.id))) }))
    .filter((row) => row.cells.some((cell) => cell.length > 0));
}
