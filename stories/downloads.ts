import type { Framework } from "@rungs/core";
import { toJson } from "@rungs/formats";
import { toCase } from "@rungs/formats/case";
import { toCsv } from "@rungs/formats/csv";
import { jsonLdScriptText, toJsonLd } from "@rungs/formats/jsonld";
import { toMarkdown } from "@rungs/formats/markdown";

/** A file the Playground offers: how its button reads, and how it is built from a framework. */
export interface DownloadFormat {
  /** The format's name; its button reads "Download <name>". */
  readonly name: string;
  /** Ends the file's name; `.case.json` so that `rungs convert` reads it back as CASE. */
  readonly extension: string;
  readonly mediaType: string;
  readonly build: (framework: Framework) => string;
}

/** The formats, in the order the buttons show them. */
export const DOWNLOAD_FORMATS: readonly DownloadFormat[] = [
  {
    name: "CSV",
    extension: ".csv",
    mediaType: "text/csv;charset=utf-8",
    // With a byte order mark: without one, Excel reads UTF-8 as the local code page and an
    // em dash becomes "â€”". fromCsv skips it.
    build: (framework) => toCsv(framework, { bom: true }),
  },
  { name: "Markdown", extension: ".md", mediaType: "text/markdown;charset=utf-8", build: (f) => toMarkdown(f) },
  {
    name: "JSON-LD",
    extension: ".jsonld",
    mediaType: "application/ld+json",
    // The escaped text a page's script tag gets: still JSON, and safe to paste into HTML.
    build: (framework) => `${jsonLdScriptText(toJsonLd(framework))}\n`,
  },
  {
    name: "CASE",
    extension: ".case.json",
    mediaType: "application/json",
    build: (framework) => `${JSON.stringify(toCase(framework), null, 2)}\n`,
  },
  { name: "JSON", extension: ".json", mediaType: "application/json", build: toJson },
];

/** A file name from the occupation: its SOC code or title in lowercase ASCII words, else "framework". */
export function fileBaseName(framework: Framework): string {
  const words = (framework.occupation.soc || framework.occupation.title)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 60);
  return words || "framework";
}

/**
 * How long a download's object URL lives. Browsers start reading a download after the click
 * returns, and some (Firefox, Safari) fail when the URL is already revoked: keep it a while.
 */
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves a framework as a file in a format: builds the text, makes a Blob and an object URL,
 * and clicks a temporary `<a download>`. Call it from an event handler (a click), never
 * during render: browsers allow downloads only in answer to a person's action.
 */
export function downloadFramework(framework: Framework, format: DownloadFormat): void {
  const blob = new Blob([format.build(framework)], { type: format.mediaType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = `${fileBaseName(framework)}${format.extension}`;
  // Firefox follows a link's click only when the link is in the document.
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
