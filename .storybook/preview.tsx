import "@rungs/react/styles.css";
import type { Decorator, Preview } from "@storybook/react-vite";
import { configure } from "storybook/test";
import { create } from "storybook/theming";

// Play functions wait up to 10 s for what they look for (`findBy…`, `waitFor`), not Testing
// Library's 1 s: on a two-core CI machine running every project at once, a story's `src`
// fetch through Vite's dev server was seen to answer after more than a second. A wait ends
// as soon as its element appears, so a passing story takes no longer.
configure({ asyncUtilTimeout: 10_000 });

/** The ready themes of styles/themes.css, as the toolbar offers them. */
const rungsThemes = ["default", "compact", "warm"] as const;
type RungsTheme = (typeof rungsThemes)[number];

/** The host page behind each theme, so the story's edges match the components' own background. */
const hostBackground: Record<RungsTheme, string> = {
  default: "light-dark(#ffffff, #0d1117)",
  compact: "light-dark(#ffffff, #0d1117)",
  warm: "light-dark(#fffaf5, #1a1310)",
};

/** Docs pages read in a considered type: the system UI face for prose, a matching monospace for code. */
const docsTheme = create({
  base: "light",
  fontBase: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif',
  fontCode: 'ui-monospace, "SF Mono", "Cascadia Code", Menlo, Consolas, monospace',
  appContentBg: "#ffffff",
  textColor: "#1f2328",
  colorSecondary: "#0550ae",
});

/**
 * Wraps every story the way a host page would: `data-theme`, `data-rungs-theme` and `dir` on
 * an ancestor, and a container of the chosen width (the matrix reflows by container query,
 * not viewport).
 */
const withHostPage: Decorator = (Story, { globals }) => {
  const theme = globals.theme === "light" || globals.theme === "dark" ? globals.theme : undefined;
  const rungsTheme: RungsTheme = rungsThemes.find((name) => name === globals.rungsTheme) ?? "default";
  const width = Number(globals.width) || undefined;
  return (
    <div
      data-theme={theme}
      data-rungs-theme={rungsTheme}
      dir={globals.dir === "rtl" ? "rtl" : "ltr"}
      style={{
        colorScheme: theme ?? "light dark",
        background: hostBackground[rungsTheme],
        color: "light-dark(#1f2328, #e6edf3)",
        // A host page has its own type: the story's host text is in a system face, never the
        // browser's default serif (the components inherit it, as they would a portal's).
        fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif',
        lineHeight: 1.5,
        padding: "1rem",
        maxWidth: width ? `${width}px` : undefined,
      }}
    >
      <Story />
    </div>
  );
};

const preview: Preview = {
  decorators: [withHostPage],
  globalTypes: {
    theme: {
      description: "Colour theme, set as data-theme on the host element",
      toolbar: {
        title: "Theme",
        icon: "contrast",
        dynamicTitle: true,
        items: [
          { value: "system", title: "System theme" },
          { value: "light", title: "Light" },
          { value: "dark", title: "Dark" },
        ],
      },
    },
    rungsTheme: {
      description: "Ready Rungs theme, set as data-rungs-theme on the host element",
      toolbar: {
        title: "Rungs theme",
        icon: "paintbrush",
        dynamicTitle: true,
        items: [
          { value: "default", title: "Default" },
          { value: "compact", title: "Compact" },
          { value: "warm", title: "Warm (brand example)" },
        ],
      },
    },
    dir: {
      description: "Text direction, set as dir on the host element",
      toolbar: {
        title: "Direction",
        icon: "transfer",
        dynamicTitle: true,
        items: [
          { value: "ltr", title: "Left to right" },
          { value: "rtl", title: "Right to left" },
        ],
      },
    },
    width: {
      description: "Width of the host container",
      toolbar: {
        title: "Width",
        icon: "ruler",
        dynamicTitle: true,
        items: [
          { value: "full", title: "Full width" },
          { value: "360", title: "Phone (360px)" },
          { value: "600", title: "Narrow (600px)" },
          { value: "960", title: "Wide (960px)" },
        ],
      },
    },
  },
  initialGlobals: { theme: "system", rungsTheme: "default", dir: "ltr", width: "full" },
  parameters: {
    layout: "fullscreen",
    controls: { expanded: true, sort: "requiredFirst" },
    docs: { theme: docsTheme },
    a11y: {
      // A violation fails the story's test (and pnpm test).
      test: "error",
      options: {
        runOnly: {
          type: "tag",
          values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
        },
      },
    },
    options: {
      storySort: {
        order: [
          "Components",
          ["LevelLadder", ["Seed"], "ProgressionMatrix", "LevelCompare", "StatementCard", "FrameworkAttribution"],
          "Features",
          "Screens",
          "Real ladders",
          "Elements",
          "Frameworks",
          "Playground",
          "Docs",
          [
            "Introduction",
            "Getting started",
            "Recipes",
            "API",
            "Data format",
            "Areas",
            "Tracks",
            "Examples and notes",
            "Theming",
            "Accessibility",
            "Themes and search",
            "Compare levels",
            "Self-assessment",
            "Server rendering",
            "Import and export",
            "Custom elements",
          ],
        ],
      },
    },
  },
};

export default preview;
