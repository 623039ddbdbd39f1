import type { CreativeWork, DefinedTerm, DefinedTermSet, IdReference } from "schema-dts";
import type { Area, Framework, Level, Statement, Track } from "../model/types";

// (1.1) What a framework of format 1.1 says beyond the occupation's skills, as schema.org
// parts of the framework's work (`subjectOf`). The occupation's `skills` stay the default
// track's levels, each statement once (what every 1.0 reader of this data expects):
// `Occupation.skills` takes a `DefinedTerm` or text, never a set, so an area, a track or
// the every-level statements cannot be skills themselves. `DefinedTermSet` is a
// `CreativeWork`, so each is a part (`hasPart`) of the framework: an area is a set whose
// `hasDefinedTerm` are its statements — by reference (`{"@id": "_:statement-<id>"}`), as
// each statement is written once, where its level is, and a JSON-LD processor joins the
// references to it; a track is a `CreativeWork` whose parts are its level sets; the
// statements expected at every level are a set of their own, a part of the framework or
// of their track. A level's description is its set's `description`. Level details,
// proficiency, examples, notes and `cumulative` have no schema.org property on a term or
// a set and are left out (the framework's own formats carry them).

/** What the writers of sets share: the language, and whether terms carry an `@id`. */
export interface SetContext {
  readonly inLanguage: string | undefined;
  /** True when areas refer to terms, which then carry `@id: _:statement-<id>`. */
  readonly termIds: boolean;
}

/** A blank node per statement (statement ids are unique in a framework): what an area refers to. */
export function termId(statement: Statement): string {
  return `_:statement-${statement.id}`;
}

/** The level as a set: its label, rung and description; the track it is part of, when there are several. */
export function levelSet(level: Level, context: SetContext, track?: Track): DefinedTermSet {
  return {
    "@type": "DefinedTermSet",
    // A blank node: a name for the set inside this document that claims no address on the web.
    "@id": `_:level-${level.id}`,
    name: level.label || level.key,
    position: level.rank + 1,
    ...(level.description !== undefined && { description: level.description }),
    ...(context.inLanguage !== undefined && { inLanguage: context.inLanguage }),
    ...(track !== undefined && { isPartOf: { "@id": trackId(track) } }),
  };
}

/** A statement as a term: what it is about as the term, what the person does as its definition. */
export function term(statement: Statement, context: SetContext, set?: DefinedTermSet): DefinedTerm {
  const hasSubject = statement.subject !== "";
  return {
    "@type": "DefinedTerm",
    ...(context.termIds && { "@id": termId(statement) }),
    name: hasSubject ? statement.subject : statement.description,
    ...(hasSubject && statement.description !== "" && { description: statement.description }),
    termCode: statement.id,
    ...(set !== undefined && { inDefinedTermSet: set }),
  };
}

/**
 * The framework's parts beyond the default track's levels: each other track (with its
 * levels and their terms), the every-level statements (of the framework, or of a track),
 * and each area. Empty for a 1.0 framework.
 */
export function ladderParts(framework: Framework, context: SetContext): CreativeWork[] {
  const parts: CreativeWork[] = [];
  const { tracks } = framework;
  const several = tracks.length > 1;
  // Core gives every track without a list of its own the framework's, the same array.
  const uses = new Map<readonly Statement[], number>();
  for (const track of tracks) uses.set(track.allLevels, (uses.get(track.allLevels) ?? 0) + 1);
  const shared = tracks.find((track) => !several || (uses.get(track.allLevels) ?? 0) > 1)?.allLevels;
  if (shared && shared.length > 0) parts.push(everyLevelSet(shared, "_:all-levels", context));
  if (several) {
    tracks.forEach((track, index) => {
      parts.push(trackWork(track, index === 0, track.allLevels === shared ? undefined : track.allLevels, context));
    });
  }
  parts.push(...areaSets(framework, context));
  return parts;
}

/**
 * A track as a work whose parts are its level sets: the default track's by reference (its
 * sets are written with the occupation's skills), any other's in full, with their terms.
 * Every-level statements that only this track takes are its part.
 */
function trackWork(
  track: Track,
  isDefault: boolean,
  own: readonly Statement[] | undefined,
  context: SetContext,
): CreativeWork {
  const levels = track.levels.map((level): DefinedTermSet | IdReference => {
    // The default track's sets are written with the skills, but only a level's with statements.
    if (isDefault && level.statements.length > 0) return { "@id": `_:level-${level.id}` };
    const set = levelSet(level, context);
    return {
      ...set,
      ...(level.statements.length > 0 && { hasDefinedTerm: level.statements.map((s) => term(s, context)) }),
    };
  });
  const everyLevel = own && own.length > 0 ? [everyLevelSet(own, `_:all-levels-${track.id}`, context)] : [];
  return {
    "@type": "CreativeWork",
    "@id": trackId(track),
    name: track.label || track.key,
    ...(track.description !== undefined && { description: track.description }),
    ...(context.inLanguage !== undefined && { inLanguage: context.inLanguage }),
    hasPart: [...levels, ...everyLevel],
  };
}

function trackId(track: Track): string {
  return `_:track-${track.id}`;
}

/**
 * The statements expected at every level as a set. It has no `name`: any would be Rungs'
 * words (in English) inside data its author wrote in their own language; it is the set
 * with no `position` among the levels.
 */
function everyLevelSet(statements: readonly Statement[], id: string, context: SetContext): DefinedTermSet {
  return {
    "@type": "DefinedTermSet",
    "@id": id,
    ...(context.inLanguage !== undefined && { inLanguage: context.inLanguage }),
    hasDefinedTerm: statements.map((statement) => term(statement, context)),
  };
}

/** Each area as a set of the statements that belong to it, each once, by reference (one pass over them). */
function areaSets(framework: Framework, context: SetContext): DefinedTermSet[] {
  const members = new Map<string, IdReference[]>(framework.areas.map((area) => [area.key, []]));
  const seen = new Set<string>();
  const add = (statement: Statement) => {
    if (statement.area === undefined || seen.has(statement.id)) return;
    seen.add(statement.id);
    members.get(statement.area)?.push({ "@id": termId(statement) });
  };
  for (const track of framework.tracks) {
    for (const level of track.levels) level.statements.forEach(add);
    track.allLevels.forEach(add);
  }
  return framework.areas.map((area) => areaSet(area, members.get(area.key) ?? [], context));
}

function areaSet(area: Area, members: readonly IdReference[], context: SetContext): DefinedTermSet {
  return {
    "@type": "DefinedTermSet",
    "@id": `_:area-${area.id}`,
    name: area.label || area.key,
    ...(area.description !== undefined && { description: area.description }),
    ...(context.inLanguage !== undefined && { inLanguage: context.inLanguage }),
    ...(members.length > 0 && { hasDefinedTerm: [...members] }),
  };
}
