import { type Framework, type FrameworkInput, type Issue, resolveFramework } from "@rungs/core";
import { FrameworkErrorPanel } from "@rungs/react";
import { type ReactNode, useEffect } from "react";
import { createRoot, hydrateRoot, type Root } from "react-dom/client";
import { parsedAttributeValue } from "./attribute-value";
import { fetchFramework, TIMED_OUT, timeoutOf } from "./fetch-framework";
import { isPageUrl, shownUrl } from "./page-url";
import { type ElementHost, type ElementView, labelsOf } from "./views";

/** `HTMLElement` where there is one; a stand-in on a server, so importing this module never throws. */
const HTMLElementBase: typeof HTMLElement =
  typeof HTMLElement === "undefined" ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/**
 * The attributes every element observes: its data and the page's theme. (`identifier-prefix`
 * is read once, when the element first renders; `timeout` when a load of `src` starts.)
 */
const BASE_ATTRIBUTES = ["src", "theme"] as const;

/** The `<link>` a page gets once, however many elements it has; set by `defineRungsElements`. */
let stylesheetUrl: string | undefined;

/** @internal Sets the stylesheet URL the elements add to their document (`undefined`: none). */
export function setStylesheet(url: string | undefined): void {
  stylesheetUrl = url;
}

function addStylesheet(document: Document): void {
  if (!stylesheetUrl) return;
  const links = document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]');
  const href = new URL(stylesheetUrl, document.baseURI).href;
  for (const link of links) if (link.href === href || link.hasAttribute("data-rungs-stylesheet")) return;
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = stylesheetUrl;
  link.setAttribute("data-rungs-stylesheet", "");
  document.head.append(link);
}

/** Where the data comes from, and what the element shows while it has none. */
type Data =
  | { kind: "none" }
  | { kind: "loading" }
  | { kind: "framework"; framework: Framework }
  | { kind: "error"; errors: readonly Issue[] };

/**
 * The element is where a framework enters: it is resolved here, once per new data (a
 * property set, the child script, a load of `src`), and the views get the trusted result,
 * which nothing below parses or checks again.
 */
function resolvedData(input: FrameworkInput): Data {
  const result = resolveFramework(input);
  return result.ok ? { kind: "framework", framework: result.framework } : { kind: "error", errors: result.errors };
}

/**
 * What every Rungs element shares: the framework from the `framework` property (an object or
 * JSON text), else a child `<script type="application/json">`, else the `src` attribute
 * (fetched when http(s) or relative; read up to core's `maxInputLength`, given up after the
 * `timeout` attribute's milliseconds, 15 s by default); a React root in the light DOM, hydrating the server's HTML when the element
 * holds some; and DOM events for what changes. A subclass names its view (views.tsx), which
 * the server renders too.
 */
export abstract class RungsElement extends HTMLElementBase implements ElementHost {
  /** What the element renders, and the attributes it observes for it. */
  protected static readonly view: ElementView = { attributes: [], render: () => null };

  static get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass, whose view's attributes are observed.
    return [...BASE_ATTRIBUTES, ...this.view.attributes];
  }

  #root: Root | undefined;
  /**
   * Set while React hydrates the server's HTML. A render asked for meanwhile (an attribute a
   * page's script sets at once, e.g. a shared link's `assessment`) waits for it to finish:
   * an update to a root still hydrating makes React throw the server's HTML away (error 424).
   */
  #hydrating = false;
  #renderAfterHydration = false;
  #property: FrameworkInput | undefined;
  #script: string | undefined;
  #data: Data = { kind: "none" };
  #fetching: AbortController | undefined;
  #fetchedSrc: string | undefined;
  #deadline: ReturnType<typeof setTimeout> | undefined;

  /** The framework set from JavaScript: a parsed framework, an object or JSON text. */
  get framework(): FrameworkInput | undefined {
    return this.#property;
  }

  set framework(value: FrameworkInput | undefined) {
    this.#property = value;
    this.#resolveData();
  }

  connectedCallback(): void {
    // A `framework` set on the element before its class was defined shadows the accessor.
    if (Object.hasOwn(this, "framework")) {
      const value = (this as { framework?: FrameworkInput }).framework;
      delete (this as { framework?: FrameworkInput }).framework;
      this.#property = value;
    }
    addStylesheet(this.ownerDocument);
    this.#syncTheme();
    if (this.#script === undefined) this.#takeScript();
    this.#resolveData();
  }

  disconnectedCallback(): void {
    // A move within the document disconnects and connects again in one task: keep the root.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#abortFetch();
      this.#root?.unmount();
      this.#root = undefined;
      this.#hydrating = false;
      this.#renderAfterHydration = false;
    });
  }

  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    if (oldValue === newValue) return;
    if (name === "theme") this.#syncTheme();
    else if (name === "src") this.#resolveData();
    else this.update();
  }

  /** Renders again with the current attributes (what `attributeChangedCallback` calls). */
  protected update(): void {
    if (!this.isConnected) return;
    const data = this.#data;
    if (data.kind === "none" || data.kind === "loading") return;
    const { view } = this.constructor as typeof RungsElement;
    const node =
      data.kind === "framework" ? (
        view.render(data.framework, this)
      ) : (
        <FrameworkErrorPanel errors={data.errors} labels={labelsOf(this)} />
      );
    if (this.#root && this.#hydrating) {
      this.#renderAfterHydration = true;
      return;
    }
    if (this.#root) {
      this.#root.render(<AfterCommit onCommit={this.#hydrated}>{node}</AfterCommit>);
      return;
    }
    // The server rendered with this prefix (renderRungsElement writes it), so `useId`'s ids
    // match when hydrating and differ from another server-rendered element's on the page.
    const options = { identifierPrefix: this.attr("identifier-prefix") ?? "" };
    if (this.#holdsServerHtml()) {
      this.#hydrating = true;
      this.#root = hydrateRoot(this, <AfterCommit onCommit={this.#hydrated}>{node}</AfterCommit>, options);
    } else {
      this.#root = createRoot(this, options);
      this.#root.render(<AfterCommit onCommit={this.#hydrated}>{node}</AfterCommit>);
    }
  }

  /** Hydration is over: renders what was asked for meanwhile. */
  #hydrated = (): void => {
    if (!this.#hydrating) return;
    this.#hydrating = false;
    if (!this.#renderAfterHydration) return;
    this.#renderAfterHydration = false;
    this.update();
  };

  /** Dispatches a bubbling, composed event with the detail, as a host listens for it. */
  emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  /** Sets an attribute from the reader's choice: `attributeChangedCallback` renders the view again. */
  setAttr(name: string, value: string): void {
    this.setAttribute(name, value);
  }

  /**
   * An attribute's value, `undefined` when absent (as the components' props take it), as a
   * browser reads it from server HTML (lone surrogates and NUL as U+FFFD, CRLF as LF), which
   * is how `renderRungsElement` read it: a view is the same on both sides, whoever set it.
   */
  attr(name: string): string | undefined {
    const value = this.getAttribute(name);
    return value === null ? undefined : parsedAttributeValue(value);
  }

  #syncTheme(): void {
    const theme = this.getAttribute("theme");
    if (theme === null) this.removeAttribute("data-rungs-theme");
    else this.setAttribute("data-rungs-theme", theme);
  }

  /** Reads the child JSON script, once, and takes it out of the way of the view React renders. */
  #takeScript(): void {
    const script = [...this.children].find(
      (child): child is HTMLScriptElement =>
        child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === "application/json",
    );
    if (!script) return;
    this.#script = script.textContent ?? "";
    script.remove();
  }

  /** Whether the element holds HTML from the server (kept and hydrated, not replaced). */
  #holdsServerHtml(): boolean {
    let found = false;
    for (const node of [...this.childNodes]) {
      if (node.nodeType === Node.ELEMENT_NODE) found = true;
      else if (node.nodeType === Node.TEXT_NODE && !node.textContent?.trim()) node.remove();
      else if (node.nodeType === Node.COMMENT_NODE) node.remove();
      else found = true;
    }
    return found;
  }

  /** The input last resolved and what it gave: setting the data, then connecting, resolves once. */
  #lastInput: { key: unknown; data: Data } | undefined;

  /** `key` names the input: the value itself, or the script's text that it is read from. */
  #resolved(key: unknown, read: () => FrameworkInput): Data {
    const last = this.#lastInput;
    if (last !== undefined && last.key === key) return last.data;
    const data = resolvedData(read());
    this.#lastInput = { key, data };
    return data;
  }

  #resolveData(): void {
    if (this.#property !== undefined) {
      this.#abortFetch();
      const property = this.#property;
      this.#data = this.#resolved(property, () => property);
    } else if (this.#script !== undefined) {
      this.#abortFetch();
      const script = this.#script;
      this.#data = this.#resolved(script, () => scriptFramework(script));
    } else {
      const src = this.getAttribute("src");
      if (src === null) {
        this.#abortFetch();
        this.#data = { kind: "none" };
      } else if (src !== this.#fetchedSrc && this.isConnected) {
        this.#load(src);
      }
    }
    this.update();
  }

  /**
   * The one place a load of `src` is stopped. Without a reason its result is no longer wanted
   * (a new src, a removed one, a `framework` set, the element removed) and is dropped; with
   * {@link TIMED_OUT}, its deadline has passed and the loader answers with the timed-out panel.
   */
  #abortFetch(reason?: typeof TIMED_OUT): void {
    clearTimeout(this.#deadline);
    this.#deadline = undefined;
    this.#fetching?.abort(reason);
    if (reason === TIMED_OUT) return;
    this.#fetching = undefined;
    this.#fetchedSrc = undefined;
    this.removeAttribute("aria-busy");
  }

  #load(src: string): void {
    this.#abortFetch();
    this.#fetchedSrc = src;
    if (!isPageUrl(src)) {
      this.#data = refusedSource(src);
      return;
    }
    const controller = new AbortController();
    this.#fetching = controller;
    this.#data = { kind: "loading" };
    // Tells assistive technology the element's content is on its way (and not final yet).
    this.setAttribute("aria-busy", "true");
    const timeout = timeoutOf(this.attr("timeout"));
    this.#deadline = setTimeout(() => this.#abortFetch(TIMED_OUT), timeout);
    void fetchFramework(src, { signal: controller.signal, timeout }).then((data) => {
      // Only the latest load shows its result; an earlier one was aborted when it was replaced.
      if (this.#fetching !== controller) return;
      clearTimeout(this.#deadline);
      this.#deadline = undefined;
      this.#fetching = undefined;
      this.#data = data.kind === "framework" ? resolvedData(data.framework) : data;
      this.removeAttribute("aria-busy");
      this.update();
    });
  }
}

/** The panel of a `src` that is not fetched: not http(s) nor relative to the page, or with credentials. */
function refusedSource(src: string): Data {
  const message =
    `The framework could not be loaded from ${shownUrl(src)}: only http: and https: addresses ` +
    "(absolute or relative to the page, without a user name or password) are fetched.";
  return { kind: "error", errors: [{ path: "", code: "unreadable-value", message }] };
}

/**
 * The framework a child JSON script holds: the object it parses to — the framework as its
 * author wrote it, or a parsed one that a server wrote out (`renderRungsElement`) — or, when
 * it is not JSON, the text itself, so the error panel says where it breaks.
 */
function scriptFramework(text: string): FrameworkInput {
  try {
    return JSON.parse(text) as FrameworkInput;
  } catch {
    return text;
  }
}

/**
 * Its children, and `onCommit` once they are first on the page (hydrated, for a root that
 * hydrates). The same component wraps every render of a root, so it never remounts the view.
 */
function AfterCommit({ onCommit, children }: { onCommit: () => void; children: ReactNode }): ReactNode {
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, at the first commit.
  useEffect(() => onCommit(), []);
  return children;
}
