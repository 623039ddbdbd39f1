/**
 * Reading server HTML the way a browser does, for the properties every rendering must
 * keep whatever the framework holds: which links it makes, and whether its text is sound.
 */

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text or an attribute value with its character references resolved, as the browser reads it. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== "#") return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** A link of the HTML: where it goes (decoded) and the text a reader sees (tags dropped, decoded). */
export interface HtmlLink {
  href: string;
  text: string;
}

/** Every element with an `href` attribute (React writes attributes double-quoted), in order. */
export function linksOf(html: string): HtmlLink[] {
  const links: HtmlLink[] = [];
  for (const match of html.matchAll(/<(\w+)\b[^>]*?\shref="([^"]*)"[^>]*>/g)) {
    const [opening, tag = "", href = ""] = match;
    const rest = html.slice((match.index ?? 0) + opening.length);
    const end = rest.indexOf(`</${tag}>`);
    const inner = end === -1 ? "" : rest.slice(0, end);
    links.push({ href: decodeEntities(href), text: decodeEntities(inner.replace(/<[^>]*>/g, "")) });
  }
  return links;
}

/**
 * The scheme a browser follows an `href` with (it drops tabs and newlines and trims
 * control characters first, as `URL` does), or `"relative"` when the value is not an
 * absolute URL: a relative link goes wherever the host page is.
 */
export function schemeOf(href: string): string {
  try {
    return new URL(href).protocol;
  } catch {
    return "relative";
  }
}

/** Index of the first unpaired surrogate (text no UTF-8 encoder can write), or -1. */
export function loneSurrogateAt(text: string): number {
  return text.search(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
}

/** Bidirectional formatting characters: they make text read in another order than it is written. */
export const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
