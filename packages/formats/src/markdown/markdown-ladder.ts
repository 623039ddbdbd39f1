import type { Area, Framework, Level, Statement, Track } from "@rungs/core";
import { escapeMarkdown } from "./escape";

// The ladder part of `toMarkdown`'s document, for people: tracks, levels, their areas and
// statements, with everything format 1.1 adds. A 1.0 framework is written as it always was.

/** A text's paragraphs (1.1 keeps a blank line as a paragraph break), each escaped; `[]` when blank. */
export function paragraphs(text: string | undefined): string[] {
  return (text ?? "")
    .split("\n\n")
    .map((paragraph) => escapeMarkdown(paragraph))
    .filter((paragraph) => paragraph !== "");
}

/** The ladder's blocks: the levels (one track), or each track with its levels under it. */
export function ladderBlocks(framework: Framework): string[] {
  const [only] = framework.tracks;
  const areas = new Map(framework.areas.map((area) => [area.key, area]));
  if (only && framework.tracks.length === 1) return trackBody(only, framework, areas, 2);
  return framework.tracks.flatMap((track) => [
    `## ${escapeMarkdown(track.label) || escapeMarkdown(track.key) || "Untitled track"}`,
    ...paragraphs(track.description),
    ...trackBody(track, framework, areas, 3),
  ]);
}

type Areas = ReadonlyMap<string, Area>;

/** A track's every-level statements, a line when its levels are cumulative, then its levels. */
function trackBody(track: Track, framework: Framework, areas: Areas, depth: number): string[] {
  const blocks: string[] = [];
  if (track.cumulative) blocks.push("*Each level also expects everything the levels below it expect.*");
  if (track.allLevels.length > 0)
    blocks.push(`${"#".repeat(depth)} All levels`, ...statementBlocks(track.allLevels, areas, depth));
  for (const level of track.levels) blocks.push(...levelBlocks(level, framework, areas, depth));
  return blocks;
}

function levelBlocks(level: Level, framework: Framework, areas: Areas, depth: number): string[] {
  const heading = `${"#".repeat(depth)} ${escapeMarkdown(level.label) || escapeMarkdown(level.key) || "Untitled level"}`;
  const blocks = [heading, ...paragraphs(level.description)];
  if (level.details && level.details.length > 0) {
    blocks.push(
      level.details.map((detail) => `**${escapeMarkdown(detail.label)}:** ${escapeMarkdown(detail.text)}`).join("  \n"),
    );
  }
  const equivalents = (level.equivalents ?? []).map((equivalent) =>
    equivalentName(framework, equivalent.track, equivalent.level),
  );
  if (equivalents.length > 0) blocks.push(`*Equivalent to ${equivalents.join("; ")}.*`);
  if (level.statements.length === 0) return [...blocks, "*No statements at this level.*"];
  return [...blocks, ...statementBlocks(level.statements, areas, depth)];
}

/** "Senior engineer (Individual contributor)", escaped; the keys when the framework has no such level. */
function equivalentName(framework: Framework, trackKey: string, levelKey: string): string {
  const track = framework.tracks.find((candidate) => candidate.key === trackKey);
  const level = track?.levels.find((candidate) => candidate.key === levelKey);
  return `${escapeMarkdown(level?.label ?? levelKey)} (${escapeMarkdown(track?.label ?? trackKey)})`;
}

/** Statements as list items: those without an area first, then each area's under its heading, in the areas' order. */
function statementBlocks(statements: readonly Statement[], areas: Areas, depth: number): string[] {
  const grouped = new Map<Area | undefined, Statement[]>();
  for (const statement of statements) {
    const area = statement.area === undefined ? undefined : areas.get(statement.area);
    grouped.set(area, [...(grouped.get(area) ?? []), statement]);
  }
  const order = [...grouped.keys()].sort((a, b) => (a?.rank ?? -1) - (b?.rank ?? -1));
  return order.flatMap((area) => {
    const items = (grouped.get(area) ?? []).map(statementItem).join("\n");
    if (!area) return [items];
    const heading = `${"#".repeat(depth + 1)} ${escapeMarkdown(area.label) || escapeMarkdown(area.key) || "Untitled area"}`;
    return [heading, items];
  });
}

/**
 * `- **Subject** — description`, its proficiency in parentheses, its further paragraphs
 * and its note indented under it, and its examples as a nested list.
 */
export function statementItem(statement: Statement): string {
  const [first = "", ...more] = statement.description.split("\n\n");
  const description = escapeMarkdown(first);
  const subject = escapeMarkdown(statement.subject);
  let line =
    subject === "" ? `- ${description}` : description ? `- **${subject}** — ${description}` : `- **${subject}**`;
  const proficiency = escapeMarkdown(statement.proficiency ?? "");
  if (proficiency) line += ` *(${proficiency})*`;
  const under = [
    ...more.flatMap((paragraph) => paragraphs(paragraph)),
    ...paragraphs(statement.notes).map((paragraph, index) => (index === 0 ? `*Note:* ${paragraph}` : paragraph)),
  ];
  const examples = (statement.examples ?? [])
    .map((example) => paragraphs(example).join(" "))
    .filter((example) => example !== "")
    .map((example) => `  - ${example}`);
  return [
    line,
    ...under.map((paragraph) => `\n  ${paragraph}`),
    ...(examples.length > 0 ? [examples.join("\n")] : []),
  ].join("\n");
}
