/** White space other than single inner spaces: what {@link collapseWhitespace} would change. */
const UNTIDY_SPACE = /[^\S ]| {2}/;

/** Collapses runs of white space to one space and trims the ends. */
export function collapseWhitespace(text: string): string {
  // Most statements are already tidy; testing first avoids a copy of every one of them.
  return UNTIDY_SPACE.test(text) ? text.replace(/\s+/g, " ").trim() : text.trim();
}

/**
 * Splits "Subject — description" on the first em dash. Without an em dash, the earliest of
 * an en dash, a spaced hyphen (" - ") or a colon followed by a space separates them, so
 * hand-typed frameworks read the same. Returns undefined when no separator yields both a
 * subject and a description.
 */
export function splitStatement(text: string): { subject: string; description: string } | undefined {
  let at = text.indexOf("—");
  let width = 1;
  if (at < 0) {
    const fallback = /–|\s-\s|:\s/.exec(text);
    if (!fallback) return undefined;
    at = fallback.index;
    width = fallback[0].length;
  }
  const subject = text.slice(0, at).trim();
  const description = text.slice(at + width).trim();
  return subject && description ? { subject, description } : undefined;
}

/** Lowercase ASCII letters, digits and single hyphens; `""` when nothing is left. */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Case- and diacritic-insensitive form of a text: "Élan" → "elan". */
export function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** `base`, or `base-2`, `base-3`… whichever is not in `used` yet; records the result. */
export function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
