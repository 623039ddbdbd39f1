import type { Area, Framework, Level, Statement, Track } from "../model/types";
import { DEFAULT_TRACK_KEY } from "./default-track";
import { quote } from "./describe";
import { isUnreadable, readObject } from "./fields";
import { checkAuthorIds, distinctGroupIds, renamed, type StatementGroup } from "./final-ids";
import { fieldNames } from "./format-fields";
import { UniqueIds } from "./ids";
import { child, type Location, ROOT } from "./location";
import { readAreas } from "./read-areas";
import type { Context } from "./read-context";
import { optionalBoolean, optionalText } from "./read-field";
import { readLevels } from "./read-levels";
import { readStatements } from "./read-statements";
import { readTracks, type TrackDraft } from "./read-tracks";

/** What `framework` holds, as the parsed framework has it. */
export interface Body {
  readonly meta: Pick<Framework, "version" | "description" | "contextCovered">;
  readonly levels: readonly Level[];
  readonly areas: readonly Area[];
  readonly tracks: readonly Track[];
}

/**
 * Reads `framework`: its texts, and the levels — of `framework.levels`, or (1.1) of each of
 * `framework.tracks` — with the areas and every-level statements. `title` labels the one
 * track of a file with `framework.levels`. Undefined after an error.
 */
export function readBody(value: unknown, title: string | undefined, context: Context): Body | undefined {
  const { reader } = context;
  const at = child(ROOT, "framework");
  if (value === undefined) {
    reader.error(ROOT, "missing-field", "framework is missing; expected an object with the levels.");
    return undefined;
  }
  const fields = readObject(value, at, fieldNames("framework", context.minor), reader, "an object with the levels");
  if (!fields) return undefined;
  const version = optionalText(fields.version, child(at, "version"), context);
  const description = optionalText(fields.description, child(at, "description"), context);
  const contextCovered = optionalText(fields.contextCovered, child(at, "contextCovered"), context);
  const meta = {
    ...(version !== undefined && { version }),
    ...(description !== undefined && { description }),
    ...(contextCovered !== undefined && { contextCovered }),
  };
  // Read before the statements, which name them.
  const areas =
    fields.areas === undefined
      ? isUnreadable(fields, "areas")
        ? undefined
        : NO_AREAS
      : readAreas(fields.areas, child(at, "areas"), context);
  const cumulative =
    fields.cumulative === undefined ? undefined : optionalBoolean(fields.cumulative, child(at, "cumulative"), context);
  if (fields.levels !== undefined && fields.tracks !== undefined) {
    reader.error(
      child(at, "tracks"),
      "invalid-value",
      "framework has both levels and tracks; a file has one or the other (put the levels in a track).",
    );
    return undefined;
  }
  const levelIds = new UniqueIds();
  let drafts: TrackDraft[] | undefined;
  if (fields.tracks !== undefined || isUnreadable(fields, "tracks")) {
    drafts = isUnreadable(fields, "tracks")
      ? undefined
      : readTracks(fields.tracks, child(at, "tracks"), levelIds, context);
  } else {
    const levels = isUnreadable(fields, "levels")
      ? undefined
      : readLevels(
          fields.levels,
          child(at, "levels"),
          {
            parentAt: at,
            levelIds,
            idPrefix: "",
            needs: "a framework needs at least one level.",
          },
          context,
        );
    drafts = levels && [{ key: DEFAULT_TRACK_KEY, id: DEFAULT_TRACK_KEY, label: title ?? "", levels }];
  }
  if (!drafts || !areas || isUnreadable(fields, "allLevels")) return undefined;
  const fromTracks = fields.tracks !== undefined;
  const tracks = finishTracks(drafts, fromTracks, fields.allLevels, at, cumulative, levelIds, context);
  if (!tracks) return undefined;
  return { meta, levels: (tracks[0] as Track).levels, areas, tracks };
}

/**
 * The tracks with their every-level statements and final ids: read once every level id is
 * taken, so an `allLevels` id (`all`, `<track id>-all`) is no level's; then every id made
 * distinct from every statement id, the authors' ids checked, and the equivalences.
 */
function finishTracks(
  drafts: readonly TrackDraft[],
  fromTracks: boolean,
  sharedValue: unknown,
  bodyAt: Location,
  sharedCumulative: boolean | undefined,
  levelIds: UniqueIds,
  context: Context,
): readonly Track[] | undefined {
  const [first] = drafts;
  if (first && drafts.length === 1 && sharedValue === undefined && first.allLevels === undefined) {
    return Object.freeze([oneTrack(first, fromTracks, sharedCumulative, context)]);
  }
  const groups: StatementGroup[] = drafts.flatMap((draft) => draft.levels);
  const readGroup = (value: unknown, at: Location, base: string): StatementGroup | undefined => {
    const id = levelIds.take(base);
    const statements = readStatements(value, at, "", id, undefined, context);
    if (!statements) return undefined;
    const group = { id, statements };
    groups.push(group);
    return group;
  };
  let failed = false;
  const sharedAt = child(bodyAt, "allLevels");
  // Every track with its own: the framework's are checked, but take no id that could make
  // another renamed, since no track shows them.
  const sharedUsed = drafts.some((draft) => draft.allLevels === undefined);
  const shared = sharedValue === undefined || !sharedUsed ? undefined : readGroup(sharedValue, sharedAt, "all");
  if (
    sharedValue !== undefined &&
    (sharedUsed ? !shared : !readStatements(sharedValue, sharedAt, "", "all", undefined, context))
  ) {
    failed = true;
  }
  const own = drafts.map((draft) => {
    if (draft.allLevels === undefined || !draft.allLevelsAt) return undefined;
    const group = readGroup(draft.allLevels, draft.allLevelsAt, `${draft.id}-all`);
    if (!group) failed = true;
    return group;
  });
  if (failed) return undefined;

  // One pass over every group, so a level of one track cannot take a statement id of another.
  const ids = distinctGroupIds(groups, context);
  // Most frameworks (every 1.0 file without a clash) keep every id: nothing is made again.
  const final = ids && new Map<StatementGroup, StatementGroup>();
  groups.forEach((group, index) => {
    const id = ids?.[index] ?? group.id;
    if (id !== group.id) {
      final?.set(group, Object.freeze({ ...group, id, statements: renamed(group.statements, id, context) }));
    }
  });
  const finalOf = <T extends StatementGroup>(group: T): T => (final?.get(group) as T | undefined) ?? group;
  if (context.authored) checkAuthorIds(groups.map(finalOf), context);

  const allLevelsOf = (group: StatementGroup | undefined): readonly Statement[] =>
    group ? finalOf(group).statements : EMPTY;
  const tracks = drafts.map((draft, index) => {
    const levels = Object.freeze(final ? draft.levels.map((level) => finalOf(level)) : draft.levels);
    return Object.freeze({
      key: draft.key,
      id: draft.id,
      label: draft.label,
      ...(draft.description !== undefined && { description: draft.description }),
      levels,
      allLevels: allLevelsOf(own[index] ?? shared),
      cumulative: draft.cumulative ?? sharedCumulative ?? false,
    });
  });
  if (context.equivalences) checkEquivalences(tracks, fromTracks, context);
  return Object.freeze(tracks);
}

/**
 * The one track of a file without every-level statements (every 1.0 file), the short way:
 * no groups to gather, and its levels kept as they are unless an id clashes.
 */
function oneTrack(
  draft: TrackDraft,
  fromTracks: boolean,
  sharedCumulative: boolean | undefined,
  context: Context,
): Track {
  const ids = distinctGroupIds(draft.levels, context);
  const levels = ids
    ? draft.levels.map((level, index) => {
        const id = ids[index] as string;
        return id === level.id
          ? level
          : Object.freeze({ ...level, id, statements: renamed(level.statements, id, context) });
      })
    : draft.levels;
  if (context.authored) checkAuthorIds(levels, context);
  const cumulative = draft.cumulative ?? sharedCumulative ?? false;
  // A literal without a spread when there is no description (every 1.0 file): a spread costs
  // a runtime call per parse.
  const track: Track = Object.freeze(
    draft.description === undefined
      ? {
          key: draft.key,
          id: draft.id,
          label: draft.label,
          levels: Object.freeze(levels),
          allLevels: EMPTY,
          cumulative,
        }
      : {
          key: draft.key,
          id: draft.id,
          label: draft.label,
          description: draft.description,
          levels: Object.freeze(levels),
          allLevels: EMPTY,
          cumulative,
        },
  );
  if (context.equivalences) checkEquivalences([track], fromTracks, context);
  return track;
}

const EMPTY: readonly Statement[] = Object.freeze([]);
const NO_AREAS: readonly Area[] = Object.freeze([]);

/** (1.1) Each `equivalentTo` entry must name another track of the file and a level of it. */
function checkEquivalences(tracks: readonly Track[], hasTracks: boolean, context: Context): void {
  for (const { track, level, at } of context.equivalences ?? []) {
    const other = hasTracks ? tracks.find((candidate) => candidate.key === track) : undefined;
    if (!other) {
      context.reader.error(
        at,
        "invalid-value",
        hasTracks
          ? `${at.human} names the track ${quote(track)}, which is not a key of framework.tracks.`
          : `${at.human} names the track ${quote(track)}, but the file has no framework.tracks.`,
      );
    } else if (!other.levels.some((candidate) => candidate.key === level)) {
      context.reader.error(
        at,
        "invalid-value",
        `${at.human} names the level ${quote(level)}, which the track ${quote(track)} does not have.`,
      );
    }
  }
}
