import type { Framework } from "@rungs/core";

/** What a standalone page holds besides the view's markup. */
export interface PageParts {
  readonly framework: Framework;
  /** The page's language (`<html lang>`), a BCP 47 tag. */
  readonly lang: string;
  /** The view, rendered to static markup. */
  readonly body: string;
  /** @rungs/react's stylesheet. */
  readonly stylesheet: string;
  /** The JSON-LD script's content, already made safe for a `<script>` element. */
  readonly jsonLd: string;
  /** (1.1) The label of the track shown, when the framework has several: said in the title. */
  readonly track?: string | undefined;
}

/**
 * The page's own few rules, outside the components' layer: a readable measure, a canvas
 * that follows the reader's colour scheme as the components do, and (1.1) room between
 * the tracks' switcher and the view.
 */
const PAGE_STYLE = `:root{color-scheme:light dark}body{margin:0;font-family:system-ui,sans-serif;line-height:1.5}main{max-inline-size:72rem;margin-inline:auto;padding:1rem}main>.rungs-tracks{margin-block-end:1rem}`;

/**
 * A standalone HTML document around a rendered view: doctype, language, title, viewport,
 * the stylesheet inlined (no request to make, nothing to install), the framework's
 * schema.org JSON-LD, and no other script: the page needs no JavaScript to show everything.
 */
export function pageHtml({ framework, lang, body, stylesheet, jsonLd, track }: PageParts): string {
  const occupation = framework.occupation.title.trim() || "Competency framework";
  // One page per track: each title says which, as a tab, a bookmark and a search result show it.
  const title = track?.trim() ? `${occupation}: ${track.trim()}` : occupation;
  const description = framework.description?.trim();
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(lang)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    ...(description ? [`<meta name="description" content="${escapeHtml(description)}">`] : []),
    `<style>${PAGE_STYLE}\n${safeInStyle(stylesheet)}</style>`,
    `<script type="application/ld+json">${jsonLd}</script>`,
    "</head>",
    "<body>",
    "<main>",
    `<h1>${escapeHtml(title)}</h1>`,
    ...(description ? [`<p>${escapeHtml(description)}</p>`] : []),
    body,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** Text or an attribute value (double-quoted) as HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * A stylesheet that cannot end its `<style>` element early: `</style` anywhere (only in a
 * comment or string of a stylesheet) is written with an escaped slash, which CSS reads the same.
 */
function safeInStyle(css: string): string {
  return css.replace(/<\/(style)/gi, "<\\/$1");
}
