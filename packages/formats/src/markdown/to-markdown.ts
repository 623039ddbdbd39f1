import { type Framework, linkTarget, type Source } from "@rungs/core";
import { stringify } from "yaml";
import { toFrameworkJson } from "../json/index";
import { escapeMarkdown, markdownDestination } from "./escape";
import { ladderBlocks } from "./markdown-ladder";
import { matrixTable } from "./matrix-table";

/** How {@link toMarkdown} writes a framework. */
export interface MarkdownOptions {
  /** Adds the progression matrix as a table after the levels (GFM table syntax). Default `false`. */
  readonly matrix?: boolean | undefined;
  /**
   * Opens the document with YAML front matter holding the whole framework in Rungs' JSON
   * (keys, ids, exact texts, `exportedAt`, the exact source values), so `fromMarkdown`
   * reads the file back to the same framework; once the body is edited, the body is read
   * (with a warning). Default `false`: a page for people.
   */
  readonly frontMatter?: boolean | undefined;
}

/**
 * The framework as a Markdown document for a wiki or a README:
 *
 * - `# <occupation title>`, then a list of what is known about the occupation and the
 *   framework (SOC code, group, sector, job zone, version), its description and scope;
 * - `## <level label>` per level, lowest rung first, each statement an item
 *   `- **Subject** — description` (a statement without a subject: its text); format 1.1
 *   adds, where the framework has them, a `## <track>` per track with its levels one
 *   heading deeper, an "All levels" section, a level's description, details and
 *   equivalents under its heading, a heading per competency area over its statements,
 *   a statement's proficiency in parentheses, its note and its examples (a nested list);
 * - with `matrix: true`, `## Progression matrix`: the matrix as a table, laid out as the
 *   `ProgressionMatrix` component lays it out;
 * - `## Sources` (a source is a link only when its value is an http(s) URL, as core's
 *   `linkTarget` decides, the link's text showing where it goes), then the attribution line.
 *
 * Every text of the framework is escaped (see `escapeMarkdown`): a statement that looks
 * like Markdown or HTML renders as that text, and a line break in it never starts a new
 * block. Pure; ends with one newline.
 */
export function toMarkdown(framework: Framework, options: MarkdownOptions = {}): string {
  const blocks: string[] = [`# ${escapeMarkdown(framework.occupation.title) || "Untitled framework"}`];
  if (options.frontMatter === true) blocks.unshift(frontMatter(framework));
  const facts = factList(framework);
  if (facts) blocks.push(facts);
  for (const text of [framework.description, framework.contextCovered]) {
    const paragraph = escapeMarkdown(text ?? "");
    if (paragraph) blocks.push(paragraph);
  }
  blocks.push(...ladderBlocks(framework));
  if (options.matrix === true) blocks.push("## Progression matrix", matrixTable(framework));
  if (framework.sources.length > 0) blocks.push("## Sources", framework.sources.map(sourceItem).join("\n"));
  const attribution = escapeMarkdown(framework.attribution ?? "");
  if (attribution) blocks.push(attribution);
  return `${blocks.join("\n\n")}\n`;
}

/**
 * The whole framework in Rungs' JSON, as YAML front matter: the exact record that the body
 * shows for people. `fromMarkdown` takes it as it is while the body is still what
 * `toMarkdown` writes for it, and reads the body once someone has edited it. A one-track
 * ladder also lists each level's key beside its label, which keeps the keys of an edited body.
 */
function frontMatter(framework: Framework): string {
  const json = toFrameworkJson(framework);
  const levels =
    framework.tracks.length === 1 && json.framework.levels
      ? { levels: Object.fromEntries(framework.levels.map((level) => [level.key, level.label])) }
      : {};
  return `---\n${stringify({ ...json, ...levels })}---`;
}

/** What the framework says about the occupation and itself, as a list; `""` when nothing. */
function factList(framework: Framework): string {
  const { soc, group, sector, jobZone, jobZoneInferred } = framework.occupation;
  const zone = jobZone === undefined ? undefined : `${jobZone}${jobZoneInferred === true ? " (inferred)" : ""}`;
  const facts: [string, string | undefined][] = [
    ["SOC code", soc],
    ["Group", group],
    ["Sector", sector],
    ["Job zone", zone],
    ["Version", framework.version],
  ];
  return facts
    .map(([name, value]) => (value ? `- **${name}:** ${escapeMarkdown(value)}` : ""))
    .filter((line) => line !== "")
    .join("\n");
}

/** A source's name, then its value: a link when it is an http(s) URL, text otherwise. */
function sourceItem(source: Source): string {
  const target = linkTarget(source.value);
  const value = target
    ? `[${escapeMarkdown(target.text)}](${markdownDestination(target.href)})`
    : escapeMarkdown(source.value);
  const name = escapeMarkdown(source.name);
  if (!name) return `- ${value}`;
  return value ? `- **${name}:** ${value}` : `- **${name}**`;
}
