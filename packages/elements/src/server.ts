import type { FrameworkInput } from "@rungs/core";
import { renderToString } from "react-dom/server";
import { ELEMENT_VIEWS, type ElementHost, type RungsElementTag } from "./views";

export interface RenderRungsElementOptions {
  /** The framework: JSON text, the object its author wrote, or one `parseFramework` returned. */
  framework: FrameworkInput;
  /**
   * The element's attributes, as on the page: `{ "current-level": "developing", assessable: "" }`.
   * They choose what is rendered exactly as they do in the browser.
   */
  attributes?: Readonly<Record<string, string>> | undefined;
  /**
   * React's `identifierPrefix`, written as the element's `identifier-prefix` attribute so the
   * browser hydrates with the same ids. Give each server-rendered element on a page its own.
   */
  identifierPrefix?: string | undefined;
}

/**
 * The HTML of a Rungs element with its view rendered inside and its framework in a child
 * `<script type="application/json">`: a page readable with JavaScript off, which the element
 * keeps and makes interactive when its script loads (no empty flash, no layout shift).
 * Runs in Node or any server; never touches a DOM.
 *
 * @example
 * renderRungsElement("rungs-ladder", { framework: json, attributes: { "current-level": "developing" } })
 */
export function renderRungsElement(tag: RungsElementTag, options: RenderRungsElementOptions): string {
  const attributes = { ...options.attributes };
  if (options.identifierPrefix !== undefined) attributes["identifier-prefix"] = options.identifierPrefix;
  const host: ElementHost = { attr: (name) => attributes[name], emit: () => {} };
  const view = ELEMENT_VIEWS[tag];
  const html = renderToString(view.render(options.framework, host), {
    identifierPrefix: options.identifierPrefix ?? "",
  });
  const opening = [tag, ...Object.entries(attributes).map(([name, value]) => attribute(name, value))].join(" ");
  return `<${opening}><script type="application/json">${scriptText(options.framework)}</script>${html}</${tag}>`;
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/** `name="value"`, the value escaped; a name that is not a plain attribute name is refused. */
function attribute(name: string, value: string): string {
  if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`"${name}" is not an attribute name a Rungs element reads.`);
  return `${name}="${value.replace(/[&"<>]/g, (character) => `&#${character.charCodeAt(0)};`)}"`;
}

/**
 * The framework as the text of a JSON script that nothing in it can end or change: `<`, `>`
 * and `&` (only ever inside JSON strings) are written as `\u003c`, `\u003e`, `\u0026`.
 */
function scriptText(framework: FrameworkInput): string {
  const json = typeof framework === "string" ? framework : JSON.stringify(framework);
  return json.replace(/[<>&]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
