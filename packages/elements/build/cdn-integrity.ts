import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The CDN whose versioned URLs the build prints: it serves every file npm publishes. */
const CDN = "https://cdn.jsdelivr.net/npm";

/** The CDN files a page loads, each with the element that loads it. */
const FILES = [
  { file: "rungs-elements.css", tag: "link" },
  { file: "rungs-elements.js", tag: "script" },
] as const;

export interface CdnFile {
  /** The file's address on the CDN, pinned to this version: what it serves never changes. */
  readonly url: string;
  /** Subresource Integrity (SHA-384): the browser refuses a file whose bytes differ. */
  readonly integrity: string;
}

/** What `dist/cdn/integrity.json` holds. */
export interface CdnIntegrity {
  readonly version: string;
  readonly files: Readonly<Record<string, CdnFile>>;
  /** The two tags to paste into a page's `<head>`. */
  readonly html: string;
}

/**
 * After the CDN build: each file's versioned URL and SRI hash, written to
 * `dist/cdn/integrity.json` (published, so the hash of any released version can be looked
 * up) and returned for the build to print. Unversioned URLs move under a page when a new
 * version is published; a versioned URL with its hash cannot change at all.
 */
export function writeCdnIntegrity(packageDir: string): CdnIntegrity {
  const { name, version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
    name: string;
    version: string;
  };
  const dir = join(packageDir, "dist/cdn");
  const files: Record<string, CdnFile> = {};
  const tags: string[] = [];
  for (const { file, tag } of FILES) {
    const integrity = `sha384-${createHash("sha384")
      .update(readFileSync(join(dir, file)))
      .digest("base64")}`;
    const url = `${CDN}/${name}@${version}/dist/cdn/${file}`;
    files[file] = { url, integrity };
    tags.push(
      tag === "link"
        ? `<link rel="stylesheet" href="${url}" integrity="${integrity}" crossorigin="anonymous">`
        : `<script type="module" src="${url}" integrity="${integrity}" crossorigin="anonymous"></script>`,
    );
  }
  const result: CdnIntegrity = { version, files, html: tags.join("\n") };
  writeFileSync(join(dir, "integrity.json"), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}
