import { limitsOf } from "@rungs/core";
import type { Root, RootContent, TableCell } from "mdast";
import type { FrameworkJson, TrackJson } from "../shared/framework-json";
import { pointer } from "../shared/json-pointer";
import { define, slug } from "../shared/keys";
import type { Origin } from "../shared/parse-built";
import { parseBuilt } from "../shared/parse-built";
import { readEquivalenceTable, type TrackLevels } from "./equivalence-table";
import type { FromMarkdownOptions, MarkdownImport } from "./from-markdown";
import { type FrontMatter, readFrontMatter } from "./front-matter";
import { type MarkdownIssue, markdownIssue } from "./markdown-issue";
import { markdownTree, originOf } from "./markdown-tree";
import { HeadingReader, inAreasOfScales } from "./read-headings";
import { type MarkdownReadOptions, readOptions } from "./read-options";

/** One Markdown file of a ladder written as several. */
export interface MarkdownFile {
  /** The file's name: every issue in it starts with it (`L3.md, line 4, column 1: …`). */
  readonly name: string;
  readonly text: string;
  /** One file per track: the track's label when the file has no `#` title. */
  readonly label?: string;
  /**
   * One file per track: the file is about the whole ladder, not a track (a README): its
   * paragraphs describe the framework, its areas (`sections` role `areas` or `scales`) are the
   * framework's, a table with a column per track lines up equivalent levels. It has no levels.
   * One file per level with `frontMatterLevels`: the file is not a level (a site's `_index.md`);
   * it is read as any file of that mode is, its paragraphs the framework's description.
   */
  readonly intro?: boolean;
}

/**
 * How the files make one ladder:
 * - `levels`: one file per level (a README or intro first, if any): read as one document in
 *   the given order, each file's `#` heading a level (unless `levelDepth` says otherwise);
 * - `tracks`: one file per track: each file's `#` title is the track's label (else the file's
 *   `label`), its paragraphs before the first level the track's description, its level
 *   headings that track's levels, in the given order.
 */
export type MarkdownFilesOptions = FromMarkdownOptions & {
  readonly mode: "levels" | "tracks";
  /**
   * `levels` only: each file but an `intro` one is one level, labelled by its front matter's
   * `title` (a site's page per level, as Hugo or Jekyll keep them; else the file's `label`, else
   * its name), read in the given order; its headings are its areas. Its front matter's other keys
   * are ignored, with a warning each; the framework's front matter is the first file's when that
   * is an intro file.
   */
  readonly frontMatterLevels?: boolean;
};

/** The rules `rule` names for each mode. */
export const FILES_RULES = {
  levels: "one file per level, read in the given order: its heading is the level",
  frontMatterLevels: "one file per level, read in the given order: its front matter's title is the level",
  tracks: "one file per track, read in the given order: its title is the track, its headings the levels",
} as const;

/**
 * Reads a ladder written as several Markdown files (one per level, or one per track) into one
 * framework, with {@link fromMarkdown}'s reader and rules: every file is parsed into a syntax
 * tree and read by headings, and every issue starts with its file, line and column (its
 * `path` is `/<file>/<line>/<column>`). Only the first file's front matter is read; a later
 * file's is a warning. Never throws: input that is not a list of `{ name, text }`, or longer
 * in all than core's `maxInputLength`, is an error.
 */
export function fromMarkdownFiles(files: readonly MarkdownFile[], options: MarkdownFilesOptions): MarkdownImport {
  const read = readMarkdownFiles(files, options);
  if ("refused" in read) return { ok: false, errors: [read.refused], warnings: [] };
  const { rule, warnings, errors } = read;
  // No level found: core would only say so again.
  if (errors.length > 0) return { rule, ok: false, errors, warnings };
  return { rule, ...parseBuilt(read.json, read.origins, { errors: [], warnings }, options) };
}

/**
 * The files read into a framework's JSON, before core validates it, or why they cannot be
 * read. (Exported for the seeds' test, which compares that JSON with the seed file.)
 */
export function readMarkdownFiles(
  files: readonly MarkdownFile[],
  options: MarkdownFilesOptions,
): (FilesRead & { readonly rule: string }) | { readonly refused: MarkdownIssue } {
  try {
    // Read once and checked: getters and odd values cannot change or break what follows.
    const mode = modeOf(options);
    if (!mode) {
      const message = 'expected options.mode: "levels" (one file per level) or "tracks" (one file per track).';
      return { refused: markdownIssue(START, "invalid-type", message) };
    }
    const given = copied(files, limitsOf(options).maxInputLength);
    if (!Array.isArray(given)) return { refused: given };
    const readerOptions = readOptions(options);
    // Each file a level named by its front matter: a flag of one mode, read as readOptions reads flags.
    const levelFiles = mode === "levels" && flagOf(options, "frontMatterLevels");
    const trees: Root[] = [];
    for (const file of given) {
      const tree = markdownTree(file.text);
      if ("refusedLine" in tree) {
        const line = tree.refusedLine + 1;
        const where = { path: `${pointer(file.name)}/${line}/1`, where: `${file.name}, line ${line}, column 1` };
        return { refused: markdownIssue(where, "limit-exceeded", tree.reason) };
      }
      trees.push(tree);
    }
    const warnings: MarkdownIssue[] = [];
    const frontMatter = firstFrontMatter(given, trees, warnings, levelFiles);
    const read =
      mode === "tracks"
        ? readTracks(given, trees, frontMatter, readerOptions)
        : readLevels(given, trees, frontMatter, readerOptions, levelFiles);
    const rule = FILES_RULES[levelFiles ? "frontMatterLevels" : mode];
    return { ...read, warnings: [...warnings, ...read.warnings], rule };
  } catch (cause) {
    // A guard, not a code path: nothing above is known to throw on any input.
    const reason = cause instanceof Error ? cause.message : "unknown cause";
    return { refused: markdownIssue(START, "invalid-type", `the files could not be read (${reason}).`) };
  }
}

const START: Origin = { path: "", where: "the files" };

export interface FilesRead {
  readonly json: FrameworkJson;
  readonly origins: Map<string, Origin>;
  readonly warnings: MarkdownIssue[];
  readonly errors: MarkdownIssue[];
}

/** The mode the options name, or undefined (not given, not one of the two, or a getter that throws). */
function modeOf(options: unknown): MarkdownFilesOptions["mode"] | undefined {
  try {
    const mode = (options as { mode?: unknown } | null | undefined)?.mode;
    return mode === "levels" || mode === "tracks" ? mode : undefined;
  } catch {
    return undefined;
  }
}

/** True when `options[name]` is `true` (a getter that throws counts as not given). */
function flagOf(options: unknown, name: string): boolean {
  try {
    return (options as Record<string, unknown> | null | undefined)?.[name] === true;
  } catch {
    return false;
  }
}

/** The files as plain data, each read once, or why they cannot be read (not a list, not `{ name, text }`, too long). */
function copied(files: unknown, maxInputLength: number): MarkdownFile[] | MarkdownIssue {
  if (!Array.isArray(files) || files.length === 0) {
    return markdownIssue(START, "invalid-type", "expected a non-empty list of files, each { name, text }.");
  }
  const copies: MarkdownFile[] = [];
  let length = 0;
  for (const [index, file] of files.entries()) {
    const { name, text, label, intro } = (typeof file === "object" && file !== null ? file : {}) as Record<
      string,
      unknown
    >;
    if (typeof name !== "string" || typeof text !== "string") {
      const where = { path: `/${index}`, where: `file ${index + 1}` };
      return markdownIssue(where, "invalid-type", "expected { name, text }, both strings.");
    }
    length += text.length;
    if (length > maxInputLength) {
      const message = `the files are over ${maxInputLength} characters long in all; at most ${maxInputLength} are read (the limit maxInputLength).`;
      return markdownIssue(START, "invalid-type", message);
    }
    copies.push({ name, text, ...(typeof label === "string" && { label }), ...(intro === true && { intro: true }) });
  }
  return copies;
}

/**
 * The first file's front matter; a later file's is left out with a warning. With
 * `frontMatterLevels` a level's file's front matter is its level's, read with it: the framework's
 * is then the first file's only when that is an intro file.
 */
function firstFrontMatter(
  files: readonly MarkdownFile[],
  trees: readonly Root[],
  warnings: MarkdownIssue[],
  levelFiles: boolean,
): FrontMatter {
  const isLevel = (index: number) => levelFiles && !(files[index] as MarkdownFile).intro;
  if (isLevel(0)) return NO_FRONT_MATTER;
  const found: MarkdownIssue[] = [];
  const frontMatter = readFrontMatter(trees[0] as Root, found);
  const first = (files[0] as MarkdownFile).name;
  warnings.push(...found.map((issue) => inFile(issue, first)));
  trees.forEach((tree, index) => {
    const node = tree.children[0];
    if (index === 0 || node?.type !== "yaml" || isLevel(index)) return;
    const name = (files[index] as MarkdownFile).name;
    warnings.push(
      inFile(
        markdownIssue(
          { path: "/1/1", where: "line 1, column 1" },
          "invalid-front-matter",
          "only the first file's front matter is read; this one is ignored.",
        ),
        name,
      ),
    );
  });
  return frontMatter;
}

/** An issue of one file, placed in it: `/<file>/<line>/<column>`, its message starting with the file. */
function inFile(issue: MarkdownIssue, name: string): MarkdownIssue {
  return { ...issue, path: `${pointer(name)}${issue.path}`, message: `${name}, ${issue.message}` };
}

/** A place in one file of several. */
function inFileOrigin(origin: Origin, name: string): Origin {
  return { path: `${pointer(name)}${origin.path}`, where: `${name}, ${origin.where}` };
}

/** One file per level: one reader over every file, in order (each file a level named by its front matter, with `levelFiles`). */
function readLevels(
  files: readonly MarkdownFile[],
  trees: readonly Root[],
  frontMatter: FrontMatter,
  options: MarkdownReadOptions,
  levelFiles: boolean,
): FilesRead {
  const reader = new HeadingReader(frontMatter, { ...options, levelDepth: options.levelDepth ?? 1 });
  for (const [index, tree] of trees.entries()) {
    const file = files[index] as MarkdownFile;
    const level = levelFiles && !file.intro ? levelLabel(file, tree, reader) : undefined;
    reader.readTree(tree, file.name, level);
  }
  return reader.result(trees[0] as Root);
}

/** A level's file's label: its front matter's `title`, else its `label`, else its name; every other key of the front matter is a warning. */
function levelLabel(file: MarkdownFile, tree: Root, reader: HeadingReader): string {
  const found: MarkdownIssue[] = [];
  const frontMatter = readFrontMatter(tree, found);
  for (const key of frontMatter.taken ?? []) {
    const message = `front matter "${key}" is not read in a level's file (its title names the level); it is ignored.`;
    found.push(markdownIssue({ path: "/1/1", where: "line 1, column 1" }, "invalid-front-matter", message));
  }
  for (const issue of found) reader.warn(inFile(issue, file.name));
  return frontMatter.title ?? file.label ?? file.name;
}

/** One file per track: a reader per file, each file's levels a track's; intro files give the rest. */
function readTracks(
  files: readonly MarkdownFile[],
  trees: readonly Root[],
  frontMatter: FrontMatter,
  options: MarkdownReadOptions,
): FilesRead {
  const tracks: Record<string, TrackJson> = {};
  const areas: NonNullable<FrameworkJson["framework"]["areas"]> = {};
  const origins = new Map<string, Origin>();
  const warnings: MarkdownIssue[] = [];
  const errors: MarkdownIssue[] = [];
  const trackLevels: TrackLevels[] = [];
  const addAreas = (found: FrameworkJson["framework"]["areas"]) => {
    for (const [key, area] of Object.entries(found ?? {})) if (!Object.hasOwn(areas, key)) define(areas, key, area);
  };
  for (const [index, tree] of trees.entries()) {
    const file = files[index] as MarkdownFile;
    if (file.intro) continue;
    const reader = new HeadingReader(NO_FRONT_MATTER, options);
    reader.readTree(tree, file.name);
    const read = reader.result(tree);
    warnings.push(...read.warnings);
    errors.push(...read.errors);
    const label = reader.titleRead ?? file.label ?? file.name;
    const key = uniqueKey(slug(label) || `track-${index + 1}`, tracks);
    const { framework } = read.json;
    const description = reader.introRead.join("\n\n");
    const track: TrackJson = {
      label,
      ...(description !== "" && { description }),
      levels: framework.levels ?? {},
      ...(framework.allLevels && { allLevels: framework.allLevels }),
      ...(options.cumulative && { cumulative: true }),
    };
    define(tracks, key, track);
    trackLevels.push({ key, label, levels: track.levels });
    addAreas(framework.areas);
    const trackAt = pointer("framework", "tracks", key);
    for (const [path, origin] of read.origins) origins.set(trackPath(path, trackAt), origin);
  }
  const intro = readIntros(files, trees, trackLevels, options);
  warnings.push(...intro.warnings);
  errors.push(...intro.errors);
  for (const [path, origin] of intro.origins) if (!origins.has(path)) origins.set(path, origin);
  const trackAreas = areas;
  const allAreas: typeof areas = {};
  for (const found of [intro.areas, trackAreas]) {
    for (const [key, area] of Object.entries(found)) if (!Object.hasOwn(allAreas, key)) define(allAreas, key, area);
  }
  for (const track of Object.values(tracks)) {
    for (const level of Object.values(track.levels)) inAreasOfScales(level.statements, intro.scales);
    if (track.allLevels) inAreasOfScales(track.allLevels, intro.scales);
  }
  const [description, ...scope] = intro.paragraphs;
  // The first file's front matter: its title, and fields of Rungs' JSON over what the files gave.
  const { occupation, framework: _framework, ...fields } = frontMatter.fields;
  const json = {
    schemaVersion: "1.1",
    occupation: { title: frontMatter.title ?? options.title ?? Object.values(tracks)[0]?.label ?? "" },
    sources: {},
    ...fields,
    ...(typeof occupation === "object" && occupation !== null && { occupation }),
    framework: {
      ...(description !== undefined && { description }),
      ...(scope.length > 0 && { contextCovered: scope.join("\n\n") }),
      tracks,
      ...(Object.keys(allAreas).length > 0 && { areas: allAreas }),
    },
  } as FrameworkJson;
  return { json, origins, warnings, errors };
}

const NO_FRONT_MATTER: FrontMatter = { fields: {}, keyFor: () => undefined };

/**
 * The intro files of a ladder of tracks (`intro: true`): their paragraphs describe the
 * framework, their areas and scales are the framework's, and a table that lines up the
 * tracks' levels says which are equivalent. An intro file has no levels.
 */
function readIntros(
  files: readonly MarkdownFile[],
  trees: readonly Root[],
  tracks: readonly TrackLevels[],
  options: MarkdownReadOptions,
) {
  const warnings: MarkdownIssue[] = [];
  const errors: MarkdownIssue[] = [];
  const origins = new Map<string, Origin>();
  const paragraphs: string[] = [];
  const areas: NonNullable<FrameworkJson["framework"]["areas"]> = {};
  const scales = new Map<string, string>();
  for (const [index, tree] of trees.entries()) {
    const file = files[index] as MarkdownFile;
    if (!file.intro) continue;
    const place = (cell: TableCell) => inFileOrigin(originOf(cell), file.name);
    // Tables of equivalent levels are read here; every other block by the heading reader.
    const rest: RootContent[] = [];
    for (const node of tree.children) {
      const equivalences = node.type === "table" ? readEquivalenceTable(node, tracks, place) : undefined;
      if (equivalences) warnings.push(...equivalences);
      else rest.push(node);
    }
    const reader = new HeadingReader(NO_FRONT_MATTER, { ...options, levelDepth: options.levelDepth ?? 1 });
    reader.readTree({ ...tree, children: rest }, file.name);
    const read = reader.result(tree);
    warnings.push(...read.warnings);
    if (reader.levelsRead > 0) {
      const message = `an intro file has no levels, but ${reader.levelsRead} headings in it were read as levels; name their role in the option sections.`;
      errors.push(markdownIssue({ path: pointer(file.name), where: file.name }, "invalid-type", message));
    }
    paragraphs.push(...reader.introRead);
    for (const [key, area] of Object.entries(read.json.framework.areas ?? {})) {
      if (!Object.hasOwn(areas, key)) define(areas, key, area);
    }
    for (const [label, area] of reader.scales) if (!scales.has(label)) scales.set(label, area);
    for (const [path, origin] of read.origins) if (path.startsWith("/framework/areas")) origins.set(path, origin);
  }
  return { warnings, errors, origins, paragraphs, areas, scales };
}

/** Where a path of one file's framework lies once the file is a track of the whole. */
function trackPath(path: string, trackAt: string): string {
  if (path.startsWith("/framework/levels")) return `${trackAt}/levels${path.slice("/framework/levels".length)}`;
  if (path.startsWith("/framework/allLevels"))
    return `${trackAt}/allLevels${path.slice("/framework/allLevels".length)}`;
  if (path === "/framework/description" || path === "/framework/contextCovered") return `${trackAt}/description`;
  if (path === "/occupation/title") return `${trackAt}/label`;
  return path;
}

function uniqueKey(key: string, taken: Record<string, unknown>): string {
  let candidate = key;
  for (let n = 2; Object.hasOwn(taken, candidate); n++) candidate = `${key}-${n}`;
  return candidate;
}
