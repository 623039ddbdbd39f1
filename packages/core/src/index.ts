export { assertFramework, FrameworkError } from "./assert";
export { httpUrl, SUPPORTED_VERSION } from "./normalize";
export { parseFramework } from "./parse";
export { allStatements, findStatement, getLevel } from "./queries";
export type { SearchOptions, StatementMatch, TextRange } from "./search";
export { mergeRanges, searchStatements } from "./search";
export { splitStatement } from "./text";
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
