import { parseFramework } from "@rungs/core";
import fc from "fast-check";

/**
 * Frameworks as someone else may send them: text, links and shapes chosen to break a
 * renderer, both in the file format (raw input) and shaped like a parsed `Framework`
 * (JSON that looks parsed, a `structuredClone` from elsewhere). Fields are usually right,
 * so the generated values reach the views, and often missing or of the wrong type.
 */

/** Text that has broken renderers, parsers, encoders or readers somewhere. */
export const HOSTILE_TEXTS: readonly string[] = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uDFFF",
  "Lone \uD800 — x",
  "x\uDC00y",
  "\uDBFF\uD800",
  "\u202E",
  "\u202Eexe.txt",
  "\u2066isolated\u2069",
  "\u200Fmarked\u200E",
  "<script>alert(1)</script>",
  "</p><img src=x onerror=alert(1)>",
  '" onmouseover="alert(1)',
  "'",
  "&amp;",
  "&#0;",
  "<!-- -->",
  "{title}",
  "{count}",
  "$&",
  "__proto__",
  "constructor",
  "toString",
  "🧑‍🔧 Engineer",
  "👩🏽‍💻",
  "مهندس — يختبر الأنظمة",
  "עברית — טקסט",
  "ΟΔΟΣ",
  "İı ß ﬁ",
  " — ",
  "—",
  "— — —",
  "\n\t\r",
  "\u00A0",
  "\uFEFF",
  "\u2028\u2029",
];

/** Long text: an author's paste, or an attempt to make a view slow (shrinks to a short one). */
const hugeText = fc
  .tuple(fc.constantFrom("a", "word ", "\uD83D", "Ab — "), fc.integer({ min: 1, max: 20_000 }))
  .map(([unit, times]) => unit.repeat(times));

/** Any UTF-16 code unit, lone surrogates included (`fc.string` makes only well-formed text). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
  { weight: 3, arbitrary: fc.string({ unit: codeUnit, maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.constantFrom(...HOSTILE_TEXTS), { minLength: 2, maxLength: 4 })
      .map((parts) => parts.join("")),
  },
  { weight: 1, arbitrary: hugeText },
);

/** Values that must never become a link, and values that may but say one place and go to another. */
export const HOSTILE_URLS: readonly string[] = [
  "javascript:alert(document.cookie)",
  "JAVASCRIPT:alert(1)",
  " javascript:alert(1)",
  "\u0000javascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "javascript\t:alert(1)",
  "data:text/html,<script>alert(document.cookie)</script>",
  "DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "vbscript:msgbox(1)",
  "VBScript:msgbox(1)",
  "file:///etc/passwd",
  "blob:https://example.com/0b5e8b4e",
  "about:blank",
  "mailto:someone@example.com",
  "//evil.example/path",
  "/relative/path",
  "#fragment",
  "?query",
  "http://user@evil.example",
  "https://www.onetcenter.org@evil.example/",
  "https://user:password@example.com",
  "https://аррӏе.com",
  "https://xn--80ak6aa92e.com",
  "https://www.onet\u202Ecenter.org",
  "\u202Ehttps://evil.example",
  "https://evil.example/\u202Egpj.exe",
  "https://example.com/<script>",
  'https://example.com/"onmouseover="alert(1)',
  "https://exa mple.com",
  "http://[::1]:8080/",
  "https:evil.example",
  "https:/\\evil.example",
  "HTTPS://EXAMPLE.COM",
  "https://www.onetcenter.org",
];

export const hostileUrl: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_URLS) },
  { weight: 2, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...HOSTILE_URLS), hostileText).map(([url, text]) => url + text) },
  { weight: 1, arbitrary: hostileText },
);

/** A statement of the file format: usually `Subject — description`, from hostile parts. */
const statementText = fc.oneof(
  fc.tuple(hostileText, hostileText).map(([subject, description]) => `${subject} — ${description}`),
  hostileText,
);

/** Level keys that have confused code before: empty, numeric (reordered), inherited names. */
const levelKey = fc.oneof(
  fc.constantFrom("emerging", "proficient", "1", "10", "1234567890", "", " ", "__proto__", "toString", "a b"),
  hostileText,
);

/** A throwing getter: what a Proxy or an accessor from another realm can hold. */
const throwingGetter = Object.defineProperty({}, "label", {
  enumerable: true,
  get() {
    throw new Error("hostile getter");
  },
});

/** Values where a string, an array or an object belongs; all survive `structuredClone` but the last. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    0,
    -1,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    [],
    {},
    ["a"],
    { toString: () => "x" },
    10n,
    new Date(0),
    throwingGetter,
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

const MISSING = Symbol("missing");

/** An object from its fields' arbitraries, leaving out the missing ones. */
function objectOf(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record(fields)
    .map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== MISSING)));
}

/** An object keyed by arbitrary strings (`__proto__` as an own key, as `JSON.parse` makes it). */
function dictionaryOf(key: fc.Arbitrary<string>, value: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
  return fc.uniqueArray(fc.tuple(key, value), { maxLength: 4, selector: ([name]) => name }).map((entries) => {
    const object: Record<string, unknown> = {};
    for (const [name, item] of entries) {
      Object.defineProperty(object, name, { value: item, enumerable: true, writable: true, configurable: true });
    }
    return object;
  });
}

const statementId = fc.oneof(fc.constantFrom("a-1", "a-2", "", "x y", "__proto__"), hostileText);

/**
 * Both shapes of a framework. Intact: every field there with the right type, hostile only in
 * its text and links, so the views render it. Broken: any field may be missing or wrong.
 */
function shapes(broken: boolean) {
  const field = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
    broken
      ? fc.oneof(
          { weight: 10, arbitrary: valid },
          { weight: 1, arbitrary: fc.constant(MISSING) },
          { weight: 1, arbitrary: wrongValue },
        )
      : valid;
  const occupation = objectOf({
    title: field(hostileText),
    soc: field(hostileText),
    group: field(hostileText),
    sector: field(hostileText),
    jobZone: field(broken ? fc.integer({ min: 0, max: 6 }) : fc.integer({ min: 1, max: 5 })),
    jobZoneInferred: field(fc.boolean()),
  });
  const schemaVersion = field(broken ? fc.constantFrom("1.0", "1.1", "2.0", "1") : fc.constant("1.0"));

  /** The file format (`seeds/17-3024.00.json`): `framework.levels` an object, `sources` name → text or URL. */
  const raw = objectOf({
    schemaVersion,
    occupation: field(occupation),
    framework: field(
      objectOf({
        version: field(hostileText),
        description: field(hostileText),
        contextCovered: field(hostileText),
        levels: field(
          dictionaryOf(
            levelKey,
            field(
              objectOf({
                label: field(hostileText),
                statements: field(fc.array(field(statementText), { minLength: broken ? 0 : 1, maxLength: 4 })),
              }),
            ),
          ),
        ),
      }),
    ),
    sources: field(dictionaryOf(hostileText, field(fc.oneof(hostileUrl, hostileText)))),
    attribution: field(hostileText),
  });

  /** Shaped like the `Framework` of packages/core/src/model/types.ts, with everything in it hostile. */
  const parsed = objectOf({
    schemaVersion,
    occupation: field(occupation),
    version: field(hostileText),
    description: field(hostileText),
    contextCovered: field(hostileText),
    levels: field(
      fc.array(
        field(
          objectOf({
            key: field(levelKey),
            id: field(statementId),
            label: field(hostileText),
            rank: field(fc.integer({ min: -1, max: 5 })),
            statements: field(
              fc.array(
                field(
                  objectOf({
                    id: field(statementId),
                    levelKey: field(levelKey),
                    index: field(fc.integer({ min: -1, max: 5 })),
                    text: field(statementText),
                    subject: field(hostileText),
                    description: field(hostileText),
                  }),
                ),
                { maxLength: 4 },
              ),
            ),
          }),
        ),
        { maxLength: 4 },
      ),
    ),
    sources: field(
      fc.array(
        field(
          objectOf({
            name: field(hostileText),
            value: field(fc.oneof(hostileUrl, hostileText)),
            url: field(hostileUrl),
          }),
        ),
        { maxLength: 3 },
      ),
    ),
    attribution: field(hostileText),
  });
  return { raw, parsed };
}

const intact = shapes(false);
const broken = shapes(true);

/** Raw input as an object: as `JSON.parse` or `structuredClone` hands it over. */
export const rawFramework: fc.Arbitrary<Record<string, unknown>> = fc.oneof(intact.raw, broken.raw);

/** Raw input as JSON text, as it arrives in a response or a file (BigInt written as a string). */
export const rawFrameworkText: fc.Arbitrary<string> = rawFramework.map((value) => {
  try {
    return JSON.stringify(value, (_key, item) => (typeof item === "bigint" ? String(item) : item));
  } catch (error) {
    // The throwing getter: a response body can hold anything, so send what a server would.
    return String(error);
  }
});

/** One change to a framework that crossed a boundary: the field at a position in {@link fieldPaths}. */
const edit = fc.record({ at: fc.nat(), value: fc.oneof(hostileUrl, hostileText, wrongValue) });

/**
 * Every place a value sits in a parsed framework, and each source's `url` even where it
 * has none: where whoever sends the copy can put something else.
 */
function fieldPaths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value !== "object" || value === null) return [at];
  const paths = Object.entries(value).flatMap(([key, item]) =>
    fieldPaths(item, [...at, Array.isArray(value) ? Number(key) : key]),
  );
  if (at.length === 2 && at[0] === "sources" && !("url" in value)) paths.push([...at, "url"]);
  return [at, ...paths];
}

/**
 * A framework core parsed, then sent across a boundary (server component props, a cache,
 * `postMessage`) and changed on the way: it has the exact shape of a real one.
 */
const parsedByCore = intact.raw
  .map((raw) => parseFramework(raw))
  .filter((result) => result.ok)
  .map((result) => (result.ok ? result.framework : undefined));

const crossedFramework = fc
  .tuple(parsedByCore, fc.array(edit, { minLength: 1, maxLength: 3 }))
  .map(([framework, edits]) => {
    const copy: unknown = JSON.parse(JSON.stringify(framework));
    const paths = fieldPaths(copy).filter((path) => path.length > 0);
    for (const { at, value } of edits) {
      const path = paths[at % paths.length] ?? [];
      let holder: unknown = copy;
      for (const step of path.slice(0, -1)) holder = isObject(holder) ? holder[step] : undefined;
      const last = path[path.length - 1];
      if (last !== undefined && isObject(holder)) holder[last] = value;
    }
    return copy as Record<string, unknown>;
  });

function isObject(value: unknown): value is Record<string | number, unknown> {
  return typeof value === "object" && value !== null;
}

/** Objects shaped like a parsed `Framework`: real ones changed in transit, and made-up ones. */
export const parsedLookingFramework: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  crossedFramework,
  intact.parsed,
  broken.parsed,
);

/** The level keys of any input, raw or parsed-looking, as a host would read them to compare two levels. */
export function levelKeysOf(input: unknown): string[] {
  try {
    const value: unknown = typeof input === "string" ? JSON.parse(input) : input;
    if (typeof value !== "object" || value === null) return [];
    const { levels, framework } = value as { levels?: unknown; framework?: { levels?: unknown } };
    if (Array.isArray(levels)) {
      return levels.map((level: { key?: unknown } | null) => level?.key).filter((key) => typeof key === "string");
    }
    const raw = framework?.levels;
    return typeof raw === "object" && raw !== null ? Object.keys(raw) : [];
  } catch {
    return [];
  }
}
