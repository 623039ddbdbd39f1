import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Issue 22 (item 6): the CDN build prints, and publishes in dist/cdn/integrity.json, the
// tags of a production page — URLs pinned to the package's version, each with the SRI
// hash of the very bytes built, so a browser refuses any other file under that URL.

const ELEMENTS = join(process.cwd(), "packages/elements");
const { version } = JSON.parse(readFileSync(join(ELEMENTS, "package.json"), "utf8")) as { version: string };
const record = JSON.parse(readFileSync(join(ELEMENTS, "dist/cdn/integrity.json"), "utf8")) as {
  version: string;
  files: Record<string, { url: string; integrity: string }>;
  html: string;
};
const sha384 = (file: string) =>
  `sha384-${createHash("sha384")
    .update(readFileSync(join(ELEMENTS, "dist/cdn", file)))
    .digest("base64")}`;

describe("the CDN build's versioned URLs and SRI hashes", () => {
  it("lists the script and the stylesheet, each URL pinned to the package's version", () => {
    expect(record.version).toBe(version);
    expect(Object.keys(record.files).sort()).toEqual(["rungs-elements.css", "rungs-elements.js"]);
    for (const [file, { url }] of Object.entries(record.files)) {
      expect(url).toBe(`https://cdn.jsdelivr.net/npm/@rungs/elements@${version}/dist/cdn/${file}`);
    }
  });

  it("hashes the bytes the build wrote", () => {
    for (const [file, { integrity }] of Object.entries(record.files)) expect(integrity).toBe(sha384(file));
  });

  it("gives tags a page pastes as they are: integrity with crossorigin, the script a module", () => {
    const js = record.files["rungs-elements.js"];
    const css = record.files["rungs-elements.css"];
    expect(record.html.split("\n")).toEqual([
      `<link rel="stylesheet" href="${css?.url}" integrity="${css?.integrity}" crossorigin="anonymous">`,
      `<script type="module" src="${js?.url}" integrity="${js?.integrity}" crossorigin="anonymous"></script>`,
    ]);
  });
});
