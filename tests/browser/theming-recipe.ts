/**
 * Theming.mdx's recipe for a host's own light-dark() tokens ("Themes through any CSS minifier"),
 * as a host's stylesheet holds it: minified together with Rungs' (minified-stylesheets.ts) and
 * checked in Chromium (themes-minified.test.tsx).
 */
export const themingRecipe = {
  className: "careers-page",
  css: `
.careers-page {
  color-scheme: light dark;
  --rungs-color-focus: light-dark(#6f2dbd, #d2a8ff);
  --rungs-color-success: light-dark(#0b6e4f, #7ee2b8);
}

[data-theme="dark"] .careers-page {
  color-scheme: dark;
}
`,
  /** The focus colour it sets, as Chromium computes it, by scheme. */
  focus: { light: "rgb(111, 45, 189)", dark: "rgb(210, 168, 255)" },
};
