/** A value that may become a link, as it is safe to show: where it really goes, and how to say so. */
export interface LinkTarget {
  /** The URL as the browser will follow it: absolute, http(s), no user name or password. */
  readonly href: string;
  /**
   * What the link text shows: the host (IDN as punycode) and path, so the text never says
   * one place while the link goes to another. Never holds bidi controls or credentials.
   */
  readonly text: string;
}

/** Bidirectional formatting characters: they can make a text read differently from what it holds. */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, "g");

/**
 * The value as a link when, and only when, it is one absolute `http:` or `https:` URL
 * without credentials (`https://bank.example@evil.example` reads as one host and goes to
 * another). Core decides this when it parses, and views decide it again when they render,
 * whatever a framework-shaped object says. Never throws.
 */
export function linkTarget(value: unknown): LinkTarget | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  if (!/^https?:\/\/\S+$/i.test(trimmed) || BIDI_CONTROL.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.username !== "" || url.password !== "") {
    return undefined;
  }
  // The serialized URL percent-encodes what could hide in a path; the host is punycode.
  const path = url.pathname === "/" ? "" : url.pathname;
  return { href: url.href, text: `${url.host}${path}${url.search}`.replace(BIDI_CONTROLS, "") };
}
