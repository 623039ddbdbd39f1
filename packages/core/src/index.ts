export type { AreaGap, AreaProfile, AreaShare, LevelAreaShares } from "./assess/area-shares";
export { assessAreas, gapByArea } from "./assess/area-shares";
export type { Assessment, AssessmentOptions, GapTheme, LevelProgress } from "./assess/assessment";
export { assessFramework } from "./assess/assessment";
export type { AssessmentCodeError, AssessmentCodeResult } from "./assess/assessment-code";
export { decodeAssessment, encodeAssessment } from "./assess/assessment-code";
export type {
  AssessmentLinkSource,
  CheckedFromLinkError,
  CheckedFromLinkOptions,
  CheckedFromLinkResult,
} from "./assess/assessment-from-link";
export { ASSESSMENT_PARAMETER, checkedFromLink } from "./assess/assessment-from-link";
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
} from "./compare/compare";
export { compareLevels, REWRITTEN_BELOW } from "./compare/compare";
export type { DiffKind, DiffPart } from "./compare/word-diff";
export { diffSide, diffWords } from "./compare/word-diff";
export type { LevelMarker } from "./model/markers";
export { levelMarkers } from "./model/markers";
export { allStatements, findStatement, getLevel, statementIdsInOrder } from "./model/queries";
export type { TrackOptions } from "./model/track";
export { trackOf } from "./model/track";
export type {
  Area,
  ErrorCode,
  Framework,
  Issue,
  IssueCode,
  JobZone,
  Level,
  LevelDetail,
  LevelEquivalent,
  Occupation,
  ParseResult,
  Source,
  Statement,
  Track,
  WarningCode,
} from "./model/types";
export { assertFramework, FrameworkError } from "./parse/assert";
export type { FrameworkLimits, ParseOptions } from "./parse/limits";
export { DEFAULT_LIMITS, limitMessage, limitsOf } from "./parse/limits";
export type { LinkTarget } from "./parse/links";
export { linkTarget } from "./parse/links";
export { httpUrl, SUPPORTED_VERSION } from "./parse/normalize";
export { parseFramework } from "./parse/parse";
export { MAX_ISSUES } from "./parse/reader";
export type { FrameworkInput } from "./parse/resolve";
export { isFramework, resolveFramework } from "./parse/resolve";
export { splitStatement } from "./parse/text";
export { isWellFormed, toWellFormed } from "./parse/well-formed";
export type { TextRange, TextSegment } from "./search/ranges";
export { highlightSegments, mergeRanges } from "./search/ranges";
export type { SearchField, SearchOptions, StatementMatch } from "./search/search";
export { searchStatements } from "./search/search";
export type { FrameworkSearch } from "./search/search-framework";
export { matchingRows, matchingStatements, searchFramework } from "./search/search-framework";
export type { LevelStep, StatementStep } from "./themes/level-steps";
export { levelSteps } from "./themes/level-steps";
export { repeatsRowLabel } from "./themes/row-label";
export { themesAreSparse } from "./themes/sparse";
export type { Alignment, AlignOptions, AlignStrategy, ThemeLink, ThemeRow } from "./themes/themes";
export { alignThemes, subjectKey } from "./themes/themes";
