import type { Heading, List, ListItem, Paragraph, Root, RootContent } from "mdast";
import type { FrameworkJson, LevelJson, StatementJson } from "../shared/framework-json";
import { pointer } from "../shared/json-pointer";
import { define, slug } from "../shared/keys";
import type { Origin } from "../shared/parse-built";
import { type FrontMatter, laidOver } from "./front-matter";
import { type MarkdownIssue, markdownIssue } from "./markdown-issue";
import { childrenText, describeNode, originOf, plainText } from "./markdown-tree";

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

/** The section a block belongs to while the document is read top to bottom. */
type Section =
  | { kind: "intro" }
  | { kind: "level"; key: string; level: LevelJson; area?: string }
  | { kind: "all-levels"; area?: string }
  | { kind: "sources" }
  | { kind: "matrix"; depth: number };

/**
 * Reads the layout most ladders are written in: `# Title`; one heading per level (the depth
 * of the first heading under the title), lowest first; under a level, paragraphs are its
 * description, list items its statements (`**Subject**: text`, `Subject — text` or plain
 * text), a nested list under a statement its examples, and a deeper heading a competency
 * area whose statements follow. A level heading named like "All levels" holds the
 * statements expected at every level; "Sources" lists sources and the attribution after
 * them; a "Progression matrix" (Rungs' own export) is derived and skipped. Anything else
 * is a warning with its line and column, never dropped in silence.
 */
export function readHeadings(tree: Root, frontMatter: FrontMatter): MarkdownRead {
  return new HeadingReader(frontMatter).read(tree);
}

class HeadingReader {
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

  constructor(private readonly frontMatter: FrontMatter) {}

  read(tree: Root): MarkdownRead {
    for (const node of tree.children) this.block(node);
    const errors: MarkdownIssue[] = [];
    if (this.levelCount === 0) {
      errors.push(
        markdownIssue(
          originOf(tree),
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
        title: this.frontMatter.title ?? this.title ?? "",
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
      },
      sources: this.sources,
      ...(this.attribution !== undefined && { attribution: this.attribution }),
    };
  }

  private block(node: RootContent): void {
    // The front matter was read before, by readFrontMatter.
    if (node.type === "yaml") return;
    if (node.type === "heading") {
      this.heading(node);
      return;
    }
    const { section } = this;
    if (section.kind === "matrix") return;
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

  private heading(node: Heading): void {
    const text = childrenText(node.children).trim();
    if (node.depth === 1 && this.title === undefined && this.section.kind === "intro") {
      this.title = text;
      this.origins.set("/occupation/title", originOf(node));
      return;
    }
    const { section } = this;
    if (section.kind === "matrix" && node.depth > section.depth) return;
    this.levelDepth ??= node.depth;
    if (node.depth > this.levelDepth && (section.kind === "level" || section.kind === "all-levels")) {
      this.section = { ...section, area: this.area(text, node) };
      return;
    }
    if (node.depth !== this.levelDepth) {
      this.leftOut(node, `"${text}" `);
      return;
    }
    if (SOURCES.test(text)) this.section = { kind: "sources" };
    else if (MATRIX.test(text)) this.section = { kind: "matrix", depth: node.depth };
    else if (ALL_LEVELS.test(text)) {
      this.section = { kind: "all-levels" };
      this.usesOneOne = true;
      this.origins.set("/framework/allLevels", originOf(node));
    } else this.section = this.level(text, node);
  }

  /** A new level from its heading: its key from the front matter's `levels`, else from its label. */
  private level(label: string, node: Heading): Section {
    const listed = this.frontMatter.keyFor(this.levelCount, label);
    const key = this.uniqueKey(listed ?? (slug(label) || `level-${this.levelCount + 1}`));
    this.levelCount += 1;
    const level: LevelJson = { label, statements: [] };
    define(this.levels, key, level);
    this.origins.set(pointer("framework", "levels", key), originOf(node));
    return { kind: "level", key, level };
  }

  /** A competency area from its heading, once per label across the document. */
  private area(label: string, node: Heading): string {
    const key = slug(label) || `area-${this.areaCount + 1}`;
    if (!Object.hasOwn(this.areas, key)) {
      this.areaCount += 1;
      define(this.areas, key, { label });
      this.origins.set(pointer("framework", "areas", key), originOf(node));
    }
    this.usesOneOne = true;
    return key;
  }

  private paragraph(node: Paragraph, section: Section): void {
    const text = childrenText(node.children).trim();
    if (text === "") return;
    switch (section.kind) {
      case "intro":
        this.intro.push(text);
        this.origins.set(
          this.intro.length === 1 ? "/framework/description" : "/framework/contextCovered",
          originOf(node),
        );
        return;
      case "level":
        if (NO_STATEMENTS.test(text)) return;
        section.level.description =
          section.level.description === undefined ? text : `${section.level.description}\n\n${text}`;
        this.usesOneOne = true;
        this.origins.set(`${pointer("framework", "levels", section.key)}/description`, originOf(node));
        return;
      case "sources":
        this.attribution = this.attribution === undefined ? text : `${this.attribution}\n\n${text}`;
        this.origins.set("/attribution", originOf(node));
        return;
      default:
        this.leftOut(node, "");
    }
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
    if (section.kind === "matrix") return;
    const into = section.kind === "level" ? section.level.statements : this.allLevels;
    const at =
      section.kind === "level" ? pointer("framework", "levels", section.key, "statements") : "/framework/allLevels";
    for (const item of node.children) {
      const statement = this.statement(item, section.area);
      if (statement === undefined) continue;
      this.origins.set(`${at}/${into.length}`, originOf(item));
      into.push(statement);
    }
  }

  /**
   * A list item as a statement: its first paragraph is the text (a bold lead-in is the
   * subject), further paragraphs continue it, a nested list gives its examples.
   */
  private statement(item: ListItem, area: string | undefined): string | StatementJson | undefined {
    const paragraphs: string[] = [];
    const examples: string[] = [];
    item.children.forEach((child, index) => {
      if (child.type === "paragraph") {
        const text = index === 0 ? statementText(child) : childrenText(child.children).trim();
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
    if (area === undefined && examples.length === 0 && paragraphs.length === 1) return text;
    this.usesOneOne = true;
    return { text, ...(area !== undefined && { area }), ...(examples.length > 0 && { examples }) };
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
        this.origins.set(path, originOf(item));
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
      this.origins.set(pointer("sources", name), originOf(item));
    }
  }

  private leftOut(node: RootContent, where: string): void {
    const origin = originOf(node);
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
