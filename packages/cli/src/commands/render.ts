import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type Framework, type Track, trackOf } from "@rungs/core";
import { jsonLdScriptText, toJsonLd } from "@rungs/formats/jsonld";
import { choiceOf, commandArgs, oneInput, usageError } from "../args";
import { EXIT, type ExitCode } from "../exit-codes";
import type { Io } from "../io";
import { loadFramework } from "../load-framework";
import { pageHtml } from "../page";
import { INPUT_FORMATS } from "../read-input";
import { printable } from "../report";
import { trackHrefOption, trackOption } from "../track-options";
import { writeOutput } from "../write-output";

/** The views `render` makes a page of. */
export const VIEWS = ["ladder", "matrix"] as const;
type View = (typeof VIEWS)[number];

/** The views `render --element` writes, each a `<rungs-…>` element of @rungs/elements. */
export const ELEMENT_VIEWS = ["ladder", "matrix", "compare", "stepper", "summary", "area-profile"] as const;
type ElementView = (typeof ELEMENT_VIEWS)[number];

/** `rungs render --help`. */
export const RENDER_HELP = `Usage: rungs render <file> [--view ladder|matrix] [--out page.html] [options]

Renders a framework (Rungs JSON or YAML, CSV, a CASE package or a Markdown ladder; - for
stdin) as a standalone HTML
page: the view with every statement shown, the sources and attribution, the stylesheet
inlined and schema.org JSON-LD. No JavaScript is needed to read it. Written to stdout
unless --out is given.

Options:
  --view <ladder|matrix>   the view (default: ladder, every level shown under its heading)
  --out <file>             write to this file instead of stdout
  --from <json|csv|case|yaml|markdown>
                           the input's format (default: from its name or content)
  --lang <tag>             the page's language (default: en)
  --url <url>              the page's address, for the JSON-LD
  --track <key>            (format 1.1) the track shown (default: the first); an unknown
                           key is a usage error that lists the framework's tracks
  --track-href <template>  (format 1.1) where each track's page is, {track} standing for
                           its id, e.g. --track-href 'engineering-{track}.html': the page
                           then links to the other tracks' pages (a switcher above the
                           view, and each level's equivalents). Write one page per track.
  -h, --help               show this help

For a page that loads @rungs/elements (any server, any language), --element writes the view
as a custom element instead: <rungs-ladder> (or -matrix, -compare, -stepper, -summary,
-area-profile) with its HTML already inside, readable without JavaScript, and the
framework in a child JSON script; the element keeps that HTML and hydrates it when its
script loads. Paste it into the page's template; the page links the stylesheet itself.

  --element                 write a custom element, not a page (--view may also be
                            compare, stepper, summary or area-profile)
  --attr <name=value>       with --element: an attribute of the element, as the browser
                            reads it (repeatable), e.g. --attr current-level=developing;
                            the element's own, data-*, aria-* and safe global ones
                            (id, class, lang…), never an on* handler or style
  --identifier-prefix <p>   with --element: React's id prefix, one per element on a page

Exit status: 0 when written, 1 when the input is not a usable framework, 2 on a usage
error (unknown option, a file that cannot be read or written).
`;

/** `rungs render <file>`: a page for portals that are not React. */
export async function render(argv: readonly string[], io: Io): Promise<ExitCode> {
  const command = commandArgs(
    io,
    "render",
    argv,
    {
      view: { type: "string" },
      out: { type: "string", short: "o" },
      from: { type: "string" },
      lang: { type: "string" },
      url: { type: "string" },
      element: { type: "boolean" },
      attr: { type: "string", multiple: true },
      "identifier-prefix": { type: "string" },
      track: { type: "string" },
      "track-href": { type: "string" },
    },
    RENDER_HELP,
  );
  if (command.done !== undefined) return command.done;
  const { values, positionals } = command.args;
  if (values.element && (values.lang !== undefined || values.url !== undefined))
    return usageError(io, "render", "--lang and --url are for a page, not --element (the host's page has its own)");
  if (!values.element && (values.attr !== undefined || values["identifier-prefix"] !== undefined))
    return usageError(io, "render", "--attr and --identifier-prefix go with --element");
  if (values.element && (values.track !== undefined || values["track-href"] !== undefined))
    return usageError(io, "render", "--track and --track-href are for a page; an element takes --attr track=<key>");
  const trackHref = trackHrefOption(values["track-href"]);
  if (!trackHref.ok) return usageError(io, "render", trackHref.message);
  const pageView = choiceOf("view", values.view, VIEWS);
  const elementView = choiceOf("view", values.view, ELEMENT_VIEWS);
  const view = values.element ? elementView : pageView;
  if (!view.ok) return usageError(io, "render", view.message);
  const attributes = attributesOf(values.attr ?? []);
  if (!attributes.ok) return usageError(io, "render", attributes.message);
  if (values.element && elementView.ok) {
    const refused = await refusedAttributes(`rungs-${elementView.value ?? "ladder"}`, attributes.value);
    if (refused.length > 0) return usageError(io, "render", refused);
  }
  const from = choiceOf("from", values.from, INPUT_FORMATS);
  if (!from.ok) return usageError(io, "render", from.message);
  const lang = values.lang ?? "en";
  if (!isLanguageTag(lang))
    return usageError(io, "render", `--lang must be a language tag such as en or en-GB; got '${lang}'`);
  const one = oneInput(io, "render", positionals);
  if ("done" in one) return one.done;

  const loaded = loadFramework(io, "render", one.input, from.value);
  if (!loaded.ok) return loaded.exit;
  const { framework } = loaded;
  if (values.element && elementView.ok) {
    const fragment = await rendered(io, () =>
      renderElement(framework, elementView.value ?? "ladder", {
        attributes: attributes.value,
        identifierPrefix: values["identifier-prefix"],
      }),
    );
    if (fragment === undefined) return EXIT.invalid;
    return writeOutput(io, "render", `${fragment}\n`, values.out);
  }
  const track = trackOption(framework, values.track);
  if (!track.ok) return usageError(io, "render", track.message);
  const shown = trackOf(framework, track.value);
  if (framework.tracks.length > 1 && trackHref.value === undefined) {
    io.err(
      `${printable(`rungs render: ${one.input} has ${framework.tracks.length} tracks: the page shows ${shown.label || shown.key} only (--track for another), with no links to the others; give --track-href to link one page per track`)}\n`,
    );
  }
  const body = await rendered(io, () =>
    renderView(framework, (pageView.ok && pageView.value) || "ladder", {
      track: track.value,
      trackHref: trackHref.value,
    }),
  );
  if (body === undefined) return EXIT.invalid;
  const jsonLd = jsonLdScriptText(
    toJsonLd(framework, { inLanguage: lang, ...(values.url !== undefined && { url: values.url }) }),
  );
  const html = pageHtml({
    framework,
    lang,
    body,
    stylesheet: stylesheet(),
    jsonLd,
    ...(framework.tracks.length > 1 && { track: shown.label || shown.key }),
  });
  return writeOutput(io, "render", html, values.out);
}

/**
 * What a render gave, or `undefined` when it failed (said on stderr): a framework that parsed
 * is rendered, so a failure is the installation's (two copies of React, an unsupported one),
 * and the command must not exit 0 with nothing written.
 */
async function rendered(io: Io, render: () => Promise<string>): Promise<string | undefined> {
  try {
    return await render();
  } catch (error) {
    const { version } = await import("react").catch(() => ({ version: "not found" }));
    io.err(
      `${printable(`rungs render: the view could not be rendered with React ${version}: ${error instanceof Error ? error.message : String(error)}`)}\n` +
        "Rungs needs one copy of React 18.2+ or 19 (and the same react-dom) in the project: check `npm ls react react-dom`.\n",
    );
    return undefined;
  }
}

/** Which track a page shows, and where the other tracks' pages are (none: no links to them). */
interface PageTrack {
  track: string | undefined;
  trackHref: ((track: Track) => string) | undefined;
}

/**
 * The view as static markup, with the sources and attribution its licence asks for. The
 * ladder is not interactive: the page has no script, so each rung is a heading with its
 * statements below it, every one shown, and no button that would do nothing.
 * (1.1) One track's levels; with `trackHref`, the tracks' switcher above the view links to
 * their pages (one file cannot hold a link to a page that is not written), and so does
 * each level's line of equivalents.
 * React is loaded here, not at start, so it runs in production mode (the bin sets
 * NODE_ENV first) and `validate` never loads it.
 */
async function renderView(framework: Framework, view: View, { track, trackHref }: PageTrack): Promise<string> {
  const [{ createElement, Fragment }, { renderToStaticMarkup }, { LevelLadder, ProgressionMatrix, TrackSwitcher }] =
    await Promise.all([import("react"), import("react-dom/server"), import("@rungs/react")]);
  const element =
    view === "ladder"
      ? createElement(LevelLadder, { framework, interactive: false, headingLevel: 2, track, trackHref })
      : createElement(ProgressionMatrix, { framework, track });
  const switcher = trackHref && createElement(TrackSwitcher, { framework, track, href: trackHref });
  return renderToStaticMarkup(createElement(Fragment, null, switcher, element));
}

/**
 * The view as @rungs/elements' server renderer writes it, so that the element's script
 * hydrates exactly this HTML. Loaded here, as React is in `renderView`.
 */
async function renderElement(
  framework: Framework,
  view: ElementView,
  options: { attributes: Record<string, string>; identifierPrefix: string | undefined },
): Promise<string> {
  const { renderRungsElement } = await import("@rungs/elements/server");
  return renderRungsElement(`rungs-${view}`, { framework, ...options });
}

const ATTRIBUTE = /^([a-z][a-z0-9-]*)=([\s\S]*)$/;

/** `--attr name=value` options as attributes, or what is wrong with one. */
function attributesOf(
  options: readonly string[],
): { ok: true; value: Record<string, string> } | { ok: false; message: string } {
  const value: Record<string, string> = {};
  for (const option of options) {
    const match = ATTRIBUTE.exec(option);
    if (!match?.[1]) {
      return { ok: false, message: `--attr takes name=value with a lower-case attribute name; got '${option}'` };
    }
    value[match[1]] = match[2] ?? "";
  }
  return { ok: true, value };
}

/**
 * Why `--attr` attributes cannot be written on the element, one line each, by the rule of
 * @rungs/elements' server renderer (`attributeProblems`): only the element's own and safe
 * global attributes, no `on*` handler, no `style`, and `src`/`link-to` only as http(s) or
 * relative addresses. Said as a usage error before any work, rather than thrown by the renderer.
 */
async function refusedAttributes(tag: string, attributes: Record<string, string>): Promise<string[]> {
  const { attributeProblems } = await import("@rungs/elements/server");
  return attributeProblems(tag, attributes).map((problem) => `--attr ${problem.name}: ${problem.message}`);
}

/** @rungs/react's stylesheet, from the installed package. */
function stylesheet(): string {
  return readFileSync(createRequire(import.meta.url).resolve("@rungs/react/styles.css"), "utf8");
}

/** A BCP 47 tag's shape (letters, digits, hyphens), enough to keep the attribute sound. */
function isLanguageTag(text: string): boolean {
  return /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(text);
}
