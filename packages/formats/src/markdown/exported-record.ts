import { parseFramework } from "@rungs/core";
import type { Root } from "mdast";
import type { FrameworkJson } from "../shared/framework-json";
import type { FrontMatter } from "./front-matter";
import { toMarkdown } from "./to-markdown";

/** Which rule `fromMarkdown` reports for Rungs' own export read from its front matter. */
export const EXPORT_RULE = "Rungs' own export: the framework in its front matter, which the body shows unchanged";

/**
 * What Rungs' own export (`toMarkdown(f, { frontMatter: true })`) holds: front matter with
 * the whole framework in Rungs' JSON, the record, and a body that shows it for people.
 * - `record`: the body is still exactly what `toMarkdown` writes for the record, so the
 *   record is the framework — every text exact, even what Markdown cannot hold (spaces at
 *   a text's ends, a colon as separator, an author's ids).
 * - `edited`: the body differs — someone edited it — so the body is what to read.
 * - undefined: front matter without a ladder (written by hand), or none.
 */
export function exportedRecord(
  text: string,
  tree: Root,
  frontMatter: FrontMatter,
): { kind: "record"; json: FrameworkJson } | { kind: "edited" } | undefined {
  const { framework } = frontMatter.fields;
  const end = tree.children[0]?.type === "yaml" ? tree.children[0].position?.end.line : undefined;
  if (end === undefined || !isLadder(framework)) return undefined;
  const json = frontMatter.fields as unknown as FrameworkJson;
  const parsed = parseFramework(json);
  if (!parsed.ok) return { kind: "edited" };
  const body = shownText(text.split("\n").slice(end).join("\n"));
  const unchanged =
    body === shownText(toMarkdown(parsed.framework)) ||
    // The matrix is derived: worked out again only for a body that has one.
    (body.includes("\n## Progression matrix\n") && body === shownText(toMarkdown(parsed.framework, { matrix: true })));
  return unchanged ? { kind: "record", json } : { kind: "edited" };
}

/** Front matter's `framework` with levels or tracks: a whole ladder, not only its description. */
function isLadder(value: unknown): boolean {
  return typeof value === "object" && value !== null && ("levels" in value || "tracks" in value);
}

/** A body as compared: line endings and blank lines at its ends do not count as edits. */
function shownText(text: string): string {
  return text.replaceAll("\r\n", "\n").trim();
}
