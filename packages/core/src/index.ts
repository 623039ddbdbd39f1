export { assertFramework, FrameworkError } from "./assert";
export type { Assessment, AssessmentOptions, GapTheme, LevelProgress } from "./assessment";
export { assessFramework } from "./assessment";
export type { AssessmentCodeError, AssessmentCodeResult } from "./assessment-code";
export { decodeAssessment, encodeAssessment } from "./assessment-code";
export type {
  AddedStatement,
  ChangedStatement,
  ChangeKind,
  CompareOptions,
  ComparisonCounts,
  ComparisonRow,
  KeptStatement,
  LevelComparison,
  RemovedStatement,
  StatementChange,
} from "./compare";
export { compareLevels, REWRITTEN_BELOW } from "./compare";
export type { FrameworkLimits, ParseOptions } from "./limits";
export { DEFAULT_LIMITS } from "./limits";
export type { LinkTarget } from "./links";
export { linkTarget } from "./links";
export type { LevelMarker } from "./markers";
export { levelMarkers } from "./markers";
export { httpUrl, SUPPORTED_VERSION } from "./normalize";
export { parseFramework } from "./parse";
export { allStatements, findStatement, getLevel } from "./queries";
export { MAX_ISSUES } from "./reader";
export type { FrameworkInput } from "./resolve";
export { isFramework, resolveFramework } from "./resolve";
export type { SearchOptions, StatementMatch, TextRange, TextSegment } from "./search";
export { highlightSegments, mergeRanges, searchStatements } from "./search";
export { splitStatement } from "./text";
export type { Alignment, AlignOptions, AlignStrategy, ThemeLink, ThemeRow } from "./themes";
export { alignThemes, subjectKey } from "./themes";
export type {
  ErrorCode,
  Framework,
  Issue,
  IssueCode,
  JobZone,
  Level,
  Occupation,
  ParseResult,
  Source,
  Statement,
  WarningCode,
} from "./types";
export { isWellFormed, toWellFormed } from "./well-formed";
export type { DiffKind, DiffPart } from "./word-diff";
export { diffSide, diffWords } from "./word-diff";
