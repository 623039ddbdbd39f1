/**
 * YAML in: Rungs' JSON format written as YAML (the same keys and shape), read with the
 * `yaml` package and checked by core, every problem at its line and column.
 *
 * @packageDocumentation
 */
export { fromYaml } from "./from-yaml";
export type { YamlIssue, YamlIssueCode } from "./yaml-issue";
