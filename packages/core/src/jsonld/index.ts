// schema.org JSON-LD for a framework: an `Occupation` whose skills are the statements,
// grouped in a `DefinedTermSet` per level, and the text that puts it safely in a page.
// A subpath of core (not of @rungs/formats, which re-exports it unchanged) so that
// @rungs/react's FrameworkJsonLd needs no formats dependency (issue 19). schema-dts is
// imported for types only: the built JavaScript imports nothing from it.
export { jsonLdScriptText } from "./script-text";
export type { JsonLdOptions } from "./to-json-ld";
export { toJsonLd } from "./to-json-ld";
