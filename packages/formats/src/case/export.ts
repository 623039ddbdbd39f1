import {
  type AlignOptions,
  type Area,
  alignThemes,
  type Framework,
  type Level,
  type Statement,
  type ThemeRow,
  type Track,
} from "@rungs/core";
import { ladderToWrite } from "../json/write-ladder";
import type { StatementJson } from "../shared/framework-json";
import { dateTimeKind } from "./date-time";
import { CaseIdentifiers } from "./identifiers";
import { writeItemNotes } from "./item-notes";
import {
  ALL_LEVELS_ITEM_TYPE,
  AREA_ASSOCIATION,
  AREA_ITEM_TYPE,
  EQUIVALENCE_ASSOCIATION,
  LEVEL_ITEM_TYPE,
  STATEMENT_ITEM_TYPE,
  TRACK_ITEM_TYPE,
} from "./item-types";
import { notesOf, writeNotes } from "./notes";
import type {
  CaseAssociation,
  CaseAssociationGrouping,
  CaseAssociationType,
  CaseDocument,
  CaseItem,
  CaseLink,
  CasePackage,
} from "./types";

/** Options of {@link toCase}. */
export interface CaseExportOptions {
  /**
   * Where the package is served: each node's `uri` is `${baseUri}/<CFDocuments|CFItems|
   * CFAssociations|CFAssociationGroupings>/<identifier>`. Default: `urn:uuid:<identifier>`.
   */
  readonly baseUri?: string;
  /**
   * Every node's `lastChangeDateTime`, an RFC 3339 date-time with a time zone. Default: the
   * framework's `exportedAt` when it is one, else {@link DEFAULT_LAST_CHANGE} — never the
   * clock, so the same framework always exports the same package.
   */
  readonly lastChangeDateTime?: string;
  /** The document's `creator` when the framework has no attribution. Default `"Rungs"`. */
  readonly creator?: string;
  /** How statements are grouped into progression threads (`alignThemes`). Default `"auto"`. */
  readonly threads?: AlignOptions["strategy"];
}

/** `lastChangeDateTime` when neither the option nor the framework's `exportedAt` gives one. */
export const DEFAULT_LAST_CHANGE = "1970-01-01T00:00:00+00:00";

export { LEVEL_ITEM_TYPE, STATEMENT_ITEM_TYPE } from "./item-types";

/**
 * A framework as a CASE 1.0/1.1 `CFPackage`:
 *
 * - `CFDocument`: `title` the occupation's title, `creator` the attribution (or a default),
 *   `version`, `description`, `subject` `[SOC code]`, `officialSourceURL` the first source
 *   that is an http(s) URL, and in `notes` what CASE has no field for (see `RungsNotes`);
 * - one `CFItem` per level (`CFItemType` "Level", `humanCodingScheme` the key,
 *   `fullStatement` the label, `listEnumeration` its rank from 1), then per statement
 *   (`CFItemType` "Competency", `fullStatement` the text as written, `abbreviatedStatement`
 *   the subject, `humanCodingScheme` the statement's id, `listEnumeration` its place);
 * - `isChildOf` associations (level → document, statement → level) with `sequenceNumber`
 *   in the author's order, `precedes` from each level to the next, and the progression
 *   threads `alignThemes` finds as `precedes` from a thread's statement to the next one up,
 *   each pointing to its thread's `CFAssociationGrouping` in `CFDefinitions` (title the
 *   thread's label, description its text-similarity scores in words and numbers).
 *
 * Format 1.1 adds (a 1.0 framework's package is as it was): `CFDocument.language`; one item
 * per track (`CFItemType` "Track", `humanCodingScheme` its key), a child of the document,
 * its levels its children (a framework with `framework.levels` has no track item); an item
 * "All Levels" holding the statements expected at every level, a child of the document or
 * of its track; one item per competency area ("Competency Area"), a child of the document
 * after the ladder; `isPartOf` from each statement to its area; `isPeerOf` from a level to
 * each level it is equivalent to (`sequenceNumber` their order). What CASE has no field for
 * — a statement's proficiency, examples, notes and author's id, a level's description and
 * details, an area's or a track's description, `cumulative` — is in the item's `notes`,
 * readable and then as JSON (see `ItemFacts`), or the document's for the framework's
 * `cumulative`.
 *
 * Identifiers are UUID v5 (see `CaseIdentifiers`): the same framework always exports the
 * same package. `fromCase` reads it back to an equal framework.
 */
export function toCase(framework: Framework, options: CaseExportOptions = {}): CasePackage {
  const { occupation } = framework;
  const ids = new CaseIdentifiers(
    { soc: occupation.soc, title: occupation.title, version: framework.version },
    options.baseUri,
  );
  const lastChangeDateTime = options.lastChangeDateTime ?? defaultLastChange(framework);
  const stamp = { lastChangeDateTime };
  // The JSON exporter's choices (levels or tracks, whose every-level statements, which ids
  // are written), so the package reads back as the JSON would.
  const ladder = ladderOf(framework);

  const documentId = ids.identifier("document");
  const officialSourceURL = framework.sources.find((source) => source.url && isPlainUri(source.url))?.url;
  const document: CaseDocument = {
    identifier: documentId,
    uri: ids.uri("CFDocuments", documentId),
    creator: framework.attribution ?? options.creator ?? "Rungs",
    title: occupation.title,
    ...stamp,
    ...(officialSourceURL !== undefined && { officialSourceURL }),
    ...(framework.description !== undefined && { description: framework.description }),
    ...(occupation.soc !== undefined && { subject: [occupation.soc] }),
    ...(framework.language !== undefined && { language: framework.language }),
    ...(framework.version !== undefined && { version: framework.version }),
    notes: writeNotes(notesOf(framework, ladder.cumulative)),
  };
  const documentLink: CaseLink = { title: document.title, identifier: documentId, uri: document.uri };

  const items: CaseItem[] = [];
  const links = new Map<string, CaseLink>();
  const addItem = (node: string, name: readonly string[], fields: ItemFields, title = fields.fullStatement) => {
    const identifier = ids.identifier(...name);
    const item: CaseItem = { identifier, uri: ids.uri("CFItems", identifier), ...fields, ...stamp };
    items.push(item);
    links.set(node, { title, identifier, uri: item.uri });
  };
  const addStatements = (group: StatementGroup) => {
    group.statements.forEach((statement, at) => {
      addItem(
        statement.id,
        ["statement", statement.id],
        statementFields(statement, group.ownIds[at] === true),
        statement.id,
      );
    });
  };
  for (const track of ladder.tracks) {
    if (track.node !== undefined) addItem(track.node, ["track", track.track.key], trackFields(track));
    for (const level of track.levels) {
      addItem(level.node, level.name, levelFields(level.level));
      addStatements(level);
    }
    if (track.allLevels) {
      addItem(track.allLevels.node, track.allLevels.name, allLevelsFields(track.track.levels.length + 1));
      addStatements(track.allLevels);
    }
  }
  if (ladder.allLevels) {
    addItem(ladder.allLevels.node, ladder.allLevels.name, allLevelsFields(ladder.tracks.length + 1));
    addStatements(ladder.allLevels);
  }
  const areaPlace = ladder.tracks.length + (ladder.allLevels ? 1 : 0);
  framework.areas.forEach((area) => {
    addItem(areaNode(area.key), ["area", area.key], areaFields(area, areaPlace + area.rank + 1));
  });
  const linkOf = (node: string) => links.get(node) as CaseLink;

  const associations: CaseAssociation[] = [];
  const associate = (
    type: CaseAssociationType,
    name: readonly string[],
    origin: CaseLink,
    destination: CaseLink,
    extra: Pick<CaseAssociation, "sequenceNumber" | "CFAssociationGroupingURI"> = {},
  ) => {
    const identifier = ids.identifier("association", type, ...name);
    associations.push({
      identifier,
      uri: ids.uri("CFAssociations", identifier),
      associationType: type,
      originNodeURI: origin,
      destinationNodeURI: destination,
      ...extra,
      ...stamp,
    });
  };
  const childrenOf = (group: StatementGroup, parent: CaseLink) => {
    for (const statement of group.statements) {
      associate("isChildOf", ["statement", statement.id], linkOf(statement.id), parent, {
        sequenceNumber: statement.index + 1,
      });
    }
  };

  for (const track of ladder.tracks) {
    const parent = track.node === undefined ? documentLink : linkOf(track.node);
    if (track.node !== undefined) {
      associate("isChildOf", ["track", track.track.key], parent, documentLink, { sequenceNumber: track.rank + 1 });
    }
    for (const level of track.levels) {
      associate("isChildOf", level.name, linkOf(level.node), parent, { sequenceNumber: level.level.rank + 1 });
      childrenOf(level, linkOf(level.node));
    }
    if (track.allLevels) {
      const { node, name } = track.allLevels;
      associate("isChildOf", name, linkOf(node), parent, { sequenceNumber: track.levels.length + 1 });
      childrenOf(track.allLevels, linkOf(node));
    }
  }
  if (ladder.allLevels) {
    const { node, name } = ladder.allLevels;
    associate("isChildOf", name, linkOf(node), documentLink, { sequenceNumber: ladder.tracks.length + 1 });
    childrenOf(ladder.allLevels, linkOf(node));
  }
  for (const area of framework.areas) {
    associate("isChildOf", ["area", area.key], linkOf(areaNode(area.key)), documentLink, {
      sequenceNumber: areaPlace + area.rank + 1,
    });
  }
  for (const track of ladder.tracks) {
    track.levels.forEach((level, rank) => {
      const next = track.levels[rank + 1];
      if (!next) return;
      const name =
        track.node === undefined ? ["level", level.level.key, next.level.key] : [...level.name, next.level.key];
      associate("precedes", name, linkOf(level.node), linkOf(next.node));
    });
  }

  const alignment = alignThemes(framework, { strategy: options.threads });
  const groupings: CaseAssociationGrouping[] = [];
  for (const row of alignment.rows) {
    if (row.links.length === 0) continue;
    const identifier = ids.identifier("thread", row.id);
    const grouping: CaseAssociationGrouping = {
      identifier,
      uri: ids.uri("CFAssociationGroupings", identifier),
      title: row.label,
      description: threadDescription(row, framework, alignment.strategy),
      ...stamp,
    };
    groupings.push(grouping);
    const groupingLink: CaseLink = { title: grouping.title, identifier, uri: grouping.uri };
    for (const link of row.links) {
      associate("precedes", ["thread", link.from, link.to], linkOf(link.from), linkOf(link.to), {
        CFAssociationGroupingURI: groupingLink,
      });
    }
  }

  for (const group of allGroups(ladder)) {
    for (const statement of group.statements) {
      if (statement.area === undefined) continue;
      associate(AREA_ASSOCIATION, ["statement", statement.id], linkOf(statement.id), linkOf(areaNode(statement.area)));
    }
  }
  const levelNodes = new Map<string, string>();
  for (const track of ladder.tracks) {
    for (const level of track.levels) levelNodes.set(JSON.stringify([track.track.key, level.level.key]), level.node);
  }
  for (const track of ladder.tracks) {
    for (const level of track.levels) {
      level.level.equivalents?.forEach((equivalent, at) => {
        const other = levelNodes.get(JSON.stringify([equivalent.track, equivalent.level]));
        if (other === undefined) return;
        associate(
          EQUIVALENCE_ASSOCIATION,
          [...level.name, equivalent.track, equivalent.level],
          linkOf(level.node),
          linkOf(other),
          { sequenceNumber: at + 1 },
        );
      });
    }
  }

  return {
    CFDocument: document,
    CFItems: items,
    CFAssociations: associations,
    ...(groupings.length > 0 && { CFDefinitions: { CFAssociationGroupings: groupings } }),
  };
}

/** The framework's `exportedAt` when it is a date-time CASE accepts, else the fixed default. */
function defaultLastChange(framework: Framework): string {
  const exportedAt = framework.exportedAt;
  return exportedAt !== undefined && dateTimeKind(exportedAt) === "date-time" ? exportedAt : DEFAULT_LAST_CHANGE;
}

/**
 * Only characters RFC 3986 allows in a URI: a URL core accepted may still hold one it does
 * not (`|`, `^` in a query), and CASE's schema checks `officialSourceURL` as a URI. Such a
 * URL stays a source (kept in the notes) without being the official one.
 */
function isPlainUri(url: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/.test(url);
}

/** An item's fields but its identifier, URI and date. */
type ItemFields = Omit<CaseItem, "identifier" | "uri" | "lastChangeDateTime">;

/** Statements under one group (a level, or every level) as the package writes them. */
interface StatementGroup {
  readonly statements: readonly Statement[];
  /** Per statement, true when the JSON writes its id (so the import writes it again). */
  readonly ownIds: readonly boolean[];
}

interface LadderLevel extends StatementGroup {
  readonly level: Level;
  /** Its name in the links (distinct from any statement id, which has no `[`). */
  readonly node: string;
  /** Its identifier's name (as 1.0 exports named a level's, for a framework with `levels`). */
  readonly name: readonly string[];
}

interface AllLevelsGroup extends StatementGroup {
  readonly node: string;
  readonly name: readonly string[];
}

interface LadderTrack {
  readonly track: Track;
  readonly rank: number;
  /** Absent for the one track of a framework with `framework.levels`: its levels are the document's children. */
  readonly node?: string;
  readonly levels: readonly LadderLevel[];
  /** The track's own every-level statements (maybe none, where it does not take the framework's). */
  readonly allLevels?: AllLevelsGroup;
  readonly cumulative: boolean;
}

interface Ladder {
  readonly tracks: readonly LadderTrack[];
  /** The framework's every-level statements. */
  readonly allLevels?: AllLevelsGroup;
  /** True when a framework with `framework.levels` is cumulative (a track's own is in its item). */
  readonly cumulative: boolean;
}

/**
 * The ladder as the JSON exporter writes it (`ladderToWrite`): the levels of a framework
 * with `framework.levels` under the document, as 1.0 exports put them, or each track under
 * the document and its levels under it; every-level statements where the JSON writes them.
 */
function ladderOf(framework: Framework): Ladder {
  const written = ladderToWrite(framework);
  const ownIds = (statements: readonly (string | StatementJson)[] | undefined) =>
    (statements ?? []).map((statement) => typeof statement !== "string" && statement.id !== undefined);
  const group = (statements: readonly Statement[], json: readonly (string | StatementJson)[], name: string[]) => ({
    statements,
    ownIds: ownIds(json),
    node: JSON.stringify(name),
    name,
  });
  const writtenLevels = written.levels;
  if (writtenLevels !== undefined) {
    const track = framework.tracks[0] as Track;
    return {
      tracks: [
        {
          track,
          rank: 0,
          levels: track.levels.map((level) => ({
            level,
            statements: level.statements,
            ownIds: ownIds(own(writtenLevels, level.key)?.statements),
            node: JSON.stringify(["level", level.key]),
            name: ["level", level.key],
          })),
          cumulative: false,
        },
      ],
      ...(written.allLevels && { allLevels: group(track.allLevels, written.allLevels, ["all-levels"]) }),
      cumulative: written.cumulative === true,
    };
  }
  const tracks = framework.tracks.map((track, rank): LadderTrack => {
    const json = own(written.tracks ?? {}, track.key);
    const name = ["track", track.key];
    return {
      track,
      rank,
      node: JSON.stringify(name),
      levels: track.levels.map((level) => ({
        level,
        statements: level.statements,
        ownIds: ownIds(own(json?.levels ?? {}, level.key)?.statements),
        node: JSON.stringify([...name, "level", level.key]),
        name: [...name, "level", level.key],
      })),
      ...(json?.allLevels && { allLevels: group(track.allLevels, json.allLevels, [...name, "all-levels"]) }),
      cumulative: json?.cumulative === true,
    };
  });
  const shared =
    written.allLevels && framework.tracks.find((track) => !own(written.tracks ?? {}, track.key)?.allLevels);
  return {
    tracks,
    // The framework's list: what a track without its own takes (core gives it the same array).
    ...(written.allLevels && {
      allLevels: group(shared?.allLevels ?? [], written.allLevels, ["all-levels"]),
    }),
    cumulative: false,
  };
}

/** Every group of statements of the ladder, in the package's order. */
function allGroups(ladder: Ladder): StatementGroup[] {
  const groups: StatementGroup[] = [];
  for (const track of ladder.tracks) {
    groups.push(...track.levels);
    if (track.allLevels) groups.push(track.allLevels);
  }
  if (ladder.allLevels) groups.push(ladder.allLevels);
  return groups;
}

/** An own property of a written object (keys such as `__proto__` are own there). */
function own<T>(object: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

function areaNode(key: string): string {
  return JSON.stringify(["area", key]);
}

function levelFields(level: Level): ItemFields {
  const notes = writeItemNotes({
    ...(level.description !== undefined && { description: level.description }),
    ...(level.details !== undefined && {
      details: level.details.map((detail) => [detail.label, detail.text] as const),
    }),
  });
  return {
    fullStatement: level.label,
    humanCodingScheme: level.key,
    listEnumeration: String(level.rank + 1),
    CFItemType: LEVEL_ITEM_TYPE,
    ...(notes !== undefined && { notes }),
  };
}

function statementFields(statement: Statement, ownId: boolean): ItemFields {
  const { proficiency, examples } = statement;
  const notes = writeItemNotes({
    ...(ownId && { ownId: true as const }),
    ...(proficiency !== undefined && { proficiency }),
    ...(examples !== undefined && { examples }),
    ...(statement.notes !== undefined && { notes: statement.notes }),
  });
  return {
    fullStatement: statement.text,
    ...(statement.subject !== "" && { abbreviatedStatement: statement.subject }),
    humanCodingScheme: statement.id,
    listEnumeration: String(statement.index + 1),
    CFItemType: STATEMENT_ITEM_TYPE,
    ...(notes !== undefined && { notes }),
  };
}

function trackFields(track: LadderTrack): ItemFields {
  const { description } = track.track;
  const notes = writeItemNotes({
    ...(description !== undefined && { description }),
    ...(track.cumulative && { cumulative: true as const }),
  });
  return {
    fullStatement: track.track.label,
    humanCodingScheme: track.track.key,
    listEnumeration: String(track.rank + 1),
    CFItemType: TRACK_ITEM_TYPE,
    ...(notes !== undefined && { notes }),
  };
}

function areaFields(area: Area, place: number): ItemFields {
  const notes = writeItemNotes(area.description === undefined ? {} : { description: area.description });
  return {
    fullStatement: area.label,
    humanCodingScheme: area.key,
    listEnumeration: String(place),
    CFItemType: AREA_ITEM_TYPE,
    ...(notes !== undefined && { notes }),
  };
}

function allLevelsFields(place: number): ItemFields {
  return {
    fullStatement: ALL_LEVELS_LABEL,
    humanCodingScheme: "allLevels",
    listEnumeration: String(place),
    CFItemType: ALL_LEVELS_ITEM_TYPE,
  };
}

/** The `fullStatement` of the item holding the statements expected at every level. */
const ALL_LEVELS_LABEL = "Expected at every level";

/** A thread's scores, in words and numbers, for the people who read the grouping. */
function threadDescription(row: ThemeRow, framework: Framework, strategy: string): string {
  const levelOf = new Map<string, string>();
  for (const level of framework.levels)
    for (const statement of level.statements) levelOf.set(statement.id, level.label);
  const steps = row.links.map(
    (link) =>
      `${link.score.toFixed(3)} (${strength(link.score)}) from ${link.from} (${levelOf.get(link.from)}) to ${link.to} (${levelOf.get(link.to)})`,
  );
  const count = row.links.length === 1 ? "1 step" : `${row.links.length} steps`;
  return `Progression thread found by Rungs (${strategy} alignment), ${count}. Text similarity of each step, 0 (nothing in common) to 1 (same words): ${steps.join("; ")}.`;
}

function strength(score: number): string {
  return score >= 0.5 ? "strong" : score >= 0.2 ? "moderate" : "weak";
}
