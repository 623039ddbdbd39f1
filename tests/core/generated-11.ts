// Generated format 1.1 files (issue 20), shared by the tests that fuzz what core does with
// them: the parser's (parse/fuzz.test.ts) and the track-aware queries'
// (model/track-properties.test.ts).
import fc from "fast-check";

/** Text as ladders hold it, and as attackers write it: paragraphs, markup, odd white space. */
export const text11 = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("Delivery — ships it.", "A\n\nB — c\n \nd", "<script>alert(1)</script> — x", "  ", "S: d\r\n\r\ne"),
);
export const key11 = fc.oneof(
  fc.string({ minLength: 1, maxLength: 5 }),
  fc.constantFrom("__proto__", "constructor", "all", "1"),
);

/** A generated 1.1 file: areas, tracks or levels, statements as strings and objects, details, equivalences. */
export const generated11 = fc
  .record({
    areaKeys: fc.uniqueArray(key11, { maxLength: 3 }),
    trackKeys: fc.uniqueArray(key11, { minLength: 1, maxLength: 3 }),
    useTracks: fc.boolean(),
    levels: fc.array(
      fc.record({
        keys: fc.uniqueArray(key11, { minLength: 1, maxLength: 3 }),
        description: fc.option(text11, { nil: undefined }),
        details: fc.dictionary(key11, text11, { maxKeys: 2 }),
        statements: fc.array(
          fc.oneof(
            text11,
            fc.record(
              {
                text: text11,
                id: fc.constantFrom("x", "Y_1", "ic-1", "all-1"),
                area: fc.nat(3),
                proficiency: text11,
                examples: fc.array(text11, { maxLength: 3 }),
                notes: text11,
              },
              { requiredKeys: ["text"] },
            ),
          ),
          { maxLength: 4 },
        ),
      }),
      { minLength: 3, maxLength: 3 },
    ),
    allLevels: fc.option(fc.array(text11, { maxLength: 3 }), { nil: undefined }),
    cumulative: fc.option(fc.boolean(), { nil: undefined }),
    language: fc.option(fc.constantFrom("de", "pt-BR", "english", ""), { nil: undefined }),
  })
  .map(({ areaKeys, trackKeys, useTracks, levels, allLevels, cumulative, language }) => {
    const levelsOf = (index: number, equivalentTo?: Record<string, string>) => {
      const shape = levels[index % levels.length] as (typeof levels)[number];
      return Object.fromEntries(
        shape.keys.map((key) => [
          key,
          {
            label: key,
            ...(shape.description !== undefined && { description: shape.description }),
            details: shape.details,
            ...(equivalentTo && { equivalentTo }),
            statements: shape.statements.map((statement) =>
              typeof statement === "string" || statement.area === undefined
                ? statement
                : { ...statement, area: areaKeys[statement.area] ?? "no-such-area" },
            ),
          },
        ]),
      );
    };
    const firstTrack = trackKeys[0] as string;
    const firstLevel = levels[0]?.keys[0] as string;
    const body: Record<string, unknown> = {
      areas: Object.fromEntries(areaKeys.map((key) => [key, { label: key }])),
      ...(allLevels !== undefined && { allLevels }),
      ...(cumulative !== undefined && { cumulative }),
      ...(useTracks
        ? {
            tracks: Object.fromEntries(
              trackKeys.map((key, index) => [
                key,
                { label: key, levels: levelsOf(index, index > 0 ? { [firstTrack]: firstLevel } : undefined) },
              ]),
            ),
          }
        : { levels: levelsOf(0) }),
    };
    return {
      schemaVersion: "1.1",
      occupation: { title: "T" },
      framework: body,
      attribution: "A",
      ...(language !== undefined && { language }),
    } as Record<string, unknown>;
  });
