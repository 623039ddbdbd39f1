// CASE (1EdTech Competencies and Academic Standards Exchange) both ways: `toCase` writes a
// CFPackage, `fromCase` reads one. See export.ts and import.ts for the mapping.
export type { CaseExportOptions } from "./export";
export { DEFAULT_LAST_CHANGE, LEVEL_ITEM_TYPE, STATEMENT_ITEM_TYPE, toCase } from "./export";
export { RUNGS_CASE_NAMESPACE } from "./identifiers";
export type { CaseImportResult } from "./import";
export { fromCase } from "./import";
export type { CaseIssueCode } from "./issues";
export type { ItemFacts } from "./item-notes";
export {
  ALL_LEVELS_ITEM_TYPE,
  AREA_ASSOCIATION,
  AREA_ITEM_TYPE,
  EQUIVALENCE_ASSOCIATION,
  TRACK_ITEM_TYPE,
} from "./item-types";
export type { LevelRule } from "./levels";
export type { RungsNotes } from "./notes";
export type {
  CaseAssociation,
  CaseAssociationGrouping,
  CaseAssociationType,
  CaseDocument,
  CaseItem,
  CaseLink,
  CasePackage,
} from "./types";
