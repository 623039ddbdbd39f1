// Every format, from one entry. Apps that need one format import its subpath
// (`@rungs/formats/csv`, `/markdown`, `/jsonld`, `/case`, `/yaml`) and carry nothing else.
export * from "./case/index";
export * from "./csv/index";
export * from "./detect/index";
export * from "./json/index";
export * from "./jsonld/index";
export * from "./markdown/index";
export type { FrameworkJson } from "./shared/framework-json";
export type { ImportIssue, ImportResult } from "./shared/import-result";
export * from "./yaml/index";
