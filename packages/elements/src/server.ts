import { type FrameworkInput, resolveFramework } from "@rungs/core";
import { FrameworkErrorPanel } from "@rungs/react";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { attributeProblems } from "./allowed-attributes";
import { parsedAttributeValue } from "./attribute-value";
import { shownUrl } from "./page-url";
import { ELEMENT_VIEWS, type ElementHost, labelsOf, type RungsElementTag, warnOnce } from "./views";

export type { AttributeProblem } from "./allowed-attributes";
export {
  attributeProblems,
  elementAttributes,
  GLOBAL_ATTRIBUTES,
  isAllowedAttribute,
  isRungsElementTag,
} from "./allowed-attributes";
export { parsedAttributeValue } from "./attribute-value";

export interface RenderRungsElementOptions {
  /** The framework: JSON text, the object its author wrote, or one `parseFramework` returned. */
  framework: FrameworkInput;
  /**
   * The element's attributes, as on the page: `{ "current-level": "developing", assessable: "" }`.
   * They choose what is rendered exactly as they do in the browser. Only the element's own
   * and safe global ones are written (`isAllowedAttribute`); see `renderRungsElement`.
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
 * Attribute values are rendered and written as a browser will read them back
 * (`parsedAttributeValue`), so any text a reader typed hydrates without a mismatch. A framework
 * that is not valid renders the error panel, as in the browser.
 *
 * @throws {TypeError} for a programmer's error, which `attributeProblems` lists beforehand:
 * a tag that is not a Rungs element, an attribute name the element does not take (an `on*`
 * handler, `style`, a misspelt name) or a value that is not a string. A `src` or `link-to`
 * that is not an http(s) or relative address without credentials (a value that may come from
 * a reader) is left out instead, with a console warning.
 *
 * @example
 * renderRungsElement("rungs-ladder", { framework: json, attributes: { "current-level": "developing" } })
 */
export function renderRungsElement(tag: RungsElementTag, options: RenderRungsElementOptions): string {
  const given: Record<string, unknown> = { ...options.attributes };
  if (options.identifierPrefix !== undefined) given["identifier-prefix"] = options.identifierPrefix;
  const problems = attributeProblems(tag, given);
  const errors = problems.filter((problem) => problem.code !== "unsafe-url");
  if (errors.length > 0) {
    throw new TypeError(`renderRungsElement: ${errors.map((problem) => problem.message).join(" ")}`);
  }
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(given) as [string, string][]) {
    if (problems.some((problem) => problem.name === name)) continue;
    attributes[name] = parsedAttributeValue(value);
  }
  for (const { name, message } of problems) {
    warnOnce(`Rungs: renderRungsElement left out ${name}="${shownUrl(String(given[name]))}". ${message}`);
  }
  const host: ElementHost = { attr: (name) => attributes[name], emit: () => {}, setAttr: () => {} };
  const view = ELEMENT_VIEWS[tag];
  // The prefix as the browser reads it back from the attribute, where `useId` takes it.
  // Resolved once, here, as the element does in the browser; the same panel when unusable.
  const resolved = resolveFramework(options.framework);
  const node = resolved.ok
    ? view.render(resolved.framework, host)
    : createElement(FrameworkErrorPanel, { errors: resolved.errors, labels: labelsOf(host) });
  const html = renderToString(node, {
    identifierPrefix: attributes["identifier-prefix"] ?? "",
  });
  const opening = [tag, ...Object.entries(attributes).map(([name, value]) => attribute(name, value))].join(" ");
  return `<${opening}><script type="application/json">${scriptText(options.framework)}</script>${html}</${tag}>`;
}

/** `name="value"`, the value escaped (the name is one `attributeProblems` let through). */
function attribute(name: string, value: string): string {
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
