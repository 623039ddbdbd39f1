import { assertFramework, type FrameworkInput } from "@rungs/core";
import { toJsonLd } from "@rungs/formats/jsonld";
import { FrameworkJsonLd } from "@rungs/react";
import { act, render } from "@testing-library/react";
import fc from "fast-check";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { HOSTILE_TEXTS, hostileText } from "../../ssr/hostile";
import { expectNoAxeViolations } from "../axe";
import { seed, seedSource, small } from "../fixtures";

afterEach(() => vi.restoreAllMocks());

/** The data a crawler reads from the page: every JSON-LD script's text, parsed. */
function structuredData(root: ParentNode): unknown[] {
  return [...root.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
    JSON.parse(script.textContent ?? ""),
  );
}

/** `toJsonLd`'s data as JSON carries it. */
function expected(...args: Parameters<typeof toJsonLd>): unknown {
  return JSON.parse(JSON.stringify(toJsonLd(...args)));
}

/** A framework whose every text is the given one. */
function frameworkOf(text: string) {
  return assertFramework({
    schemaVersion: "1.0",
    occupation: { title: text, soc: text },
    framework: { description: text, levels: { a: { label: text, statements: [`${text} — ${text}`, `x${text}`] } } },
    sources: { source: text },
    attribution: text,
  });
}

describe("FrameworkJsonLd", () => {
  it("puts the framework's schema.org data in a JSON-LD script", () => {
    const { container } = render(<FrameworkJsonLd framework={seed} />);
    expect(structuredData(container)).toEqual([expected(seed)]);
  });

  it("takes raw input like the other components, and the page's URL and language", () => {
    const { container } = render(
      <FrameworkJsonLd framework={seedSource} url="https://jobs.example/17-3024" inLanguage="en" />,
    );
    expect(structuredData(container)).toEqual([
      expected(seed, { url: "https://jobs.example/17-3024", inLanguage: "en" }),
    ]);
  });

  it("shows a reader nothing, and axe finds nothing", async () => {
    const { container } = render(
      <main>
        <FrameworkJsonLd framework={small} />
      </main>,
    );
    const main = container.querySelector("main") as HTMLElement;
    expect([...main.children].map((element) => element.tagName)).toEqual(["SCRIPT"]);
    await expectNoAxeViolations(container);
  });

  it("renders nothing for invalid input, never an error panel, and tells the developer once", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    for (const input of ["{ not json", null, { schemaVersion: "1.0" }, 42]) {
      const { container, unmount } = render(<FrameworkJsonLd framework={input as unknown as FrameworkInput} />);
      expect(container.innerHTML).toBe("");
      unmount();
    }
    const again = render(<FrameworkJsonLd framework="{ not json" />);
    expect(again.container.innerHTML).toBe("");
    expect(warn).toHaveBeenCalledTimes(4);
    expect(String(warn.mock.calls[0]?.[0])).toContain("FrameworkJsonLd");
  });

  it.each(HOSTILE_TEXTS)("keeps %j inside the script in server HTML", (text) => {
    expectSealed(text);
  });

  it("keeps any text inside the script in server HTML (property)", () => {
    const closers = fc.constantFrom("</script>", "</SCRIPT ", "<!--", "<script>", "\u2028", "]]>", "&lt;/script>");
    // Under core's statement length limit (a statement holds the text twice).
    const text = fc
      .array(fc.oneof(closers, hostileText), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join(""))
      .filter((joined) => joined.length < 900);
    fc.assert(fc.property(text, expectSealed), { numRuns: 100 });
  });

  it("hydrates without a mismatch", async () => {
    const framework = frameworkOf("</script><script>alert(1)</script>\u2028");
    const container = document.createElement("div");
    container.innerHTML = renderToString(<FrameworkJsonLd framework={framework} />);
    document.body.append(container);
    const error = vi.spyOn(console, "error");
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(container, <FrameworkJsonLd framework={framework} />, { onRecoverableError: recoverable });
    });
    expect(error).not.toHaveBeenCalled();
    expect(recoverable).not.toHaveBeenCalled();
    expect(structuredData(container)).toEqual([expected(framework)]);
    container.remove();
  });
});

/**
 * Server HTML for a framework whose every text is `text`: one script element, which ends
 * where it should, whose text parses back to the data, and in which nothing could be read
 * as markup or as a line break by a script parser.
 */
function expectSealed(text: string): void {
  const framework = frameworkOf(text);
  const html = renderToString(<FrameworkJsonLd framework={framework} />);
  const match = /^<script type="application\/ld\+json">([\s\S]*)<\/script>$/.exec(html);
  expect(match).not.toBeNull();
  const content = match?.[1] ?? "";
  expect(content).not.toMatch(/<|>|&|\u2028|\u2029/);
  expect(JSON.parse(content)).toEqual(expected(framework));
}
