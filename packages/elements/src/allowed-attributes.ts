import { isPageUrl } from "./page-url";
import { ELEMENT_VIEWS, type RungsElementTag } from "./views";

/** A plain lowercase attribute name, the only kind `renderRungsElement` writes. */
const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/** What every element reads besides its view's attributes: its data, its theme, and two read once. */
const ELEMENT_ATTRIBUTES = ["src", "theme", "identifier-prefix", "timeout"] as const;

/**
 * HTML's global attributes a host may put on any element, none of which holds script, style
 * or a URL: `id`, `class`, `lang`, `dir`, `title`, `hidden`, `translate`, `role`, and any
 * `data-*` and `aria-*` name. Not `style` (inline style needs `'unsafe-inline'` under a strict
 * Content Security Policy; use `class` and the `--rungs-*` tokens), no `on*` handler.
 */
export const GLOBAL_ATTRIBUTES: readonly string[] = Object.freeze([
  "id",
  "class",
  "lang",
  "dir",
  "title",
  "hidden",
  "translate",
  "role",
]);

/** Attributes an element sets itself, from its state or its other attributes: one from a server would stick or clash. */
const SET_BY_THE_ELEMENT: ReadonlySet<string> = new Set(["aria-busy", "data-rungs-theme"]);

/** Attributes the element follows as addresses: each must pass `isPageUrl`. */
const URL_ATTRIBUTES: ReadonlySet<string> = new Set(["src", "link-to"]);

/** Why an attribute given to `renderRungsElement` (or the CLI's `--attr`) is not written. */
export interface AttributeProblem {
  /** The attribute's name (the tag, for `unknown-element`). */
  readonly name: string;
  /**
   * `not-allowed`: the name is not one the element takes (a programmer's error: `renderRungsElement`
   * throws a `TypeError`); `not-text`: the value is not a string (the same); `unsafe-url`: `src`
   * or `link-to` is not an http(s) or relative address without credentials (the value may come
   * from a reader: `renderRungsElement` leaves the attribute out, with a console warning);
   * `unknown-element`: the tag is not a Rungs element.
   */
  readonly code: "not-allowed" | "not-text" | "unsafe-url" | "unknown-element";
  /** One sentence for the developer: the attribute, and what it may be. */
  readonly message: string;
}

/** Whether the tag is one of the Rungs elements. */
export function isRungsElementTag(tag: unknown): tag is RungsElementTag {
  return typeof tag === "string" && Object.hasOwn(ELEMENT_VIEWS, tag);
}

/** The attributes an element takes as its own (in the order its documentation lists them). */
export function elementAttributes(tag: RungsElementTag): readonly string[] {
  return [...ELEMENT_VIEWS[tag].attributes, ...ELEMENT_ATTRIBUTES];
}

/**
 * Whether `renderRungsElement` writes an attribute of this name on this element: one of the
 * element's own ({@link elementAttributes}) or a safe global one ({@link GLOBAL_ATTRIBUTES},
 * `data-*`, `aria-*`), but none that the element sets itself (`aria-busy`, `data-rungs-theme`).
 * The value is checked too, by {@link attributeProblems}.
 */
export function isAllowedAttribute(tag: string, name: string): boolean {
  if (!isRungsElementTag(tag) || !ATTRIBUTE_NAME.test(name) || SET_BY_THE_ELEMENT.has(name)) return false;
  if (GLOBAL_ATTRIBUTES.includes(name) || /^(data|aria)-[a-z0-9]/.test(name)) return true;
  return elementAttributes(tag).includes(name);
}

/**
 * Every reason the attributes cannot all be written on the element, `[]` when they can: what
 * `renderRungsElement` checks, for a caller (the CLI's `--attr`) that reports them as a usage
 * error instead.
 */
export function attributeProblems(tag: string, attributes: Readonly<Record<string, unknown>>): AttributeProblem[] {
  if (!isRungsElementTag(tag)) {
    return [
      {
        name: String(tag),
        code: "unknown-element",
        message: `"${String(tag)}" is not a Rungs element; the elements are ${Object.keys(ELEMENT_VIEWS).join(", ")}.`,
      },
    ];
  }
  const problems: AttributeProblem[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (!isAllowedAttribute(tag, name)) {
      problems.push({ name, code: "not-allowed", message: notAllowed(tag, name) });
    } else if (typeof value !== "string") {
      problems.push({ name, code: "not-text", message: `The ${name} attribute of <${tag}> must be a string.` });
    } else if (URL_ATTRIBUTES.has(name) && !isPageUrl(value)) {
      problems.push({
        name,
        code: "unsafe-url",
        message:
          `The ${name} attribute of <${tag}> must be an http: or https: address, or one relative to the page, ` +
          "without a user name or password.",
      });
    }
  }
  return problems;
}

/** The sentence for a name that is not allowed: why, for the names refused on purpose. */
function notAllowed(tag: RungsElementTag, name: string): string {
  const shown = JSON.stringify(name);
  if (/^on/i.test(name)) return `${shown} is refused on <${tag}>: no event handler attribute is written.`;
  if (name === "style") {
    return `"style" is refused on <${tag}>: inline style breaks a strict Content Security Policy; use class and the --rungs-* tokens.`;
  }
  if (SET_BY_THE_ELEMENT.has(name)) return `${shown} is refused on <${tag}>: the element sets it itself.`;
  return (
    `${shown} is not an attribute <${tag}> takes; it takes ${elementAttributes(tag).join(", ")}, ` +
    `and ${GLOBAL_ATTRIBUTES.join(", ")}, data-* and aria-*.`
  );
}
