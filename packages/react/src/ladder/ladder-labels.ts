import type { RungsLabels } from "../shared/labels";

/**
 * The labels the ladder's client part uses: those of a self-assessment's announcements
 * ("Developing: 3 of 10 met."), the only text it makes; its server part renders the rest.
 * The server part resolves the host's labels and hands over only these, so the browser
 * gets neither every default nor the code that checks a host's labels. The type is built
 * from this list: a label the client part reads but the list lacks is a type error.
 */
const LADDER_LABEL_KEYS = [
  "locale",
  "progressChanged",
  "levelProgress",
  "currentChanged",
  "current",
  "currentCleared",
] as const satisfies readonly (keyof RungsLabels)[];

export type LadderLabels = Pick<RungsLabels, (typeof LADDER_LABEL_KEYS)[number]>;

/** The ladder client part's labels out of a full, resolved set. */
export function ladderLabels(labels: RungsLabels): LadderLabels {
  const picked: Partial<Record<keyof LadderLabels, unknown>> = {};
  for (const key of LADDER_LABEL_KEYS) picked[key] = labels[key];
  return picked as LadderLabels;
}
