import { toWellFormed } from "@rungs/core";
import { isDevelopment } from "./dev";
import { FALLBACK_LOCALE, isUsableLocale, type PluralForms } from "./format-label";

export type { PluralForms } from "./format-label";

/**
 * Every string the components show or announce. Templates use `{name}` placeholders, and
 * counts choose their form with `Intl.PluralRules` for the `locale`, so labels stay plain
 * data that can cross from a server component to a client component.
 */
export interface RungsLabels {
  /** BCP 47 locale for plural rules and number formatting. */
  locale: string;
  /** `{title}`: the occupation title. Accessible name of the ladder. */
  ladder: string;
  /** `{position}`, `{total}`: a rung's position, read after its label. */
  position: string;
  /**
   * `{total}` (and `{position}`): used instead of `position` where a level's label already
   * says its number ("Level 1"), so the rung does not read "Level 1, Level 1 of 6".
   */
  positionOfTotal: string;
  /**
   * Read, not shown, between the parts of a rung's button (label, position, count, marker)
   * so a screen reader keeps them apart: "Emerging, Level 1 of 4, 10 statements".
   */
  nameSeparator: string;
  /** `{count}`, by plural category; `other` is required. */
  statementCount: PluralForms;
  current: string;
  target: string;
  /** Marks rungs between the current and the target level. */
  path: string;
  /** Shown in a rung that has no statements. */
  emptyLevel: string;
  /** `{title}`: the occupation title. */
  matrixCaption: string;
  /** Header of the matrix's theme column. */
  theme: string;
  /** Announced for an empty matrix cell. */
  emptyCell: string;
  /** Used where the occupation has no title. */
  untitled: string;
  sources: string;
  errorTitle: string;
  /** Names the whole input in the error panel when a problem's path is `""`. */
  errorRoot: string;
  /** `{count}` checked of `{total}`, by plural category of `{count}`: a rung's progress in a self-assessment. */
  levelProgress: PluralForms;
  /** `{count}`, `{total}`, by plural category of `{count}`: a rung's matches during a search. */
  levelMatchCount: PluralForms;
  /** Shown in a rung none of whose statements match the search query. */
  noMatchInLevel: string;
  /** `{query}`. Shown and announced when no statement matches the search query. */
  noMatch: string;
  /** `{count}`, `{query}`, by plural category: announced when a search query finds statements. */
  matchCount: PluralForms;
  /** `{title}`, `{from}`, `{to}` (level labels). Caption of a comparison of two levels. */
  compareCaption: string;
  /** `{kept}`, `{changed}`, `{added}`, `{removed}`: how many statements of each kind a comparison has. */
  compareSummary: string;
  /** Badge of a statement on both levels, unchanged. */
  kept: string;
  /** Badge of a statement reworded from one level to the other. */
  changed: string;
  /** Badge of a changed statement that keeps few of its words, shown whole instead of as a diff. */
  rewritten: string;
  /** Badge of a statement only on the level compared to. */
  added: string;
  /** Badge of a statement only on the level compared from. */
  removed: string;
  /** Announced before words a changed statement inserts (read with the `<ins>` text). */
  inserted: string;
  /** Announced before words a changed statement drops (read with the `<del>` text). */
  deleted: string;
  /** `{key}`. Shown when a comparison names a level the framework does not have. */
  unknownLevel: string;
  /**
   * Names the focusable container a wide table scrolls in. Short on purpose: the table
   * inside is named by its caption, and a screen reader should not hear the caption twice.
   */
  scrollableTable: string;
  /** Header of the matrix's and the comparison's row group of statements without an area, in a framework with areas. */
  otherArea: string;
  /**
   * `{level}` (a level's label), `{progress}` (its `levelProgress`): announced (politely)
   * when checking a statement changes a rung's progress.
   */
  progressChanged: string;
  /** `{current}` (the `current` label), `{level}`: announced when "You are here" moves to a level. */
  currentChanged: string;
  /** Announced when the checked statements no longer reach any level. */
  currentCleared: string;
  /** Heading of `AssessmentSummary`. */
  summaryTitle: string;
  /** Names the level reached in `AssessmentSummary`; the level's label follows it. */
  levelReached: string;
  /** Shown in `AssessmentSummary` instead of a level's label while no level is reached. */
  noLevelYet: string;
  /** Shown in `AssessmentSummary` while nothing is checked. */
  summaryEmpty: string;
  /** Heading of the progress of every level in `AssessmentSummary`. */
  progressTitle: string;
  /** `{count}`, `{level}`, by plural category of `{count}`: heading of the gap to the target level. */
  gapTitle: PluralForms;
  /** `{level}`: shown when every statement needed for the target level is checked. */
  gapEmpty: string;
  /** Shown when no level is left above the one reached. */
  topLevelReached: string;
  /** `{name}`: the host-given name on a printed development plan. */
  planFor: string;
  /** `{date}`: the host-given date on a printed development plan. */
  planDate: string;
  /** The button that copies (or shares) a link to the result. */
  shareLink: string;
  /** Announced when the link is on the clipboard. */
  linkCopied: string;
  /** Announced when the clipboard cannot be used; the link is then shown to copy by hand. */
  copyByHand: string;
  /** Announced when `shareUrl` is not an address a link may go to (not http(s), or another origin by a relative form). */
  linkUnavailable: string;
  /** Names the read-only field that shows the link to copy by hand. */
  shareLinkField: string;
  /** The button that unchecks every statement. */
  startOver: string;
  /** `{title}`: the occupation title. Names `LevelStepper`'s list of levels. */
  stepper: string;
  /** `{level}`, `{position}`, `{total}`: `LevelStepper`'s summary of the current level ("Developing · level 2 of 4"). */
  stepperSummary: string;
  /** `{count}`, by plural category: `LevelStepper`'s summary when no current level is given. */
  levelCount: PluralForms;
  /** `{target}` (the `target` label), `{level}`: the target part of `LevelStepper`'s summary. */
  stepperTarget: string;
  /** Joins the parts of `LevelStepper`'s summary. */
  stepperSeparator: string;
  /** Badge of a ladder statement (with `showSteps`) whose theme has no statement on the level below. */
  newAtLevel: string;
  /** `{subject}`: badge of a ladder statement (with `showSteps`) that continues one of the level below. */
  continuesFrom: string;
  /** `{count}`, by plural category: the new statements of a rung (with `showSteps`). */
  newCount: PluralForms;
  /** `{count}`, by plural category: the statements of a rung that continue one below (with `showSteps`). */
  continuedCount: PluralForms;
  /** `{new}`, `{continued}` (`newCount`, `continuedCount`): a rung's summary with `showSteps`. */
  stepSummary: string;
  /** (1.1) Heading of the ladder's statements expected at every level, shown once before the rungs. */
  everyLevelTitle: string;
  /**
   * (1.1) `{level}` (the label of the level below, a link to its rung), `{count}` (how many
   * levels are below), by plural category of `{count}`: said in each rung of a cumulative
   * framework above the first.
   */
  includesLevelsBelow: PluralForms;
  /** (1.1) `{proficiency}`: a statement's proficiency, as the author labels it ("Adopts"). */
  proficiency: string;
  /** (1.1) `{count}`, by plural category: what a statement's disclosure holds when it has examples only. */
  examplesSummary: PluralForms;
  /** (1.1) What a statement's disclosure holds when it has a note only. */
  notesSummary: string;
  /** (1.1) `{examples}` (its `examplesSummary`): what a statement's disclosure holds when it has both. */
  examplesAndNotesSummary: string;
  /** (1.1) `{title}`: the occupation title. Accessible name of the track switcher's navigation. */
  tracks: string;
  /** (1.1) `{key}`: the alert a view shows for a `track` that is no track of the framework. */
  unknownTrack: string;
  /** (1.1) Names a rung's equivalent levels in the other tracks (a term of the level's details). */
  equivalentTo: string;
  /** (1.1) `{level}` (the level's label, a link to it), `{track}` (its track's label): one equivalent level. */
  equivalentLevel: string;
}

/** How to check each label: a string, or plural forms; `locale` has its own check. */
type LabelKind = "string" | "plural";

export const defaultLabels: RungsLabels = {
  locale: "en",
  ladder: "{title}: career ladder",
  position: "Level {position} of {total}",
  positionOfTotal: "of {total}",
  nameSeparator: ", ",
  statementCount: { one: "{count} statement", other: "{count} statements" },
  current: "You are here",
  target: "Target",
  path: "On your path",
  emptyLevel: "No statements at this level.",
  matrixCaption: "{title}: progression by level",
  theme: "Theme",
  emptyCell: "No statement at this level",
  untitled: "Untitled framework",
  sources: "Sources",
  errorTitle: "This career framework cannot be shown right now.",
  errorRoot: "(whole input)",
  levelProgress: { other: "{count} of {total} met" },
  levelMatchCount: { one: "{count} of {total} matches", other: "{count} of {total} match" },
  noMatchInLevel: "No statement matches.",
  noMatch: "No statement matches “{query}”.",
  matchCount: { one: "{count} statement matches “{query}”.", other: "{count} statements match “{query}”." },
  compareCaption: "{title}: {from} compared with {to}",
  compareSummary: "{kept} kept, {changed} changed, {added} added, {removed} removed",
  kept: "Kept",
  changed: "Changed",
  rewritten: "Rewritten",
  added: "Added",
  removed: "Removed",
  inserted: "inserted:",
  deleted: "removed:",
  unknownLevel: "There is no level “{key}” in this framework.",
  scrollableTable: "Scrollable table",
  otherArea: "Other",
  progressChanged: "{level}: {progress}.",
  currentChanged: "{current}: {level}.",
  currentCleared: "No level reached.",
  summaryTitle: "Your result",
  levelReached: "Level reached:",
  noLevelYet: "No level yet",
  summaryEmpty: "Check the statements you do to see your level.",
  progressTitle: "Progress by level",
  gapTitle: { one: "{count} statement to reach {level}", other: "{count} statements to reach {level}" },
  gapEmpty: "Nothing left to reach {level}.",
  topLevelReached: "You have reached the top level.",
  planFor: "Development plan for {name}",
  planDate: "Date: {date}",
  shareLink: "Copy link to this result",
  linkCopied: "Link copied to the clipboard.",
  copyByHand: "The link could not be copied. Copy it from the field below.",
  linkUnavailable: "No link can be made to this result.",
  shareLinkField: "Link to this result",
  startOver: "Start over",
  stepper: "{title}: levels",
  stepperSummary: "{level} · level {position} of {total}",
  levelCount: { one: "{count} level", other: "{count} levels" },
  stepperTarget: "{target}: {level}",
  stepperSeparator: " · ",
  newAtLevel: "New at this level",
  continuesFrom: "Continues “{subject}”",
  newCount: { other: "{count} new" },
  continuedCount: { one: "{count} continues", other: "{count} continue" },
  stepSummary: "{new}, {continued}",
  everyLevelTitle: "Expected at every level",
  includesLevelsBelow: {
    one: "Includes everything expected at {level}.",
    other: "Includes everything expected at {level} and below.",
  },
  proficiency: "Proficiency: {proficiency}",
  examplesSummary: { one: "{count} example", other: "{count} examples" },
  notesSummary: "Notes",
  examplesAndNotesSummary: "{examples} and notes",
  tracks: "{title}: tracks",
  unknownTrack: "There is no track “{key}” in this framework.",
  equivalentTo: "Equivalent to",
  equivalentLevel: "{level}, {track} track",
};

/** The locale used when the host's is missing or unusable: never the runtime's default, which differs between server and client. */

const LABEL_KINDS: Readonly<Record<Exclude<keyof RungsLabels, "locale">, LabelKind>> = Object.fromEntries(
  Object.entries(defaultLabels)
    .filter(([key]) => key !== "locale")
    .map(([key, value]) => [key, typeof value === "string" ? "string" : "plural"]),
) as Record<Exclude<keyof RungsLabels, "locale">, LabelKind>;

const PLURAL_CATEGORIES = ["zero", "one", "two", "few", "many", "other"] as const;

/** Labels this module built: complete and checked, so they are used as they are. */
const resolved = new WeakSet<RungsLabels>([defaultLabels]);

/**
 * The defaults with the host's replacements on top. A replacement that is `undefined` keeps
 * the default; one that is unusable (a locale `Intl` does not support, a template that is
 * not a string, plural forms without a string `other`) is replaced by the default, with a
 * warning in development. Never throws, whatever `labels` holds.
 */
export function resolveLabels(labels: Partial<RungsLabels> | undefined): RungsLabels {
  if (labels === undefined || labels === null) return defaultLabels;
  if (typeof labels !== "object") {
    warnOnce(`labels must be an object; found ${describe(labels)}. The default labels are used.`);
    return defaultLabels;
  }
  if (resolved.has(labels as RungsLabels)) return labels as RungsLabels;
  const result: RungsLabels = { ...defaultLabels };
  const given = labels as Record<string, unknown>;
  for (const key of Object.keys(defaultLabels) as (keyof RungsLabels)[]) {
    let value: unknown;
    try {
      value = given[key];
    } catch {
      warnOnce(`labels.${key} could not be read. Its default is used.`);
      continue;
    }
    if (value === undefined) continue;
    if (key === "locale") {
      if (typeof value === "string" && isUsableLocale(value)) result.locale = value;
      else {
        warnOnce(
          `labels.locale must be a BCP 47 locale this runtime's Intl supports; found ${describe(value)}. ` +
            `"${FALLBACK_LOCALE}" is used (never the runtime's default, which can differ between server and client).`,
        );
      }
      continue;
    }
    const checked =
      LABEL_KINDS[key] === "string"
        ? typeof value === "string"
          ? toWellFormed(value)
          : undefined
        : pluralForms(value);
    if (checked === undefined) {
      const expected =
        LABEL_KINDS[key] === "string" ? "a string" : "plural forms: an object of strings with at least `other`";
      warnOnce(`labels.${key} must be ${expected}; found ${describe(value)}. Its default is used.`);
    } else {
      (result as unknown as Record<string, unknown>)[key] = checked;
    }
  }
  resolved.add(result);
  return result;
}

/** Plural forms with every given category a string and `other` present, else `undefined`. */
function pluralForms(value: unknown): PluralForms | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  try {
    for (const category of PLURAL_CATEGORIES) {
      const form = (value as Record<string, unknown>)[category];
      if (typeof form === "string") forms[category] = toWellFormed(form);
      else if (form !== undefined) return undefined;
    }
  } catch {
    return undefined;
  }
  return forms.other === undefined ? undefined : (forms as PluralForms);
}

/** Problems already warned about: each is said once, however often the labels are resolved. */
const warned = new Set<string>();
const WARNINGS_KEPT = 100;

function warnOnce(message: string): void {
  if (!isDevelopment() || warned.has(message) || warned.size >= WARNINGS_KEPT) return;
  warned.add(message);
  console.warn(`Rungs: ${message}`);
}

/** A found value in words, without calling anything on it (it may be hostile). */
function describe(value: unknown): string {
  if (typeof value === "string") {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return value === "" ? "an empty string" : `the string ${JSON.stringify(shown)}`;
  }
  if (value === null) return "null";
  try {
    if (Array.isArray(value)) return "an array";
  } catch {
    // A revoked Proxy: only its type can be said.
  }
  if (typeof value === "number" || typeof value === "boolean") return `the ${typeof value} ${String(value)}`;
  return `a value of type ${typeof value}`;
}
