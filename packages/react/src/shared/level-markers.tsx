import type { LevelMarker } from "@rungs/core";
import type { RungsLabels } from "./labels";

type MarkerKind = "current" | "target" | "path";

/** Which marker a level has, if any: the one its text says. */
export function markerKind(marker: LevelMarker | undefined): MarkerKind | undefined {
  if (marker?.current) return "current";
  if (marker?.target) return "target";
  if (marker?.path) return "path";
  return undefined;
}

/** Says in words what a level's marker means ("You are here"), so it never relies on colour alone. */
export function Marker({ marker, labels }: { marker: LevelMarker | undefined; labels: Pick<RungsLabels, MarkerKind> }) {
  const kind = markerKind(marker);
  return kind ? (
    <span className="rungs-marker" data-kind={kind}>
      {labels[kind]}
    </span>
  ) : null;
}

/** `data-*` attributes that expose a marker to styles. */
export function markerAttributes(marker: LevelMarker | undefined) {
  return {
    "data-current": marker?.current ? "" : undefined,
    "data-target": marker?.target ? "" : undefined,
    "data-path": marker?.path ? "" : undefined,
  };
}
