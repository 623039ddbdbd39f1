import type { AreaProfile as AreaProfileData, LevelAreaShares } from "@rungs/core";
import {
  BAR_ROW,
  BARS,
  barsHeight,
  barWidth,
  chartShape,
  labelLines,
  RADAR,
  radarLabel,
  radarPoint,
  radarPolygon,
  radarRing,
} from "./area-profile-geometry";

/** Line height of a name in the chart, in its user units (its font size is 13). */
const LINE = 15;
const RINGS = [0.25, 0.5, 0.75, 1] as const;

/**
 * The picture of the profile: a radar for 3 to 10 areas, bars otherwise. Hidden from
 * assistive technology (`aria-hidden`): the table beside it holds every number, so a
 * screen reader reads them once, as a table. Every coordinate comes from
 * `area-profile-geometry.ts`; colours come from the stylesheet (classes and
 * `data-series`), so themes, dark, forced colours and print restyle it.
 */
export function AreaProfileChart({ profile, names }: { profile: AreaProfileData; names: readonly string[] }) {
  const series = [profile.target, profile.current].filter((side): side is LevelAreaShares => side !== undefined);
  const kind = (side: LevelAreaShares) => (side === profile.current ? "current" : "target");
  return chartShape(names.length) === "radar" ? (
    <Radar names={names} series={series} kind={kind} />
  ) : (
    <Bars names={names} profile={profile} />
  );
}

function Radar({
  names,
  series,
  kind,
}: {
  names: readonly string[];
  series: readonly LevelAreaShares[];
  kind: (side: LevelAreaShares) => "current" | "target";
}) {
  const count = names.length;
  return (
    <svg
      className="rungs-profile__chart"
      data-shape="radar"
      viewBox={`0 0 ${RADAR.width} ${RADAR.height}`}
      aria-hidden="true"
      focusable="false"
      direction="ltr"
    >
      <g className="rungs-profile__grid">
        {RINGS.map((share) => (
          <polygon key={share} points={radarRing(count, share)} fill="none" />
        ))}
        {names.map((_name, index) => {
          const end = radarPoint(index, count, 1);
          // biome-ignore lint/suspicious/noArrayIndexKey: the axes are the areas in their order, fixed for the chart.
          return <line key={index} x1={RADAR.cx} y1={RADAR.cy} x2={end.x} y2={end.y} />;
        })}
      </g>
      {series.map((side) => {
        const shares = side.shares.map((share) => share.ratio);
        return (
          <g key={kind(side)} className="rungs-profile__series" data-series={kind(side)}>
            <polygon className="rungs-profile__area" points={radarPolygon(shares)} />
            {shares.map((share, index) => {
              const point = radarPoint(index, count, share);
              return kind(side) === "current" ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: one marker per axis, in axis order.
                <circle key={index} className="rungs-profile__marker" cx={point.x} cy={point.y} r={4.5} />
              ) : (
                <rect
                  // biome-ignore lint/suspicious/noArrayIndexKey: one marker per axis, in axis order.
                  key={index}
                  className="rungs-profile__marker"
                  x={point.x - 4}
                  y={point.y - 4}
                  width={8}
                  height={8}
                />
              );
            })}
          </g>
        );
      })}
      {names.map((name, index) => {
        const place = radarLabel(index, count);
        const lines = labelLines(name);
        // Above the top, the last line sits on the point; below, the first; at the sides, centred.
        const first =
          place.anchor === "middle" && !place.below
            ? place.y - (lines.length - 1) * LINE
            : place.below
              ? place.y + LINE - 4
              : place.y + 4 - ((lines.length - 1) * LINE) / 2;
        return (
          <text
            // biome-ignore lint/suspicious/noArrayIndexKey: one name per axis, in axis order.
            key={index}
            className="rungs-profile__name"
            x={place.x}
            y={first}
            textAnchor={place.anchor}
            fontSize={13}
          >
            {lines.map((line, number) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one name, in order.
              <tspan key={number} x={place.x} dy={number === 0 ? 0 : LINE}>
                {line}
              </tspan>
            ))}
          </text>
        );
      })}
    </svg>
  );
}

/** One row per area: its name, then a bar for the level reached and one for the target. */
function Bars({ names, profile }: { names: readonly string[]; profile: AreaProfileData }) {
  return (
    <svg
      className="rungs-profile__chart"
      data-shape="bars"
      viewBox={`0 0 ${BARS.width} ${barsHeight(names.length)}`}
      aria-hidden="true"
      focusable="false"
      direction="ltr"
    >
      {names.map((name, index) => {
        const top = index * BAR_ROW;
        const bars = [
          ["current", profile.current?.shares[index]?.ratio],
          ["target", profile.target?.shares[index]?.ratio],
        ] as const;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: one row per area, in the framework's order.
          <g key={index}>
            <text className="rungs-profile__name" x={0} y={top + 14} fontSize={13}>
              {labelLines(name, 70, 1)[0]}
            </text>
            {bars.map(([series, share], slot) => {
              const y = top + BARS.label + slot * (BARS.bar + BARS.gap);
              return (
                share !== undefined && (
                  <g key={series} className="rungs-profile__series" data-series={series}>
                    <rect className="rungs-profile__track" x={0} y={y} width={BARS.width} height={BARS.bar} />
                    <rect className="rungs-profile__bar" x={0} y={y} width={barWidth(share)} height={BARS.bar} />
                  </g>
                )
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
