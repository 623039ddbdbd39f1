import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The ready themes and the tokens they feed stay in step: a theme can only set a hook that
 * tokens.css reads (a typo would do nothing, silently), "default" resets every hook, and
 * every themable token has its hook. Read from the sources, no build needed.
 */

const styles = join(process.cwd(), "packages/react/src/styles");
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, "");
const tokensCss = withoutComments(readFileSync(join(styles, "tokens.css"), "utf8"));
const themesCss = withoutComments(readFileSync(join(styles, "themes.css"), "utf8"));

/** The hooks a stylesheet reads, `var(--rungs--theme-NAME` → NAME. */
const readHooks = new Set(
  [...tokensCss.matchAll(/var\(\s*--rungs--theme-([\w-]+)/g)].map(([, name]) => name as string),
);

/** The hooks each theme sets, by theme. */
const themes = Object.fromEntries(
  [...themesCss.matchAll(/\[data-rungs-theme~="(\w+)"\]\)\s*\{([^}]*)\}/g)].map(([, theme, body]) => [
    theme as string,
    [...(body as string).matchAll(/--rungs--theme-([\w-]+)\s*:/g)].map(([, name]) => name as string),
  ]),
);

describe("styles/themes.css", () => {
  it("has the three ready themes", () => {
    expect(Object.keys(themes).sort()).toEqual(["compact", "default", "warm"]);
  });

  it.each(Object.keys(themes))("%s only sets hooks that tokens.css reads", (theme) => {
    expect((themes[theme] ?? []).filter((name) => !readHooks.has(name))).toEqual([]);
  });

  it('"default" resets every hook, so it undoes an ancestor\'s theme', () => {
    expect(new Set(themes.default)).toEqual(readHooks);
  });

  it("declares only private names: no public --rungs-* and nothing on :root", () => {
    const declared = [...themesCss.matchAll(/(--[\w-]+)\s*:/g)].map(([, name]) => name as string);
    expect(declared.filter((name) => !name.startsWith("--rungs--theme-"))).toEqual([]);
    expect(themesCss).not.toMatch(/:root/);
  });
});

describe("styles/tokens.css", () => {
  it("reads each public token once, the host's value first", () => {
    const publicNames = [...tokensCss.matchAll(/--rungs--([\w-]+)\s*:\s*var\(\s*--rungs-([\w-]+)\s*,/g)];
    expect(publicNames.length).toBeGreaterThan(40);
    for (const [, privateName, publicName] of publicNames) expect(publicName).toBe(privateName);
    expect(new Set(publicNames.map(([, name]) => name)).size).toBe(publicNames.length);
  });

  it("keeps every component token hosts already set", () => {
    const kept = [
      "font-family",
      "font-size",
      "font-size-small",
      "line-height",
      "space-1",
      "space-2",
      "space-3",
      "space-4",
      "radius",
      "focus-ring-width",
      "duration",
      "column-min-size",
      ...["bg", "surface", "text", "muted", "border", "link", "focus"].map((name) => `color-${name}`),
      ...["current", "target", "path", "mark", "inserted", "removed"].flatMap((name) => [
        `color-${name}-bg`,
        `color-${name}-text`,
      ]),
      "color-error-bg",
      "color-error-border",
      "color-error-text",
    ];
    const read = new Set([...tokensCss.matchAll(/var\(\s*--rungs-([\w-]+)\s*,/g)].map(([, name]) => name));
    expect(kept.filter((name) => !read.has(name))).toEqual([]);
  });
});
