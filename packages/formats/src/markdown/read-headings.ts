import type { Heading, List, ListItem, Nodes, Paragraph, Root, RootContent } from "mdast";
import type { FrameworkJson, LevelJson, StatementJson } from "../shared/framework-json";
import { pointer } from "../shared/json-pointer";
import { define, slug } from "../shared/keys";
import type { Origin } from "../shared/parse-built";
import { type FrontMatter, laidOver } from "./front-matter";
import { type MarkdownIssue, markdownIssue } from "./markdown-issue";
import { childrenText, describeNode, plainText } from "./markdown-tree";
import { type MarkdownReadOptions, readOptions, type SectionRole, sectionName, sectionRoles } from "./read-options";

/** What a layout reader built: the framework's JSON, where each part came from, what it could not place. */
export interface MarkdownRead {
  readonly json: FrameworkJson;
  readonly origins: Map<string, Origin>;
  readonly warnings: MarkdownIssue[];
  readonly errors: MarkdownIssue[];
}

/** Which rule {@link readHeadings} follows, in the words `fromMarkdown`'s `rule` reports. */
export const HEADINGS_RULE = "one heading per level, its statements as list items";

/** Section headings that are not levels. */
const SOURCES = /^(sources?|references?)$/i;
const MATRIX = /^progression matrix$/i;
const ALL_LEVELS = /^((at )?(all|every) levels?|for (all|every) levels?|every level includes)$/i;
/** The exporter's line for a level without statements. */
const NO_STATEMENTS = /^no statements at this level\.?$/i;
/** The exporter's facts about the occupation, by their bold label. */
const FACTS = {
  "soc code": "soc",
  group: "group",
  sector: "sector",
  "job zone": "jobZone",
  version: "version",
} as const;
type Fact = (typeof FACTS)[keyof typeof FACTS];
/** A statement's subject in bold, then its separator: `**Subject**: text`, `**Subject** — text`. */
const LEADING_SEPARATOR = /^\s*(?:[:—–]|-\s)\s*/;

/** Where a level's blocks go: its statements (the default), its description, or one of its details. */
type LevelPart = { into: "statements" } | { into: "description" } | { into: "details"; label: string };

/** The section a block belongs to while the document is read top to bottom. */
type Section =
  | { kind: "intro" }
  | { kind: "level"; key: string; level: LevelJson; area?: string; part?: LevelPart }
  | { kind: "all-levels"; area?: string }
  | { kind: "areas" }
  | { kind: "scales"; area?: string }
  | { kind: "sources" }
  | { kind: "matrix"; depth: number }
  | { kind: "left-out"; heading: string };

/** A statement made of paragraphs, which a list right after it continues (`paragraphStatements`). */
interface OpenParagraphs {
  readonly into: (string | StatementJson)[];
  readonly index: number;
}

/**
 * Reads the layout most ladders are written in: `# Title`; one heading per level (the depth
 * of the first heading under the title), lowest first; under a level, paragraphs are its
 * description, list items its statements (`**Subject**: text`, `Subject — text` or plain
 * text), a nested list under a statement its examples, and a deeper heading a competency
 * area whose statements follow. A level heading named like "All levels" holds the
 * statements expected at every level; "Sources" lists sources and the attribution after
 * them; a "Progression matrix" (Rungs' own export) is derived and skipped. Anything else
 * is a warning with its line and column, never dropped in silence. A heading at another
 * depth than a level's, outside a level, starts a section that is left out, block by block,
 * with a warning each. `options` name what the layout alone cannot tell (see
 * {@link MarkdownReadOptions}).
 */
export function readHeadings(tree: Root, frontMatter: FrontMatter, options: MarkdownReadOptions = {}): MarkdownRead {
  const reader = new HeadingReader(frontMatter, options);
  reader.readTree(tree);
  return reader.result(tree);
}

/** Reads one or more documents (one file per level: `fromMarkdownFiles`) into one framework. */
export class HeadingReader {
  private readonly warnings: MarkdownIssue[] = [];
  private readonly origins = new Map<string, Origin>();
  private readonly levels: Record<string, LevelJson> = {};
  private readonly areas: NonNullable<FrameworkJson["framework"]["areas"]> = {};
  private readonly allLevels: (string | StatementJson)[] = [];
  private readonly facts: Partial<Record<Fact, string>> = {};
  private readonly sources: Record<string, string> = {};
  private readonly intro: string[] = [];
  private title: string | undefined;
  private attribution: string | undefined;
  private levelDepth: number | undefined;
  private section: Section = { kind: "intro" };
  /** How many levels so far (counting the object's keys for each new level made 20,000 levels take 2 minutes). */
  private levelCount = 0;
  private areaCount = 0;
  /** True once a field of format 1.1 is used: the JSON then says `schemaVersion: "1.1"`. */
  private usesOneOne = false;
  private readonly roles: ReadonlyMap<string, SectionRole>;
  private readonly navigation: readonly string[];
  /** The file being read, when there are several: it starts every place the reader names. */
  private file: string | undefined;
  private open: OpenParagraphs | undefined;
  /** Proficiency label (lowercase) → the area whose scale lists it (`scales`). */
  readonly scales = new Map<string, string>();

  private readonly options: MarkdownReadOptions;

  constructor(
    private readonly frontMatter: FrontMatter,
    options: MarkdownReadOptions = {},
  ) {
    this.options = readOptions(options);
    this.roles = sectionRoles(this.options);
    this.navigation = (this.options.navigation ?? []).map((start) => start.toLowerCase());
    this.levelDepth = this.options.levelDepth;
    if (this.options.cumulative) this.usesOneOne = true;
  }

  /**
   * Reads a document's blocks; `file` names it when the framework is read from several.
   * `level` labels the level the whole file is (a file per level whose front matter names it):
   * its headings are then that level's areas.
   */
  readTree(tree: Root, file?: string, level?: string): void {
    this.file = file;
    // Each file starts outside any level: what opens it is the file's own intro.
    if (file !== undefined) this.section = { kind: "intro" };
    if (level !== undefined) {
      this.levelDepth ??= 1;
      this.section = this.level(level, tree.children[0] ?? tree);
    }
    // A heading needs the block after it: a deeper heading right after it makes it a group (`areaGroups`).
    for (const [index, node] of tree.children.entries()) this.block(node, tree.children[index + 1]);
    this.open = undefined;
  }

  /** Adds a warning about the document being read (its front matter, read by the caller). */
  warn(issue: MarkdownIssue): void {
    this.warnings.push(issue);
  }

  /** How many levels were read. */
  get levelsRead(): number {
    return this.levelCount;
  }

  /** The document's title (its `#` heading, or an `intro` heading), if any. */
  get titleRead(): string | undefined {
    return this.title;
  }

  /** The intro's paragraphs (the framework's description, then its scope). */
  get introRead(): readonly string[] {
    return this.intro;
  }

  result(tree: Root): MarkdownRead {
    for (const level of Object.values(this.levels)) inAreasOfScales(level.statements, this.scales);
    inAreasOfScales(this.allLevels, this.scales);
    const errors: MarkdownIssue[] = [];
    if (this.levelCount === 0) {
      errors.push(
        markdownIssue(
          this.at(tree),
          "no-levels",
          "no level was found: expected one heading per level (## Level) with its statements as a list, or a table with a row or a column per level.",
        ),
      );
    }
    return {
      json: laidOver(this.bodyJson(), this.frontMatter),
      origins: this.origins,
      warnings: this.warnings,
      errors,
    };
  }

  private bodyJson(): FrameworkJson {
    const [description, ...scope] = this.intro;
    const { jobZone, ...facts } = this.facts;
    const zone = jobZone === undefined ? undefined : /^([1-5])( \(inferred\))?$/.exec(jobZone);
    const areas = this.areaCount > 0 ? this.areas : undefined;
    return {
      schemaVersion: this.usesOneOne ? "1.1" : "1.0",
      occupation: {
        title: this.frontMatter.title ?? this.title ?? this.options.title ?? "",
        ...(facts.soc !== undefined && { soc: facts.soc }),
        ...(facts.group !== undefined && { group: facts.group }),
        ...(facts.sector !== undefined && { sector: facts.sector }),
        ...(zone && { jobZone: Number(zone[1]) as 1 | 2 | 3 | 4 | 5 }),
        ...(zone?.[2] && { jobZoneInferred: true }),
      },
      framework: {
        ...(facts.version !== undefined && { version: facts.version }),
        ...(description !== undefined && { description }),
        ...(scope.length > 0 && { contextCovered: scope.join("\n\n") }),
        levels: this.levels,
        ...(areas && { areas }),
        ...(this.allLevels.length > 0 && { allLevels: this.allLevels }),
        ...(this.options.cumulative && { cumulative: true }),
      },
      sources: this.sources,
      ...(this.attribution !== undefined && { attribution: this.attribution }),
    };
  }

  private block(node: RootContent, next?: RootContent): void {
    // The front matter was read before, by readFrontMatter.
    if (node.type === "yaml") return;
    const open = this.open;
    this.open = undefined;
    if (node.type === "heading") {
      this.heading(node, next);
      return;
    }
    const { section } = this;
    if (section.kind === "matrix") return;
    if (section.kind === "left-out") {
      this.leftOut(node, `under "${section.heading}" `);
      return;
    }
    if (this.isNavigation(node)) {
      this.leftOut(node, "that the option navigation names ");
      return;
    }
    if (node.type === "list" && open) {
      this.continueParagraphs(node, open);
      return;
    }
    if (node.type === "paragraph") {
      this.paragraph(node, section);
      return;
    }
    if (node.type === "list") {
      this.list(node, section);
      return;
    }
    this.leftOut(node, "");
  }

  private heading(node: Heading, next?: RootContent): void {
    const text = childrenText(node.children).trim();
    const role = this.roles.get(sectionName(text));
    const isTitle = role === undefined && node.depth === 1 && this.levelDepth !== 1 && this.section.kind === "intro";
    if (this.title === undefined && (isTitle || role === "intro")) {
      this.title = text;
      this.section = { kind: "intro" };
      this.origins.set("/occupation/title", this.at(node));
      return;
    }
    const { section } = this;
    if (section.kind === "matrix" && node.depth > section.depth) return;
    this.levelDepth ??= node.depth;
    if (node.depth > this.levelDepth && (section.kind === "level" || section.kind === "all-levels")) {
      if (role === undefined && this.options.areaGroups && next?.type === "heading" && next.depth > node.depth) {
        this.areaGroup(section, text, node);
        return;
      }
      this.section = this.subsection(section, text, role, node);
      return;
    }
    if (node.depth > this.levelDepth && section.kind === "scales") {
      this.section = { kind: "scales", area: this.area(text, node) };
      return;
    }
    if (role === "leave-out" || node.depth !== this.levelDepth) {
      this.leftOut(node, `"${text}" `);
      // What follows it belongs to it, not to the level before.
      this.section = { kind: "left-out", heading: text };
      return;
    }
    if (role === "areas") this.section = { kind: "areas" };
    else if (role === "scales") this.section = { kind: "scales" };
    else if (role === "intro" || role === "description") this.section = { kind: "intro" };
    else if (role === "details") {
      this.leftOut(node, `"${text}" (details belong under a level) `);
      this.section = { kind: "left-out", heading: text };
    } else if (role === "all-levels") this.allLevelsSection(node);
    else if (role === "level") this.section = this.level(text, node);
    else if (SOURCES.test(text)) this.section = { kind: "sources" };
    else if (MATRIX.test(text)) this.section = { kind: "matrix", depth: node.depth };
    else if (ALL_LEVELS.test(text)) this.allLevelsSection(node);
    else this.section = this.level(text, node);
  }

  private allLevelsSection(node: Heading): void {
    this.section = { kind: "all-levels" };
    this.usesOneOne = true;
    this.origins.set("/framework/allLevels", this.at(node));
  }

  /** A heading under a level: a competency area, or the part of the level `sections` name. */
  private subsection(
    section: Extract<Section, { kind: "level" | "all-levels" }>,
    text: string,
    role: SectionRole | undefined,
    node: Heading,
  ): Section {
    if (section.kind === "level" && (role === "description" || role === "details")) {
      // Not an area: the level's statements that follow it have none.
      const { kind, key, level } = section;
      return {
        kind,
        key,
        level,
        part: role === "details" ? { into: "details", label: text } : { into: "description" },
      };
    }
    if (section.kind === "level") return { ...section, area: this.area(text, node), part: { into: "statements" } };
    return { ...section, area: this.area(text, node) };
  }

  /**
   * A heading under a level that only groups the areas under it (`areaGroups`): areas are not
   * nested, so it is left out, with a warning; what follows belongs to the level until its areas start.
   */
  private areaGroup(section: Extract<Section, { kind: "level" | "all-levels" }>, text: string, node: Heading): void {
    this.warnings.push(
      markdownIssue(
        this.at(node),
        "unplaced-content",
        `a heading "${text}" only groups the areas under it, and areas are not nested; it is left out.`,
      ),
    );
    this.section =
      section.kind === "level"
        ? { kind: "level", key: section.key, level: section.level, part: { into: "statements" } }
        : { kind: "all-levels" };
  }

  /** A new level from its heading (or what names it): its key from the front matter's `levels`, else from its label. */
  private level(label: string, node: Nodes): Section {
    const listed = this.frontMatter.keyFor(this.levelCount, label);
    const key = this.uniqueKey(listed ?? (slug(label) || `level-${this.levelCount + 1}`));
    this.levelCount += 1;
    const level: LevelJson = { label, statements: [] };
    define(this.levels, key, level);
    this.origins.set(pointer("framework", "levels", key), this.at(node));
    return { kind: "level", key, level };
  }

  /** A competency area from its heading, once per label across the document. */
  /** A competency area by its label, once per label across the document (a later description fills a missing one). */
  private area(label: string, node: Nodes, description?: string): string {
    const key = slug(label) || `area-${this.areaCount + 1}`;
    const known = Object.hasOwn(this.areas, key) ? this.areas[key] : undefined;
    if (!known) {
      this.areaCount += 1;
      define(this.areas, key, { label, ...(description !== undefined && { description }) });
      this.origins.set(pointer("framework", "areas", key), this.at(node));
    } else if (description !== undefined && known.description === undefined) known.description = description;
    this.usesOneOne = true;
    return key;
  }

  private paragraph(node: Paragraph, section: Section): void {
    const text = childrenText(node.children).trim();
    if (text === "") return;
    switch (section.kind) {
      case "intro":
      case "areas":
        this.intro.push(text);
        this.origins.set(
          this.intro.length === 1 ? "/framework/description" : "/framework/contextCovered",
          this.at(node),
        );
        return;
      case "level":
        if (NO_STATEMENTS.test(text)) return;
        this.levelParagraph(node, text, section);
        return;
      case "all-levels":
        if (this.options.paragraphStatements)
          this.paragraphStatement(node, text, section.area, this.allLevels, "/framework/allLevels");
        else this.leftOut(node, "");
        return;
      case "sources":
        this.attribution = this.attribution === undefined ? text : `${this.attribution}\n\n${text}`;
        this.origins.set("/attribution", this.at(node));
        return;
      default:
        this.leftOut(node, "");
    }
  }

  /** A paragraph in a level: a statement, its description or a detail, by the part it is in and the options. */
  private levelParagraph(node: Paragraph, text: string, section: Extract<Section, { kind: "level" }>): void {
    const part = section.part ?? { into: "statements" };
    const emphasised = this.options.emphasisDetails && part.into === "statements" ? emphasisedText(node) : undefined;
    const detail = emphasised === undefined ? undefined : labelled(emphasised);
    if (detail) this.addDetail(section, detail.label, detail.text, node);
    else if (part.into === "details") this.addDetail(section, part.label, text, node);
    else if (part.into === "statements" && this.options.paragraphStatements && emphasised === undefined) {
      const at = pointer("framework", "levels", section.key, "statements");
      this.paragraphStatement(node, text, section.area, section.level.statements, at);
    } else this.addDescription(section, emphasised ?? text, node);
  }

  private addDescription(section: Extract<Section, { kind: "level" }>, text: string, node: Nodes): void {
    const { level } = section;
    level.description = level.description === undefined ? text : `${level.description}\n\n${text}`;
    this.usesOneOne = true;
    this.origins.set(`${pointer("framework", "levels", section.key)}/description`, this.at(node));
  }

  private addDetail(section: Extract<Section, { kind: "level" }>, label: string, text: string, node: Nodes): void {
    section.level.details ??= {};
    const details = section.level.details;
    const before = Object.hasOwn(details, label) ? details[label] : undefined;
    define(details, label, before === undefined ? text : `${before}\n\n${text}`);
    this.usesOneOne = true;
    this.origins.set(pointer("framework", "levels", section.key, "details", label), this.at(node));
  }

  /** A paragraph as a statement of its own (`paragraphStatements`): a list right after it continues it. */
  private paragraphStatement(
    node: Paragraph,
    text: string,
    area: string | undefined,
    into: (string | StatementJson)[],
    at: string,
  ): void {
    this.origins.set(`${at}/${into.length}`, this.at(node));
    if (area !== undefined) this.usesOneOne = true;
    into.push(area === undefined ? text : { text, area });
    this.open = { into, index: into.length - 1 };
  }

  /** A list right after a paragraph statement: each item a further paragraph of it. */
  private continueParagraphs(node: List, open: OpenParagraphs): void {
    const added: string[] = [];
    for (const item of node.children) {
      const text = itemText(item);
      if (text) added.push(text);
    }
    const before = open.into[open.index] as string | StatementJson;
    const text = [typeof before === "string" ? before : before.text, ...added].join("\n\n");
    open.into[open.index] = typeof before === "string" ? text : { ...before, text };
    this.usesOneOne = true;
  }

  private list(node: List, section: Section): void {
    if (section.kind === "intro") {
      this.factList(node);
      return;
    }
    if (section.kind === "sources") {
      this.sourceList(node);
      return;
    }
    if (section.kind === "areas") {
      this.areaList(node);
      return;
    }
    if (section.kind === "scales") {
      this.scaleList(node, section.area);
      return;
    }
    if (section.kind === "matrix" || section.kind === "left-out") return;
    if (section.kind === "level" && section.part && section.part.into !== "statements") {
      for (const item of node.children) {
        const text = itemText(item);
        if (!text) continue;
        if (section.part.into === "details") this.addDetail(section, section.part.label, text, item);
        else this.addDescription(section, text, item);
      }
      return;
    }
    const into = section.kind === "level" ? section.level.statements : this.allLevels;
    const at =
      section.kind === "level" ? pointer("framework", "levels", section.key, "statements") : "/framework/allLevels";
    for (const item of node.children) {
      if (this.isNavigation(item)) {
        this.leftOut(item, "that the option navigation names ");
        continue;
      }
      const areaItem = this.options.listAreas ? areaOfItem(item) : undefined;
      if (areaItem) {
        this.areaItem(item, areaItem, into, at);
        continue;
      }
      const statement = this.statement(item, section.area);
      if (statement === undefined) continue;
      this.origins.set(`${at}/${into.length}`, this.at(item));
      into.push(statement);
    }
  }

  /**
   * An item naming the area of the items nested under it (`listAreas`). Text on the label's
   * paragraph after its first line (`-Seeks …`, a list item that lacks the space after its
   * dash, which Markdown reads as part of the label) becomes a statement of the area, with a warning.
   */
  private areaItem(item: ListItem, found: AreaItem, into: (string | StatementJson)[], at: string): void {
    const area = this.area(found.label, item);
    if (found.rest) {
      const line = (item.position?.start.line ?? 1) + 1;
      const column = (item.position?.start.column ?? 1) + 2;
      this.warnings.push(
        markdownIssue(
          this.place(line, column),
          "unplaced-content",
          `text on the line after the area label "${found.label}" is not a list item (a list item needs a space after its dash); it is read as a statement of that area.`,
        ),
      );
      this.origins.set(`${at}/${into.length}`, this.place(line, column));
      into.push({ text: found.rest, area });
    }
    for (const nested of found.items) {
      const statement = this.statement(nested, area);
      if (statement === undefined) continue;
      this.origins.set(`${at}/${into.length}`, this.at(nested));
      into.push(statement);
    }
  }

  /** The areas defined in a list (`- Impact: the difference one makes`): label, then description. */
  private areaList(node: List): void {
    for (const item of node.children) {
      const definition = labelled(itemText(item));
      if (definition) this.area(definition.label, item, definition.text);
      else this.leftOut(item, "in the areas ");
    }
  }

  /** An area's proficiency labels, lowest first (`1. **Adopts**: definition`): each definition a paragraph of its description. */
  private scaleList(node: List, area: string | undefined): void {
    const known = area === undefined ? undefined : this.areas[area];
    for (const item of node.children) {
      const [first] = item.children;
      const lead = first?.type === "paragraph" ? boldLead(first) : undefined;
      if (!known || !area || !lead || item.children.length > 1) {
        this.leftOut(item, area === undefined ? "before the first area of the scales " : "in the scales ");
        continue;
      }
      if (!this.scales.has(lead.label.toLowerCase())) this.scales.set(lead.label.toLowerCase(), area);
      const line = lead.rest ? `${lead.label}: ${lead.rest}` : lead.label;
      known.description = known.description === undefined ? line : `${known.description}\n\n${line}`;
    }
  }

  /**
   * A list item as a statement: its first paragraph is the text (a bold lead-in is the
   * subject, or its proficiency with `boldLead: "proficiency"`), further paragraphs continue
   * it, a nested list gives its examples.
   */
  private statement(item: ListItem, area: string | undefined): string | StatementJson | undefined {
    const paragraphs: string[] = [];
    const examples: string[] = [];
    let proficiency: string | undefined;
    item.children.forEach((child, index) => {
      if (child.type === "paragraph") {
        const lead = index === 0 && this.options.boldLead === "proficiency" ? boldLead(child) : undefined;
        if (lead?.rest) proficiency = lead.label;
        const text = lead?.rest ? lead.rest : index === 0 ? statementText(child) : childrenText(child.children).trim();
        if (text) paragraphs.push(text);
      } else if (child.type === "list") {
        for (const example of child.children) {
          const text = plainText(example).replace(/\s+/g, " ").trim();
          if (text) examples.push(text);
        }
      } else this.leftOut(child, "inside a statement ");
    });
    if (paragraphs.length === 0) return undefined;
    const text = paragraphs.join("\n\n");
    if (area === undefined && examples.length === 0 && paragraphs.length === 1 && proficiency === undefined)
      return text;
    this.usesOneOne = true;
    return {
      text,
      ...(area !== undefined && { area }),
      ...(proficiency !== undefined && { proficiency }),
      ...(examples.length > 0 && { examples }),
    };
  }

  /** True when a paragraph or list item starts with one of the `navigation` texts. */
  private isNavigation(node: RootContent): boolean {
    if (this.navigation.length === 0 || (node.type !== "paragraph" && node.type !== "listItem")) return false;
    const text = plainText(node).trimStart().toLowerCase();
    return this.navigation.some((start) => text.startsWith(start));
  }

  /** Where a node starts, in the file being read when there are several. */
  private at(node: Nodes): Origin {
    return this.place(node.position?.start.line ?? 1, node.position?.start.column ?? 1);
  }

  private place(line: number, column: number): Origin {
    if (this.file === undefined) return { path: `/${line}/${column}`, where: `line ${line}, column ${column}` };
    return {
      path: `${pointer(this.file)}/${line}/${column}`,
      where: `${this.file}, line ${line}, column ${column}`,
    };
  }

  /** The exporter's facts (`- **SOC code:** 17-3024.00`); any other item is left out with a warning. */
  private factList(node: List): void {
    for (const item of node.children) {
      const [first] = item.children;
      const lead = first?.type === "paragraph" ? boldLead(first) : undefined;
      const fact = lead && (FACTS as Record<string, Fact>)[lead.label.toLowerCase()];
      if (fact && lead) {
        this.facts[fact] = lead.rest;
        const path = fact === "version" ? "/framework/version" : `/occupation/${fact}`;
        this.origins.set(path, this.at(item));
      } else this.leftOut(item, "before the first level ");
    }
  }

  /** `- **Name:** value` or `- value` (a link's destination is the value). */
  private sourceList(node: List): void {
    for (const item of node.children) {
      const [first] = item.children;
      if (first?.type !== "paragraph") {
        this.leftOut(item, "in the sources ");
        continue;
      }
      const lead = boldLead(first);
      const rest = lead ? first.children.slice(1) : first.children;
      const link = rest.find((part) => part.type === "link");
      const value = link?.type === "link" ? link.url : lead ? lead.rest : childrenText(rest).trim();
      const name = lead?.label ?? "";
      define(this.sources, name, value);
      this.origins.set(pointer("sources", name), this.at(item));
    }
  }

  private leftOut(node: RootContent, where: string): void {
    const origin = this.at(node);
    this.warnings.push(
      markdownIssue(
        origin,
        "unplaced-content",
        `${describeNode(node)} ${where}is not part of a level, a statement, the sources or the front matter; it is left out.`,
      ),
    );
  }

  private uniqueKey(key: string): string {
    let unique = key;
    for (let n = 2; Object.hasOwn(this.levels, unique); n++) unique = `${key}-${n}`;
    return unique;
  }
}

/** A statement's text from its paragraph: a bold lead-in becomes the subject before " — ". */
function statementText(paragraph: Paragraph): string {
  const lead = boldLead(paragraph);
  if (!lead) return childrenText(paragraph.children).trim();
  return lead.rest ? `${lead.label} — ${lead.rest}` : lead.label;
}

/**
 * A paragraph that starts in bold: the bold text (without a trailing colon) and the rest
 * without its leading separator; undefined when it does not start in bold.
 */
function boldLead(paragraph: Paragraph): { label: string; rest: string } | undefined {
  const [first, ...rest] = paragraph.children;
  if (first?.type !== "strong") return undefined;
  const bold = plainText(first).trim();
  const label = bold.endsWith(":") ? bold.slice(0, -1).trimEnd() : bold;
  const after = childrenText(rest).replace(LEADING_SEPARATOR, "").trim();
  return { label, rest: after };
}

/** An item's text, its paragraphs (and nested items) kept apart by blank lines. */
function itemText(item: ListItem): string {
  const parts: string[] = [];
  for (const child of item.children) {
    const text = child.type === "list" ? child.children.map(itemText).join("\n\n") : plainText(child).trim();
    if (text) parts.push(text);
  }
  return parts.join("\n\n");
}

/** A list item that names an area: its label (before any line break, without a colon), what followed it on the paragraph, its nested items. */
interface AreaItem {
  readonly label: string;
  readonly rest: string;
  readonly items: readonly ListItem[];
}

/** The area an item names (`- Impact:` over a nested list), or undefined when it is a statement. */
function areaOfItem(item: ListItem): AreaItem | undefined {
  const [first, ...others] = item.children;
  if (first?.type !== "paragraph" || others.length !== 1 || others[0]?.type !== "list") return undefined;
  const text = childrenText(first.children).trim();
  const lineEnd = text.indexOf("\n");
  const head = (lineEnd === -1 ? text : text.slice(0, lineEnd)).trim();
  const label = head.endsWith(":") ? head.slice(0, -1).trimEnd() : head;
  if (label === "") return undefined;
  return { label, rest: lineEnd === -1 ? "" : text.slice(lineEnd + 1).trim(), items: others[0].children };
}

/** `Label: text` split at its first colon, when the label is short and on one line; else undefined. */
function labelled(text: string): { label: string; text: string } | undefined {
  const colon = text.indexOf(":");
  if (colon <= 0 || colon > 80) return undefined;
  const label = text.slice(0, colon).trim();
  const rest = text.slice(colon + 1).trim();
  if (label === "" || rest === "" || label.includes("\n")) return undefined;
  return { label, text: rest };
}

/** The text of a paragraph wholly in emphasis or bold (white space around aside), or undefined. */
function emphasisedText(paragraph: Paragraph): string | undefined {
  const parts = paragraph.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  if (parts.length !== 1) return undefined;
  const [only] = parts;
  return only && (only.type === "emphasis" || only.type === "strong") ? plainText(only).trim() : undefined;
}

/**
 * Puts each statement whose proficiency label a scale lists, and that has no area, in that
 * scale's area (`scales`). The statements are changed in place: they are the reader's own.
 */
export function inAreasOfScales(statements: (string | StatementJson)[], scales: ReadonlyMap<string, string>): void {
  if (scales.size === 0) return;
  for (const [index, statement] of statements.entries()) {
    if (typeof statement === "string" || statement.area !== undefined || statement.proficiency === undefined) continue;
    const area = scales.get(statement.proficiency.toLowerCase());
    if (area !== undefined) statements[index] = { text: statement.text, area, ...withoutText(statement) };
  }
}

/** A statement's fields but its text, so that `area` comes right after `text` when it is added. */
function withoutText(statement: StatementJson): Omit<StatementJson, "text"> {
  const { text: _text, ...rest } = statement;
  return rest;
}
