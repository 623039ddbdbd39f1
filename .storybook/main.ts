import type { StorybookConfig } from "@storybook/react-vite";
import remarkGfm from "remark-gfm";
import { mergeConfig } from "vite";
import { sourceAliases } from "./aliases.ts";

const config: StorybookConfig = {
  stories: ["../stories/**/*.mdx", "../stories/**/*.stories.tsx"],
  addons: [
    // GitHub-flavoured Markdown in the MDX docs: their tables are pipe tables.
    {
      name: "@storybook/addon-docs",
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    "@storybook/addon-a11y",
    "@storybook/addon-vitest",
  ],
  framework: { name: "@storybook/react-vite", options: {} },
  // This machine, and many CI machines, have no way out: never try to phone home.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: "react-docgen-typescript" },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      resolve: { alias: sourceAliases },
      // Pre-bundled up front: found mid-run, Vite reloads the page under a running test.
      optimizeDeps: { include: ["papaparse", "uuid"] },
    }),
};

export default config;
