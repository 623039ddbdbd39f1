import { describe, expect, test } from "vitest";
import { commands } from "vitest/browser";
import themesCss from "../../packages/react/src/styles/themes.css?raw";
import tokensCss from "../../packages/react/src/styles/tokens.css?raw";
import type { BuiltStory, BuiltStoryOptions } from "./built-storybook";
import { contrast, hexToRgb, rgba } from "./colour";

declare module "vitest/browser" {
  interface BrowserCommands {
    builtStory: (id: string, options: BuiltStoryOptions) => Promise<BuiltStory>;
  }
}

/*
 * Issue 22, item 8: the static Storybook, as designers open it (built-storybook.ts builds it
 * once per run, ≈ 35 s). The `stories` project runs the dev server, where no minifier runs;
 * here Vite 8 has minified the stylesheet with Lightning CSS. Before the issue, the warm
 * theme's focus ring computed `outline: none` here and "Elements / Custom elements › Theme"
 * failed (`expected '.75rem' to be '0.75rem'`).
 */

const schemes = ["light", "dark"] as const;
const themes = [
  ...new Set([...themesCss.matchAll(/\[data-rungs-theme~="(\w+)"\]/g)].map(([, name]) => name as string)),
];

/** A role's colour in `scheme` under `theme`, read from the stylesheets: the theme's half, else the default's. */
function roleColour(role: string, theme: string, scheme: (typeof schemes)[number]): string {
  const themed = new RegExp(
    `\\[data-rungs-theme~="${theme}"\\]\\)\\s*\\{[^}]*--rungs--theme-${role}-${scheme}:\\s*(#[0-9a-f]{6})`,
    "i",
  ).exec(themesCss);
  const fallback = new RegExp(`var\\(--rungs--theme-${role}-${scheme}, (#[0-9a-f]{6})\\)`, "i").exec(tokensCss);
  const hex = themed?.[1] ?? fallback?.[1];
  if (!hex) throw new Error(`No ${scheme} value for ${role}`);
  return hexToRgb(hex);
}

// The first call builds Storybook.
const firstTimeout = 240_000;

describe("the built Storybook", () => {
  test.each(schemes)(
    "Elements / Custom elements › Theme: its play function passes (%s)",
    async (colorScheme) => {
      const story = await commands.builtStory("elements-custom-elements--theme", { colorScheme });
      expect(story.errors).toEqual([]);
      expect(story.phase).toBe("finished");
    },
    firstTimeout,
  );

  describe.each(themes)('the Rungs theme "%s" from the toolbar', (theme) => {
    test.each(schemes)("%s: a ladder's first trigger shows its focus ring", async (colorScheme) => {
      const story = await commands.builtStory("components-levelladder--current-and-target", {
        colorScheme,
        globals: `rungsTheme:${theme}`,
      });
      expect(story.errors).toEqual([]);
      const focused = story.focused;
      expect(focused?.className).toBe("rungs-rung__trigger");
      if (!focused) return;
      expect(focused.outlineStyle).not.toBe("none");
      expect(Number.parseFloat(focused.outlineWidth)).toBeGreaterThanOrEqual(2);
      expect(focused.outlineColor).toBe(roleColour("color-focus", theme, colorScheme));
      expect(contrast(rgba(focused.outlineColor), rgba(focused.behind))).toBeGreaterThanOrEqual(3);
    });
  });

  test("Docs / Theming: each ready theme, side by side, paints its current rung's edge", async () => {
    const page = await commands.builtStory("docs-theming--docs", { colorScheme: "light", viewMode: "docs" });
    expect(page.errors).toEqual([]);
    const expected = Object.fromEntries(
      themes.flatMap((theme) =>
        schemes.map((scheme) => [
          `${theme[0]?.toUpperCase()}${theme.slice(1)} theme, ${scheme}`,
          roleColour("color-success", theme, scheme),
        ]),
      ),
    );
    expect(page.currentEdges).toEqual(expected);
  });
});
