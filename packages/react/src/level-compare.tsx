import {
  type AlignOptions,
  compareLevels,
  type DiffPart,
  type Framework,
  type FrameworkInput,
  getLevel,
  type LevelComparison,
  type Statement,
  type StatementChange,
  subjectKey,
  type ThemeRow,
} from "@rungs/core";
import { clsx } from "clsx";
import { type ComponentPropsWithoutRef, type ReactNode, useId, useMemo } from "react";
import type { FrameworkErrorProps } from "./error-panel";
import { AttributionBody } from "./framework-attribution";
import { formatLabel, formatNumber, type RungsLabels, resolveLabels } from "./labels";
import type { HeadingLevel } from "./statement-card";
import { TableScroller } from "./table-scroller";
import { useFramework } from "./use-framework";

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
  /** Heading level of each theme's title in the narrow (stacked) layout. Default 3. */
  headingLevel?: HeadingLevel | undefined;
  /** Shows the sources and attribution line (default). */
  attribution?: boolean | undefined;
  labels?: Partial<RungsLabels> | undefined;
}

/**
 * Two levels side by side, theme by theme: what is kept, what is reworded (a word diff in
 * `<ins>` and `<del>`), what is added and what is removed. A table in a wide container, a
 * list per theme in a narrow one. A key that is not a level shows an alert instead.
 */
export function LevelCompare(props: LevelCompareProps) {
  const { framework: input, labels, renderError } = props;
  const resolved = useFramework(input, labels, renderError);
  return resolved.ok ? <Compare {...props} framework={resolved.framework} /> : resolved.fallback;
}

function Compare({
  framework,
  from,
  to,
  strategy,
  rows,
  headingLevel = 3,
  attribution = true,
  labels: labelOverrides,
  renderError: _renderError,
  className,
  ...rest
}: LevelCompareProps & { framework: Framework }) {
  const labels = resolveLabels(labelOverrides);
  const comparison = useComparison(framework, from, to, strategy, rows);
  return (
    <div className={clsx("rungs", "rungs-level-compare", className)} {...rest}>
      <ComparisonBody
        framework={framework}
        comparison={comparison}
        keys={[from, to]}
        headingLevel={headingLevel}
        labels={labels}
      />
      {attribution && <AttributionBody framework={framework} labels={labels} />}
    </div>
  );
}

/** The comparison of two levels, recomputed only when one of its inputs changes. */
export function useComparison(
  framework: Framework,
  from: string,
  to: string,
  strategy: AlignOptions["strategy"],
  rows: readonly ThemeRow[] | undefined,
): LevelComparison | undefined {
  return useMemo(() => compareLevels(framework, from, to, { strategy, rows }), [framework, from, to, strategy, rows]);
}

export interface ComparisonBodyProps {
  framework: Framework;
  /** `undefined` when a key is not a level: an alert names the unknown keys. */
  comparison: LevelComparison | undefined;
  /** The keys compared, for the alert. */
  keys: readonly [string, string];
  headingLevel: HeadingLevel;
  labels: RungsLabels;
}

/** The comparison itself, shared by `LevelCompare` and `ProgressionMatrix`'s compare mode. */
export function ComparisonBody({ framework, comparison, keys, headingLevel, labels }: ComparisonBodyProps) {
  const stackCaptionId = useId();
  if (!comparison) {
    const unknown = [...new Set(keys)].filter((key) => !getLevel(framework, key));
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
  const { from, to, counts } = comparison;
  const Heading = `h${headingLevel}` as const;
  const caption = formatLabel(labels.compareCaption, {
    title: framework.occupation.title || labels.untitled,
    from: from.label,
    to: to.label,
  });
  const number = (value: number) => formatNumber(value, labels.locale);

  return (
    <div className="rungs-compare" data-direction={comparison.direction}>
      <p className="rungs-compare__summary">
        {formatLabel(labels.compareSummary, {
          kept: number(counts.kept),
          changed: number(counts.changed),
          added: number(counts.added),
          removed: number(counts.removed),
        })}
      </p>
      <TableScroller className="rungs-compare__scroller" labels={labels}>
        <table className="rungs-compare__table">
          <caption className="rungs-compare__caption">{caption}</caption>
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
          {/* One group per theme, a row per pair of statements, so each pair sits side by side. */}
          {comparison.rows.map((row) => (
            <tbody key={row.id} className="rungs-compare__theme">
              {row.changes.map((change, index) => (
                <tr key={changeKey(change)} data-kind={change.kind}>
                  {index === 0 && (
                    <th scope="rowgroup" rowSpan={row.changes.length} className="rungs-compare__theme-label">
                      {row.label}
                    </th>
                  )}
                  <td data-side="from">
                    <ChangeSide change={change} side="from" rowLabel={row.label} labels={labels} />
                  </td>
                  <td data-side="to">
                    <ChangeSide change={change} side="to" rowLabel={row.label} labels={labels} />
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </TableScroller>
      {/* The narrow layout, shown instead of the table: the caption names it too. */}
      {/* biome-ignore lint/a11y/useSemanticElements: a group of content, not of form controls (no fieldset) */}
      <div className="rungs-compare__stack" role="group" aria-labelledby={stackCaptionId}>
        <p id={stackCaptionId} className="rungs-compare__stack-caption">
          {caption}
        </p>
        {comparison.rows.map((row) => (
          <section key={row.id} className="rungs-compare__stack-theme">
            <Heading className="rungs-compare__stack-heading">{row.label}</Heading>
            <ul className="rungs-compare__stack-list">
              {row.changes.map((change) => (
                <li key={changeKey(change)} className="rungs-compare__change" data-kind={change.kind}>
                  {(["from", "to"] as const).map((side) =>
                    sideOf(change, side) ? (
                      <div key={side} className="rungs-compare__side" data-side={side}>
                        <p className="rungs-compare__side-level">{side === "from" ? from.label : to.label}</p>
                        <ChangeSide change={change} side={side} rowLabel={row.label} labels={labels} />
                      </div>
                    ) : null,
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}

function changeKey(change: StatementChange): string {
  return [sideOf(change, "from")?.id, sideOf(change, "to")?.id].join(":");
}

function sideOf(change: StatementChange, side: "from" | "to"): Statement | undefined {
  return side === "from" ? ("from" in change ? change.from : undefined) : "to" in change ? change.to : undefined;
}

/**
 * One side of a change: the statement on that level with its badge, or the empty marker.
 * A changed statement shows what it drops on the `from` side (`<del>`) and what it adds on
 * the `to` side (`<ins>`), so each side reads as that level's own text.
 */
function ChangeSide({
  change,
  side,
  rowLabel,
  labels,
}: {
  change: StatementChange;
  side: "from" | "to";
  rowLabel: string;
  labels: RungsLabels;
}) {
  const statement = sideOf(change, side);
  if (!statement) {
    return (
      <>
        <span className="rungs-compare__empty" aria-hidden="true">
          –
        </span>
        <span className="rungs-visually-hidden">{labels.emptyCell}</span>
      </>
    );
  }
  const subject = change.kind === "changed" ? change.subject : [{ kind: "same" as const, text: statement.subject }];
  const description =
    change.kind === "changed" ? change.description : [{ kind: "same" as const, text: statement.description }];
  // A rewritten statement keeps its diff for screen readers; the stylesheet shows it as
  // plain text under its badge (marking nearly every word would hide the words).
  const badge = change.kind === "changed" && change.rewritten ? labels.rewritten : labels[change.kind];
  // The theme header already names the theme; repeat a subject only where it differs.
  const showSubject = statement.subject !== "" && subjectKey(statement.subject) !== subjectKey(rowLabel);
  return (
    <div
      className="rungs-compare__statement"
      data-kind={change.kind}
      data-rewritten={change.kind === "changed" && change.rewritten ? "" : undefined}
      data-level={statement.levelKey}
    >
      {/* The kind in words, never by colour alone. */}
      <span className="rungs-compare__badge" data-kind={change.kind}>
        {badge}
      </span>
      {showSubject && (
        <p className="rungs-compare__subject">
          <DiffText parts={subject} side={side} labels={labels} />
        </p>
      )}
      <p className="rungs-compare__description">
        <DiffText parts={description} side={side} labels={labels} />
      </p>
    </div>
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
    if (part.kind === "same" || (part.kind === shown && part.text.trim() === "")) nodes.push(part.text);
    else if (part.kind === shown) {
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
