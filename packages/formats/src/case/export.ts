import { type AlignOptions, alignThemes, type Framework, type Level, type Statement, type ThemeRow } from "@rungs/core";
import { dateTimeKind } from "./date-time";
import { CaseIdentifiers } from "./identifiers";
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

/** `CFItemType` of a level's item. */
export const LEVEL_ITEM_TYPE = "Level";
/** `CFItemType` of a statement's item. */
export const STATEMENT_ITEM_TYPE = "Competency";

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
    ...(framework.version !== undefined && { version: framework.version }),
    notes: writeNotes(notesOf(framework)),
  };
  const documentLink: CaseLink = { title: document.title, identifier: documentId, uri: document.uri };

  const items: CaseItem[] = [];
  const links = new Map<string, CaseLink>();
  for (const level of framework.levels) {
    const item = levelItem(level, ids, stamp);
    items.push(item);
    links.set(levelNode(level), { title: item.fullStatement, identifier: item.identifier, uri: item.uri });
    for (const statement of level.statements) {
      const statementItem = statementItemOf(statement, ids, stamp);
      items.push(statementItem);
      links.set(statement.id, { title: statement.id, identifier: statementItem.identifier, uri: statementItem.uri });
    }
  }
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

  for (const level of framework.levels) {
    associate("isChildOf", ["level", level.key], linkOf(levelNode(level)), documentLink, {
      sequenceNumber: level.rank + 1,
    });
    for (const statement of level.statements) {
      associate("isChildOf", ["statement", statement.id], linkOf(statement.id), linkOf(levelNode(level)), {
        sequenceNumber: statement.index + 1,
      });
    }
  }
  framework.levels.forEach((level, rank) => {
    const next = framework.levels[rank + 1];
    if (next) associate("precedes", ["level", level.key, next.key], linkOf(levelNode(level)), linkOf(levelNode(next)));
  });

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

/** Levels and statements share one map of links: a level's node name cannot be a statement id. */
function levelNode(level: Level): string {
  return `level\u0000${level.key}`;
}

function levelItem(level: Level, ids: CaseIdentifiers, stamp: { lastChangeDateTime: string }): CaseItem {
  const identifier = ids.identifier("level", level.key);
  return {
    identifier,
    uri: ids.uri("CFItems", identifier),
    fullStatement: level.label,
    humanCodingScheme: level.key,
    listEnumeration: String(level.rank + 1),
    CFItemType: LEVEL_ITEM_TYPE,
    ...stamp,
  };
}

function statementItemOf(statement: Statement, ids: CaseIdentifiers, stamp: { lastChangeDateTime: string }): CaseItem {
  const identifier = ids.identifier("statement", statement.id);
  return {
    identifier,
    uri: ids.uri("CFItems", identifier),
    fullStatement: statement.text,
    ...(statement.subject !== "" && { abbreviatedStatement: statement.subject }),
    humanCodingScheme: statement.id,
    listEnumeration: String(statement.index + 1),
    CFItemType: STATEMENT_ITEM_TYPE,
    ...stamp,
  };
}

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
