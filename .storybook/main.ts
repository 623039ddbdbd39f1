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
  typescript: {
    reactDocgen: "react-docgen-typescript",
    reactDocgenTypescriptOptions: {
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      // Storybook's default drops every prop declared under node_modules (React's DOM
      // attributes), but `tsc -b` writes the packages' declarations to node_modules/.cache/tsc
      // and docgen reads the components' props from there: the props tables came out empty.
      // Keep those, still drop React's and other dependencies' own.
      propFilter: (prop) => !prop.parent || !/node_modules\/(?!\.cache\/tsc\/)/.test(prop.parent.fileName),
    },
  },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      resolve: { alias: sourceAliases },
      // Pre-bundled up front: found mid-run, Vite reloads the page under a running test.
      optimizeDeps: { include: ["papaparse", "uuid"] },
    }),
};

export default config;
