// The CFItemTypes and association types a Rungs export writes, named once for the exporter
// and the importer. CASE leaves CFItemType free text; these are the names Rungs documents
// (packages/formats/README.md, "CASE").

/** `CFItemType` of a level's item. */
export const LEVEL_ITEM_TYPE = "Level";
/** `CFItemType` of a statement's item. */
export const STATEMENT_ITEM_TYPE = "Competency";
/** (1.1) `CFItemType` of a competency area's item; its statements are `isPartOf` it. */
export const AREA_ITEM_TYPE = "Competency Area";
/** (1.1) `CFItemType` of a track's item; its levels are `isChildOf` it. */
export const TRACK_ITEM_TYPE = "Track";
/**
 * (1.1) `CFItemType` of the item that holds the statements expected at every level (the
 * format's `allLevels`), a child of the document or of its track.
 */
export const ALL_LEVELS_ITEM_TYPE = "All Levels";

/**
 * (1.1) A statement belongs to its competency area: CASE's `isPartOf` (origin part of
 * destination) keeps the area apart from the `isChildOf` tree, which places the statement
 * in its level.
 */
export const AREA_ASSOCIATION = "isPartOf";
/**
 * (1.1) A level is equivalent to a level of another track ("M3 ≈ IC4"): CASE's `isPeerOf`,
 * two nodes of the same standing. Not `exactMatchOf`, which says two nodes mean the same
 * thing — a manager level and an engineer level do not. `sequenceNumber` keeps the order of
 * a level's equivalences.
 */
export const EQUIVALENCE_ASSOCIATION = "isPeerOf";
