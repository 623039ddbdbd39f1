// @vitest-environment jsdom
import { LevelLadder, type RungsLabels } from "@rungs/react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { hydrateServerHtml } from "../hydration";
import { componentsFor } from "./render";

// Tells React that act() is in use here, as Testing Library does for the jsdom tests.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = "";
});

/** Server HTML as a browser gets it: sent as UTF-8 bytes and decoded on arrival, as a real response is. */
function overTheWire(html: string): string {
  return new TextDecoder().decode(new TextEncoder().encode(html));
}

/**
 * Runs `work` as on a runtime whose default locale is `locale`: `Intl.NumberFormat` and
 * `Intl.PluralRules` given no locale use it, as they use the machine's (a server's en-US,
 * a reader's de-DE). Everything else about them, their static methods included, is kept.
 */
async function withDefaultLocale<T>(locale: string, work: () => T | Promise<T>): Promise<T> {
  const { NumberFormat, PluralRules } = Intl;
  const orDefault = (locales: Intl.LocalesArgument | undefined) =>
    locales === undefined || (Array.isArray(locales) && locales.length === 0) ? locale : locales;
  const runtime = {
    NumberFormat: class extends NumberFormat {
      constructor(locales?: Intl.LocalesArgument, options?: Intl.NumberFormatOptions) {
        super(orDefault(locales), options);
      }
    },
    PluralRules: class extends PluralRules {
      constructor(locales?: Intl.LocalesArgument, options?: Intl.PluralRulesOptions) {
        super(orDefault(locales), options);
      }
    },
  };
  const replace = (values: Record<"NumberFormat" | "PluralRules", unknown>) => {
    for (const [name, value] of Object.entries(values)) {
      Object.defineProperty(Intl, name, { value, writable: true, configurable: true, enumerable: false });
    }
  };
  replace(runtime);
  try {
    return await work();
  } finally {
    replace({ NumberFormat, PluralRules });
  }
}

describe("hydration of text that is not well-formed", () => {
  // Lone surrogates reach the views through titles, statements, sources and attribution.
  const text = JSON.stringify({
    schemaVersion: "1.0",
    occupation: { title: "Lone \uD800 title" },
    framework: {
      levels: {
        a: { label: "A \uDC00", statements: ["Lone \uD800 — x", "Other — y"] },
        b: { label: "B", statements: ["Lone \uD800 — x", "More — z"] },
      },
    },
    sources: { "Lone \uD800 source": "Lone \uD800 value" },
    attribution: "© Lone \uD800 Ltd",
  });

  it.each(componentsFor(text))(
    "%s hydrates over its HTML sent as UTF-8, without a mismatch",
    async (_name, element) => {
      const html = renderToString(element);
      const { container, problems } = await hydrateServerHtml(overTheWire(html), element);
      expect(problems).toEqual([]);
      // Every view shows some of these texts (a stepper only the level labels), each lone
      // surrogate replaced by U+FFFD on the server and in the browser alike.
      expect(container.textContent).toContain("\uFFFD");
    },
  );
});

describe("hydration where the server and the reader have different default locales", () => {
  // A rung of 1,000 statements: a count that en-US writes "1,000" and de-DE "1.000".
  const framework = {
    schemaVersion: "1.0",
    occupation: { title: "Large" },
    framework: {
      levels: {
        all: {
          label: "All",
          statements: Array.from({ length: 1000 }, (_, i) => `Skill ${i + 1} — does task ${i + 1}`),
        },
      },
    },
    sources: {},
    attribution: "Test",
  };
  // As a JavaScript host passes it: a locale it meant to fill in and did not.
  const labels = { locale: undefined } as unknown as Partial<RungsLabels>;

  it("LevelLadder with labels.locale undefined shows the same count on both, and hydrates", async () => {
    const element = <LevelLadder framework={framework} labels={labels} />;
    const html = await withDefaultLocale("en-US", () => renderToString(element));
    expect(html).toContain("1,000 statements");
    const { container, problems } = await withDefaultLocale("de-DE", () => hydrateServerHtml(html, element));
    expect(problems).toEqual([]);
    expect(container.textContent).toContain("1,000 statements");
  });

  it("the simulated runtimes differ as real ones do", async () => {
    const format = () => new Intl.NumberFormat().format(1000);
    expect(await withDefaultLocale("en-US", format)).toBe("1,000");
    expect(await withDefaultLocale("de-DE", format)).toBe("1.000");
    expect(Intl.NumberFormat.supportedLocalesOf(["de-DE"])).toEqual(["de-DE"]);
  });
});
