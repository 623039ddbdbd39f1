import { relative } from "node:path";
import { type Plugin, parseAstAsync, transformWithEsbuild } from "vite";

/** Whether a module starts with the `"use client"` directive (after comments and blank lines). */
export function hasUseClientDirective(code: string): boolean {
  const leading = /^(?:\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/.exec(code.replace(/^\uFEFF/, ""));
  return /^(["'])use client\1\s*;?/.test(code.replace(/^\uFEFF/, "").slice(leading?.[0].length ?? 0));
}

/**
 * Does what an RSC bundler (Next.js, Parcel, Vite's RSC plugin) does with a `"use client"`
 * module in the server graph: its body never runs there; each export becomes a client
 * reference that the Flight renderer serializes instead of rendering. A server-safe module
 * that imports a client one (the card importing its checkable variant) is checked as it
 * will run. References are named by the module's path from the repository root.
 */
export function clientBoundary(root: string): Plugin {
  return {
    name: "rungs-rsc-client-boundary",
    enforce: "pre",
    async transform(code, id) {
      if (id.includes("/node_modules/") || !hasUseClientDirective(code)) return null;
      const { code: js } = await transformWithEsbuild(code, id, { loader: id.endsWith("x") ? "tsx" : "ts" });
      const ast = await parseAstAsync(js);
      const names = new Set<string>();
      for (const node of ast.body) {
        if (node.type !== "ExportNamedDeclaration") continue;
        for (const specifier of node.specifiers) {
          if (specifier.exported.type === "Identifier") names.add(specifier.exported.name);
        }
        const declaration = node.declaration;
        if (declaration?.type === "VariableDeclaration") {
          for (const { id: name } of declaration.declarations) if (name.type === "Identifier") names.add(name.name);
        } else if (declaration && "id" in declaration && declaration.id?.type === "Identifier") {
          names.add(declaration.id.name);
        }
      }
      const path = relative(root, id);
      const lines = [
        `import { registerClientReference } from "react-server-dom-webpack/server";`,
        ...[...names].map(
          (name) =>
            `export const ${name} = registerClientReference(() => { throw new Error(${JSON.stringify(
              `${name} is a client component; it cannot be called on the server`,
            )}); }, ${JSON.stringify(path)}, ${JSON.stringify(name)});`,
        ),
      ];
      return { code: lines.join("\n"), map: null };
    },
  };
}
