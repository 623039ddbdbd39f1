import {
  alignThemes,
  type Framework,
  type FrameworkInput,
  levelMarkers,
  type Statement,
  subjectKey,
  type ThemeRow,
} from "@rungs/core";
import { clsx } from "clsx";
import { type ComponentPropsWithoutRef, useId } from "react";
import type { FrameworkErrorProps } from "./error-panel";
import { AttributionBody } from "./framework-attribution";
import { formatLabel, type RungsLabels, resolveLabels } from "./labels";
import { Marker, markerAttributes } from "./level-markers";
import { type HeadingLevel, StatementCard } from "./statement-card";
import { useFramework } from "./use-framework";

export interface ProgressionMatrixProps extends Omit<ComponentPropsWithoutRef<"div">, "children">, FrameworkErrorProps {
  /** A parsed framework, or raw input: an object or JSON text. */
  framework: FrameworkInput;
  /** The host's own grouping of statements into rows; by default core's `alignThemes`. */
  rows?: readonly ThemeRow[] | undefined;
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
  const captionId = useId();
  const rows = hostRows ?? alignThemes(framework).rows;
  const markers = levelMarkers(framework, currentLevel, targetLevel);
  const caption = formatLabel(labels.matrixCaption, { title: framework.occupation.title || labels.untitled });
  const Heading = `h${headingLevel}` as const;

  return (
    <div className={clsx("rungs", "rungs-matrix", className)} {...rest}>
      {/* A scrolling region must be reachable by keyboard (to scroll it), and named. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll container needs focus for keyboard scrolling */}
      <section className="rungs-matrix__scroller" aria-labelledby={captionId} tabIndex={0}>
        <table className="rungs-matrix__table">
          <caption id={captionId} className="rungs-matrix__caption">
            {caption}
          </caption>
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
                    <Cell statements={row.cells[level.rank] ?? []} row={row} labels={labels} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <div className="rungs-matrix__stack">
        {framework.levels.map((level) => (
          <section key={level.key} className="rungs-matrix__stack-level" {...markerAttributes(markers[level.rank])}>
            <Heading className="rungs-matrix__stack-heading">
              {level.label} <Marker marker={markers[level.rank]} labels={labels} />
            </Heading>
            <ul className="rungs-matrix__stack-list">
              {rows.flatMap((row) =>
                (row.cells[level.rank] ?? []).map((statement) => (
                  <StatementCard key={statement.id} as="li" statement={statement} />
                )),
              )}
            </ul>
          </section>
        ))}
      </div>
      {attribution && <AttributionBody framework={framework} labels={labels} />}
    </div>
  );
}

function Cell({ statements, row, labels }: { statements: readonly Statement[]; row: ThemeRow; labels: RungsLabels }) {
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
      {statements.map((statement) => (
        <StatementCard
          key={statement.id}
          as="li"
          statement={statement}
          // The row header already names the theme; repeat a subject only where it differs.
          hideSubject={subjectKey(statement.subject) === rowKey}
        />
      ))}
    </ul>
  );
}
