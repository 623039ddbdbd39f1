import type { AreaProfile as AreaProfileData, AreaShare, LevelAreaShares } from "@rungs/core";
import { formatLabel, formatNumber } from "../shared/format-label";
import type { AreaProfileLabels } from "./area-profile-labels";

/**
 * The chart's numbers as a real table, its accessible alternative and what prints: a row
 * per area (a row header), a column for the level reached and one for the target, each
 * cell "3 of 5 (60%)" or "None expected". Always visible: the numbers are the content,
 * the picture only shows their shape.
 */
export function AreaProfileTable({
  profile,
  names,
  labels,
}: {
  profile: AreaProfileData;
  names: readonly string[];
  labels: AreaProfileLabels;
}) {
  const columns: [LevelAreaShares, string][] = [];
  if (profile.current) columns.push([profile.current, labels.currentColumn]);
  if (profile.target) columns.push([profile.target, labels.targetColumn]);
  return (
    <table className="rungs-profile__table">
      <caption className="rungs-profile__caption">{labels.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{labels.area}</th>
          {columns.map(([side, template]) => (
            <th key={side.level.key} scope="col" data-series={side === profile.current ? "current" : "target"}>
              {formatLabel(template, { level: side.level.label })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {names.map((name, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: one row per area, in the framework's order.
          <tr key={index}>
            <th scope="row">{name}</th>
            {columns.map(([side]) => (
              <td key={side.level.key}>{cellText(side.shares[index], labels)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function cellText(share: AreaShare | undefined, labels: AreaProfileLabels): string {
  if (!share || share.total === 0) return labels.nothingExpected;
  return formatLabel(labels.share, {
    checked: formatNumber(share.checked, labels.locale),
    total: formatNumber(share.total, labels.locale),
    percent: formatPercent(share.ratio, labels.locale),
  });
}

/** A share as a whole percentage for the locale ("60%", "60 %"). The locale is checked already. */
function formatPercent(ratio: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(ratio);
}
