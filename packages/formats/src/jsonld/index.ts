// schema.org JSON-LD for a framework: an `Occupation` whose skills are the statements,
// grouped in a `DefinedTermSet` per level, and the text that puts it safely in a page.
export { jsonLdScriptText } from "./script-text";
export type { JsonLdOptions } from "./to-json-ld";
export { toJsonLd } from "./to-json-ld";
