import type { FrameworkInput } from "@rungs/core";
import { FrameworkAttribution, LevelCompare, LevelLadder, ProgressionMatrix } from "@rungs/react";
import fc from "fast-check";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { seedText } from "../seeds";
import {
  hostileText,
  levelKeysOf,
  parsedLookingFramework,
  rawFramework,
  rawFrameworkText,
  wrongValue,
} from "./hostile";
import { BIDI_CONTROL, linksOf, loneSurrogateAt, schemeOf } from "./html";

// Generated frameworks per view and kind of input. Before the fixes, every property below
// failed within a few dozen runs; 150 keeps the file near ten seconds per React version.
const RUNS = 150;

const VIEWS = ["LevelLadder", "ProgressionMatrix", "LevelCompare", "FrameworkAttribution"] as const;
type View = (typeof VIEWS)[number];

/** Which levels a host compares: the first and last it finds, or keys the framework lacks. */
type Comparison = "ends" | "unknown";

/** A view as a host server-renders it, with the framework it was sent and the host's own props. */
function viewOf(view: View, value: unknown, comparison: Comparison = "ends", query?: string): ReactElement {
  // Hostile values reach components at run time whatever their props' type says.
  const framework = value as FrameworkInput;
  const keys = levelKeysOf(value);
  const [from, to] =
    comparison === "ends" ? [keys[0] ?? "first", keys[keys.length - 1] ?? "last"] : ["no such level", "\u202Eunknown"];
  switch (view) {
    case "LevelLadder":
      return <LevelLadder framework={framework} currentLevel={from} targetLevel={to} query={query} />;
    case "ProgressionMatrix":
      return <ProgressionMatrix framework={framework} currentLevel={from} targetLevel={to} query={query} />;
    case "LevelCompare":
      return <LevelCompare framework={framework} from={from} to={to} />;
    case "FrameworkAttribution":
      return <FrameworkAttribution framework={framework} />;
  }
}

/** What the server HTML of any framework must be: safe to send to a browser as it is. */
function expectSafeHtml(html: string) {
  const links = linksOf(html).filter((link) => !["http:", "https:"].includes(schemeOf(link.href)));
  expect(links, "every href is an http: or https: URL").toEqual([]);
  const at = loneSurrogateAt(html);
  expect(at, `well-formed UTF-16, but found a lone surrogate in …${html.slice(Math.max(0, at - 40), at + 1)}`).toBe(-1);
  expect(html, "no inline style (a strict CSP blocks it)").not.toContain('style="');
}

const INPUTS = [
  ["raw input (an object)", rawFramework],
  ["raw input (JSON text)", rawFrameworkText],
  ["parsed-looking objects", parsedLookingFramework],
] as const;

const hostProps = fc.record({
  comparison: fc.constantFrom<Comparison>("ends", "unknown"),
  query: fc.option(
    hostileText.filter((text) => text.length < 100),
    { nil: undefined },
  ),
});

describe.each(INPUTS)("server rendering of generated %s", (_kind, input) => {
  it.each(VIEWS)("%s never throws, links only to http(s), writes well-formed UTF-16 and no inline style", (view) => {
    fc.assert(
      fc.property(input, hostProps, (framework, { comparison, query }) => {
        expectSafeHtml(renderToString(viewOf(view, framework, comparison, query)));
      }),
      { numRuns: RUNS },
    );
  });

  it("links say where they go: the text starts with the host the href opens, with no bidi controls", () => {
    fc.assert(
      fc.property(input, (framework) => {
        for (const link of linksOf(renderToString(viewOf("FrameworkAttribution", framework)))) {
          // Any other href fails the property above; this one is about the links it allows.
          if (!["http:", "https:"].includes(schemeOf(link.href))) continue;
          const host = new URL(link.href).host;
          const shown = link.text.trim().replace(/^https?:\/\//i, "");
          expect(shown.startsWith(host), `"${link.text}" links to ${link.href}`).toBe(true);
          expect(BIDI_CONTROL.test(link.text), `"${link.text}" holds a bidi control`).toBe(false);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

/** The look-alike, verbatim: JSON fetched from anywhere can take a parsed framework's shape. */
const LOOK_ALIKE =
  '{"schemaVersion":"1.0","occupation":{},"sources":[{"name":"O*NET","value":"https://www.onetcenter.org","url":"javascript:alert(document.cookie)"}],"levels":[{"key":"a","id":"a","label":"A","rank":0,"statements":[{"id":"a-1","subject":"S","description":"d","text":"S — d"}]}]}';

/** The look-alike with an honest link and one change, as the variants describe them. */
function lookAlike(change: (framework: LookAlike) => void): LookAlike {
  const framework = JSON.parse(LOOK_ALIKE.replace("javascript:alert(document.cookie)", "https://www.onetcenter.org"));
  change(framework);
  return framework;
}
type LookAlike = {
  sources: Array<Record<string, unknown>>;
  levels: Array<{ statements: Array<Record<string, unknown>> }>;
};

describe("the issue's reproducers, rendered on the server", () => {
  it("the JSON.parse'd look-alike with a javascript: url makes no javascript: link (React 18 wrote one)", () => {
    const f = JSON.parse(LOOK_ALIKE);
    const html = renderToString(<LevelLadder framework={f} />);
    expect(linksOf(html).map((link) => link.href)).not.toContainEqual(expect.stringMatching(/^\s*javascript:/i));
    expectSafeHtml(html);
  });

  const variants: Array<[string, LookAlike]> = [
    [
      "a data: url",
      lookAlike((f) => {
        f.sources[0] = { ...f.sources[0], url: "data:text/html,<script>alert(document.cookie)</script>" };
      }),
    ],
    [
      "a vbscript: url",
      lookAlike((f) => {
        f.sources[0] = { ...f.sources[0], url: "vbscript:msgbox(1)" };
      }),
    ],
    [
      "a url with an RTL override",
      lookAlike((f) => Object.assign(f.sources[0] ?? {}, { url: "\u202Ehttps://x.example" })),
    ],
    ["a statement without a subject", lookAlike((f) => delete f.levels[0]?.statements[0]?.subject)],
    ["a statement without its text", lookAlike((f) => delete f.levels[0]?.statements[0]?.text)],
    ["a source whose name is an object", lookAlike((f) => Object.assign(f.sources[0] ?? {}, { name: {} }))],
  ];
  describe.each(variants)("the look-alike with %s", (_variant, framework) => {
    it.each(VIEWS)("%s renders without throwing, and links only to http(s)", (view) => {
      expectSafeHtml(renderToString(viewOf(view, framework)));
    });
  });

  it("a wrong value anywhere in the look-alike: no view throws, and links stay http(s)", () => {
    const paths = [
      ["sources", 0, "name"],
      ["sources", 0, "value"],
      ["sources", 0, "url"],
      ["levels", 0, "label"],
      ["levels", 0, "key"],
      ["levels", 0, "statements"],
      ["levels", 0, "statements", 0],
      ["levels", 0, "statements", 0, "description"],
      ["occupation"],
      ["sources"],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...paths), wrongValue, fc.constantFrom(...VIEWS), (path, value, view) => {
        const framework = lookAlike(() => {});
        let holder: Record<string | number, unknown> = framework;
        for (const step of path.slice(0, -1)) holder = holder[step] as typeof holder;
        holder[path[path.length - 1] as string | number] = value;
        expectSafeHtml(renderToString(viewOf(view, framework)));
      }),
      { numRuns: RUNS },
    );
  });
});

describe("cases the fuzz suite found, kept as examples", () => {
  // A search box cut mid-emoji, a key pasted from a broken file: host props hold lone surrogates too.
  const cutEmoji = "😀".slice(0, 1);

  it.each(VIEWS)("%s shows a problem in a key with a lone surrogate as well-formed text", (view) => {
    const framework = { schemaVersion: "1.0", framework: { levels: { [`key ${cutEmoji}`]: { statements: 1 } } } };
    expectSafeHtml(renderToString(viewOf(view, framework)));
  });

  it.each(["LevelLadder", "ProgressionMatrix"] as const)(
    "%s echoes a query with a lone surrogate well-formed",
    (view) => {
      expectSafeHtml(renderToString(viewOf(view, seedText(), "ends", `Zzz ${cutEmoji}`)));
    },
  );

  it("LevelCompare names a level it does not have, with a lone surrogate, as well-formed text", () => {
    expectSafeHtml(renderToString(<LevelCompare framework={seedText()} from={`x${cutEmoji}`} to="emerging" />));
  });

  it.each(["ProgressionMatrix", "LevelCompare"] as const)(
    "%s labels a theme taken from well-formed text (a combining accent between astral letters) well-formed",
    (view) => {
      const statements = ["\u{10000}\u{10000}A\u0300\u{10000}", "\u{10000}\u{10000}A\u0300\u{10000} more"];
      const framework = {
        schemaVersion: "1.0",
        occupation: { title: "Astral" },
        framework: { levels: { a: { label: "A", statements: [statements[0]] }, b: { label: "B", statements } } },
        sources: {},
        attribution: "Test",
      };
      const html = renderToString(viewOf(view, framework));
      expect(html).not.toContain('role="alert"');
      expectSafeHtml(html);
    },
  );
});
