import { LevelLadder } from "@rungs/react";
import { cleanup, render } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { cdp, commands, userEvent } from "vitest/browser";
import themesCss from "../../packages/react/src/styles/themes.css?raw";
import { seedText } from "../../stories/seeds";
import { contrast, type Rgba, rgba } from "./colour";
import type { Stylesheet } from "./minified-stylesheets";
import { themingRecipe } from "./theming-recipe";

declare module "vitest/browser" {
  interface BrowserCommands {
    minifiedStylesheets: () => Promise<Stylesheet[]>;
  }
}

/*
 * Issue 22, item 8 (WCAG 2.4.7): every ready theme keeps its focus ring and its colours
 * through the minifiers hosts' builds run, in both colour schemes. Lightning CSS (Vite 8's
 * default) rewrites light-dark() into `var(--lightningcss-light, a) var(--lightningcss-dark, b)`
 * with switches only where color-scheme is declared; a theme set on an ancestor, as a host
 * (or Storybook, or <rungs-* theme>) sets it, used to compute there into no colour at all:
 * `outline: none` in the warm theme. Each variant of the built stylesheet
 * (minified-stylesheets.ts) is the page's only stylesheet in turn; the focused trigger's
 * outline, the current rung's edge and border, its marker and its corners must compute to
 * what the unminified stylesheet gives, and be seen: a ring at least 2px wide at 3:1 against
 * what is behind it, marker text at 4.5:1. Theming.mdx's recipe for a host's own light-dark()
 * tokens is checked the same way. Fails on the stylesheet before issue 22 (warm, every scheme).
 */

/** The ready themes, read from themes.css: a theme added there is checked here too. */
const themes = [
  ...new Set([...themesCss.matchAll(/\[data-rungs-theme~="(\w+)"\]/g)].map(([, name]) => name as string)),
];

/** Light and dark as the visitor's system says, and dark forced by data-theme on an ancestor. */
const schemes = [
  { name: "light", media: "light", dataTheme: undefined },
  { name: "dark", media: "dark", dataTheme: undefined },
  { name: "dark by data-theme", media: "light", dataTheme: "dark" },
] as const;

/** The first opaque background at or above `element`: what its outline or text is seen against. */
function backgroundBehind(element: Element): Rgba {
  for (let current: Element | null = element; current; current = current.parentElement) {
    const colour = rgba(getComputedStyle(current).backgroundColor);
    if (colour[3] === 1) return colour;
  }
  throw new Error("No opaque background: the component root paints none");
}

function the(selector: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`No ${selector}`);
  return element;
}

/** What a reader sees of the ladder, as computed values. */
interface Painted {
  outline: { style: string; width: string; colour: string; behind: Rgba };
  rung: { edge: string; border: string; background: Rgba; radius: string };
  marker: { text: string; background: string };
}

/** How the page around the ladder is set up: a theme and a class on its ancestor, a scheme forced above that. */
interface Host {
  theme?: string;
  className?: string;
  dataTheme: string | undefined;
}

/** Renders the ladder in `host`, focuses its first trigger from the keyboard and reads it. */
async function paint({ theme, className, dataTheme }: Host): Promise<Painted> {
  render(
    <div data-theme={dataTheme}>
      <div data-rungs-theme={theme} className={className}>
        <LevelLadder
          framework={seedText}
          currentLevel="developing"
          targetLevel="advanced"
          defaultValue={["developing"]}
          idPrefix="minified-"
          attribution={false}
        />
      </div>
    </div>,
  );
  const trigger = the(".rungs-rung__trigger");
  (document.activeElement as HTMLElement | null)?.blur();
  await userEvent.tab();
  expect(document.activeElement).toBe(trigger);
  expect(trigger.matches(":focus-visible")).toBe(true);
  const ring = getComputedStyle(trigger);
  const rung = the("li.rungs-rung[data-current]");
  const rungStyle = getComputedStyle(rung);
  const marker = getComputedStyle(the('.rungs-marker[data-kind="current"]'));
  return {
    outline: {
      style: ring.outlineStyle,
      width: ring.outlineWidth,
      colour: ring.outlineColor,
      // The ring is drawn outside the trigger (outline-offset), over what holds it.
      behind: backgroundBehind(trigger.parentElement as Element),
    },
    rung: {
      edge: rungStyle.getPropertyValue("border-inline-start-color"),
      border: rungStyle.getPropertyValue("border-block-start-color"),
      background: backgroundBehind(rung),
      radius: rungStyle.borderStartStartRadius,
    },
    marker: { text: marker.color, background: marker.backgroundColor },
  };
}

let stylesheets: Stylesheet[] = [];
/** The page's own stylesheets (Vite's, the preview's), off while each variant is the only one. */
const pageSheets: CSSStyleSheet[] = [];
const variant = document.createElement("style");

beforeAll(async () => {
  stylesheets = await commands.minifiedStylesheets();
  for (const sheet of document.styleSheets) {
    if (!sheet.disabled) {
      sheet.disabled = true;
      pageSheets.push(sheet);
    }
  }
  document.head.append(variant);
}, 60_000);

afterEach(async () => {
  cleanup();
  await cdp().send("Emulation.setEmulatedMedia", { features: [] });
});

afterAll(() => {
  variant.remove();
  for (const sheet of pageSheets) sheet.disabled = false;
});

test("themes.css declares no light-dark(): a colour set on an ancestor is two plain halves", () => {
  expect(themesCss.replace(/\/\*[\s\S]*?\*\//g, "")).not.toMatch(/light-dark\(/);
});

/** Paints the ladder in `host` under each stylesheet in turn and checks each against the unminified one. */
async function expectEveryMinifierToPaintAlike(host: Host, media: "light" | "dark"): Promise<Painted> {
  await cdp().send("Emulation.setEmulatedMedia", { features: [{ name: "prefers-color-scheme", value: media }] });
  const painted: [string, Painted][] = [];
  for (const { name, css } of stylesheets) {
    variant.textContent = css;
    painted.push([name, await paint(host)]);
    cleanup();
  }
  const [[, reference]] = painted as [[string, Painted]];
  for (const [name, seen] of painted) {
    // The same computed values as the stylesheet as written, whatever the minifier did.
    expect({ name, ...seen }).toEqual({ name, ...reference });
    expect(seen.outline.style, name).not.toBe("none");
    expect(Number.parseFloat(seen.outline.width), name).toBeGreaterThanOrEqual(2);
    expect(contrast(rgba(seen.outline.colour), seen.outline.behind), name).toBeGreaterThanOrEqual(3);
    expect(contrast(rgba(seen.rung.edge), seen.rung.background), name).toBeGreaterThanOrEqual(3);
    expect(rgba(seen.rung.border)[3], name).toBe(1);
    expect(contrast(rgba(seen.marker.text), rgba(seen.marker.background)), name).toBeGreaterThanOrEqual(4.5);
  }
  return reference;
}

describe.each(themes)('data-rungs-theme="%s" on an ancestor', (theme) => {
  test.each(schemes)("$name: focus ring, rung and marker survive every minifier", async ({ media, dataTheme }) => {
    await expectEveryMinifierToPaintAlike({ theme, dataTheme }, media);
  });
});

describe("a host's own light-dark() tokens, set as Theming.mdx says (color-scheme in the same rule)", () => {
  test.each(schemes)("$name: they survive every minifier", async ({ name, media, dataTheme }) => {
    const painted = await expectEveryMinifierToPaintAlike({ className: themingRecipe.className, dataTheme }, media);
    expect(painted.outline.colour).toBe(themingRecipe.focus[name === "light" ? "light" : "dark"]);
  });
});
