import { jsonLdScriptText as coreScriptText, toJsonLd as coreToJsonLd } from "@rungs/core/jsonld";
import * as formats from "@rungs/formats";
import * as jsonld from "@rungs/formats/jsonld";
import { describe, expect, it } from "vitest";

// The writer lives in core's `@rungs/core/jsonld` (so @rungs/react needs no formats
// dependency) and is tested there (tests/core/jsonld); formats' subpath and its index keep
// their names and hand out the very same functions.
describe("@rungs/formats/jsonld", () => {
  it("re-exports core's JSON-LD writer, unchanged", () => {
    expect(Object.keys(jsonld).sort()).toEqual(["jsonLdScriptText", "toJsonLd"]);
    expect(jsonld.toJsonLd).toBe(coreToJsonLd);
    expect(jsonld.jsonLdScriptText).toBe(coreScriptText);
  });

  it("is part of the package's index too", () => {
    expect(formats.toJsonLd).toBe(coreToJsonLd);
    expect(formats.jsonLdScriptText).toBe(coreScriptText);
  });
});
