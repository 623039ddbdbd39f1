// Every attribute of every element, with text chosen to break renderers, parsers and URLs:
// set on live elements and given to renderRungsElement (whose HTML then crosses the wire as
// UTF-8 and hydrates). Nothing throws, nothing hangs, React reports nothing and the console
// holds only the documented warnings. Fixed seeds: a red run is a bug, never bad luck.
import type { RungsElement, RungsElementTag } from "@rungs/elements";
import { elementAttributes, GLOBAL_ATTRIBUTES, renderRungsElement } from "@rungs/elements/server";
import fc from "fast-check";
import { describe, expect, it, type MockInstance, vi } from "vitest";
import { HOSTILE_TEXTS, HOSTILE_URLS } from "../ssr/hostile";
import { act } from "./act";
import { seed, seedSource, settle, withElementsPage } from "./page";

withElementsPage();

const TAGS: readonly RungsElementTag[] = [
  "rungs-ladder",
  "rungs-matrix",
  "rungs-compare",
  "rungs-stepper",
  "rungs-summary",
];

/** Every name an element takes: its own, the global ones, a data-* and an aria-* one. */
const namesOf = (tag: RungsElementTag) => [...elementAttributes(tag), ...GLOBAL_ATTRIBUTES, "data-track", "aria-label"];

/** Any UTF-16 code unit, lone surrogates and NUL included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Values a host or a reader may put in an attribute, meaningful ones among them so views change. */
const value = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_URLS) },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 16 }) },
  // What a browser reads back differently from what a server was given (item 13 of issue 18).
  { weight: 2, arbitrary: fc.constantFrom("\uD800", "\uDFFF", "\u0000", "a\u0000b", "x\uDC00y", "\r\n", "a\rb") },
  {
    weight: 2,
    arbitrary: fc.constantFrom("developing", "advanced", "0.5", "1", "-1", "1e309", "50", '{"current":"Ici"}', "[]"),
  },
  { weight: 1, arbitrary: fc.constantFrom(...seed.levels.flatMap((level) => level.statements.map((s) => s.id))) },
);

/** The seed with statements holding U+FFFD, which a query of a lone surrogate or a NUL matches in the browser. */
const framework = (() => {
  const raw = JSON.parse(seedSource);
  const first = Object.values(raw.framework.levels)[0] as { statements: string[] };
  first.statements.push("Records — repairs \uFFFD characters in old files.", "Records — keeps a\uFFFDb as found.");
  return JSON.stringify(raw);
})();

/** Warnings the docs name: a labels attribute that is not JSON, a link-to or src left out, an assessment code refused. */
const DOCUMENTED_WARNING =
  /labels attribute is not a JSON object|link-to attribute is not an http\(s\)|renderRungsElement left out (src|link-to)=|assessment attribute's code was refused/;

function expectOnlyDocumentedWarnings(warn: MockInstance<(...args: unknown[]) => void>) {
  for (const [message] of warn.mock.calls) expect(String(message)).toMatch(DOCUMENTED_WARNING);
}

/** HTML as a browser gets it from a server: UTF-8 on the way. */
const overTheWire = (html: string) => new TextDecoder().decode(new TextEncoder().encode(html));

describe.each(TAGS)("<%s>: hostile attribute values", (tag) => {
  const names = namesOf(tag);

  it("set on a live element (its src fetched): no throw, no React error, busy never left on", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(framework)),
    );
    const errors = vi.spyOn(console, "error");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...names), value), { minLength: 1, maxLength: 6 }),
        async (changes) => {
          const element = document.createElement(tag) as RungsElement;
          element.setAttribute("src", "/seed.json");
          element.setAttribute("timeout", "2000");
          await act(async () => document.body.append(element));
          await settle();
          for (const [name, text] of changes) {
            await act(async () => element.setAttribute(name, text));
            await settle();
          }
          expect(element.hasAttribute("aria-busy")).toBe(false);
          // It shows something: its view or the error panel.
          expect(element.childElementCount).toBeGreaterThan(0);
          await act(async () => element.remove());
          await settle();
        },
      ),
      { seed: 1801, numRuns: 20 },
    );
    expect(errors).not.toHaveBeenCalled();
    expectOnlyDocumentedWarnings(warn);
  }, 60_000);

  it("given to renderRungsElement: never throws, and its HTML hydrates over UTF-8 without a mismatch", async () => {
    const errors = vi.spyOn(console, "error");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const reported: unknown[] = [];
    const onError = (event: ErrorEvent) => reported.push(event.error ?? event.message);
    window.addEventListener("error", onError);
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.record(Object.fromEntries(names.map((name) => [name, value])), { requiredKeys: [] }),
          async (attributes) => {
            // Keys left out are absent (never undefined): a record of strings.
            const html = renderRungsElement(tag, { framework, attributes: attributes as Record<string, string> });
            const template = document.createElement("template");
            template.innerHTML = overTheWire(html);
            await act(async () => document.body.append(template.content));
            await settle();
            expect(document.body.querySelector("script")).toBeNull();
            await act(async () => document.body.replaceChildren());
          },
        ),
        { seed: 1802, numRuns: 20 },
      );
    } finally {
      window.removeEventListener("error", onError);
    }
    expect(errors).not.toHaveBeenCalled();
    expect(reported).toEqual([]);
    expectOnlyDocumentedWarnings(warn);
  }, 60_000);
});
