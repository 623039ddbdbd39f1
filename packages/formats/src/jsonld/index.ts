// schema.org JSON-LD for a framework: an `Occupation` whose skills are the statements,
// grouped in a `DefinedTermSet` per level, and the text that puts it safely in a page.
// The writer lives in core's `@rungs/core/jsonld` subpath, so that @rungs/react can use it
// without depending on this package (issue 19); this subpath re-exports it unchanged.
export type { JsonLdOptions } from "@rungs/core/jsonld";
export { jsonLdScriptText, toJsonLd } from "@rungs/core/jsonld";
