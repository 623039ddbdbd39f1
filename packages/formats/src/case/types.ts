/**
 * The parts of a CASE `CFPackage` (1EdTech Competencies and Academic Standards Exchange)
 * that Rungs writes: only fields that CASE 1.0 defines and 1.1 keeps, so a package
 * validates as 1.0 and reads as 1.1.
 */

/** A link to a node of the package (document, item or grouping): what CASE calls `LinkGenURI`. */
export interface CaseLink {
  readonly title: string;
  readonly identifier: string;
  readonly uri: string;
}

/** The framework as a whole. */
export interface CaseDocument {
  readonly identifier: string;
  readonly uri: string;
  readonly creator: string;
  readonly title: string;
  readonly lastChangeDateTime: string;
  readonly officialSourceURL?: string;
  readonly description?: string;
  /** (1.1) The framework's language, a BCP 47 tag. */
  readonly language?: string;
  /** The O*NET-SOC code, when the framework has one. */
  readonly subject?: readonly string[];
  readonly version?: string;
  /** What CASE has no field for, readable by a person and by `fromCase` (see `notes.ts`). */
  readonly notes?: string;
}

/** A level or a statement; (1.1) a track, a competency area, or the statements of every level. */
export interface CaseItem {
  readonly identifier: string;
  readonly uri: string;
  readonly fullStatement: string;
  readonly abbreviatedStatement?: string;
  readonly humanCodingScheme: string;
  readonly listEnumeration: string;
  readonly CFItemType: string;
  /** (1.1) What the item holds that CASE has no field for, readable, then as JSON (see item-notes.ts). */
  readonly notes?: string;
  readonly lastChangeDateTime: string;
}

/**
 * The association types Rungs writes: (1.1) `isPartOf` from a statement to its competency
 * area, `isPeerOf` from a level to an equivalent level of another track.
 */
export type CaseAssociationType = "isChildOf" | "precedes" | "isPartOf" | "isPeerOf";

/** A typed link between two nodes; `origin isChildOf destination`, `origin precedes destination`. */
export interface CaseAssociation {
  readonly identifier: string;
  readonly uri: string;
  readonly associationType: CaseAssociationType;
  readonly originNodeURI: CaseLink;
  readonly destinationNodeURI: CaseLink;
  readonly sequenceNumber?: number;
  /** The progression thread a `precedes` between two statements belongs to. */
  readonly CFAssociationGroupingURI?: CaseLink;
  readonly lastChangeDateTime: string;
}

/** A named set of associations: Rungs writes one per progression thread. */
export interface CaseAssociationGrouping {
  readonly identifier: string;
  readonly uri: string;
  readonly title: string;
  readonly description: string;
  readonly lastChangeDateTime: string;
}

/** A CASE `CFPackage` as `toCase` writes it. */
export interface CasePackage {
  readonly CFDocument: CaseDocument;
  readonly CFItems: readonly CaseItem[];
  readonly CFAssociations: readonly CaseAssociation[];
  /** Present when the framework has progression threads. */
  readonly CFDefinitions?: { readonly CFAssociationGroupings: readonly CaseAssociationGrouping[] };
}
