import { markerAttributes } from "../shared/level-markers";
import type { LadderRung } from "./ladder-types";

/**
 * A rung's `<li>` attributes, the same in the accordion (ladder-client) and in the ladder
 * with no client part (static-ladder): its link target, its rank and level, whether it is
 * met, and its markers, which the stylesheet and hosts select on.
 */
export function rungItemAttributes(rung: LadderRung, idPrefix: string) {
  return {
    id: `${idPrefix}${rung.id}`,
    className: "rungs-rung",
    "data-rank": rung.rank,
    "data-level": rung.key,
    "data-met": rung.met ? "" : undefined,
    ...markerAttributes(rung.marker),
  };
}
