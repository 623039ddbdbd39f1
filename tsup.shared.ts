import type { Options } from "tsup";

/**
 * Builds one dist file per source module (what a host's bundler tree-shakes best, and what
 * lets each React module keep its own `"use client"`): every relative import stays an import
 * of the sibling dist file, with the extension of the format being built (Node's ESM needs
 * it; `.cjs` keeps CommonJS from requiring ESM). esbuild resolves nothing when `bundle` is
 * off, so bundling stays on and this plugin marks siblings external. Shared by the packages'
 * tsup configs.
 */
export const siblingsExternal: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "rungs-siblings-external",
  setup(build) {
    const extension = build.initialOptions.format === "cjs" ? ".cjs" : ".js";
    build.onResolve({ filter: /^\.\.?\// }, (args) =>
      args.kind === "entry-point" ? undefined : { path: `${args.path}${extension}`, external: true },
    );
  },
};
