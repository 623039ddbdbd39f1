/**
 * How a heading's section is read when its text alone would be read otherwise:
 * - `level`: a level (what a heading at the level depth is by default);
 * - `all-levels`: statements expected at every level;
 * - `areas`: the competency areas defined, one list item each (`- Impact: what it means`);
 *   its paragraphs are the framework's description, as the intro's are;
 * - `intro`: the framework's title (when none is known yet) and description;
 * - `description` (under a level): its paragraphs and list items add to the level's description;
 * - `details` (under a level): its text is the level detail labelled with the heading;
 * - `scales`: each heading under it is an area, its list the area's proficiency labels
 *   (`1. **Adopts**: actively learns …`): the definitions add to the area's description, and a
 *   statement whose proficiency label one area lists belongs to that area;
 * - `leave-out`: not part of the ladder (navigation, "Other pages"): each of its blocks is a warning.
 */
export type SectionRole =
  | "level"
  | "all-levels"
  | "areas"
  | "scales"
  | "intro"
  | "description"
  | "details"
  | "leave-out";

/**
 * How the Markdown reader reads a ladder whose layout its own rules do not tell apart. Every
 * option is off by default, so a document reads the same without them; a seed's options are
 * data (`seeds/<slug>/import.json`).
 */
export interface MarkdownReadOptions {
  /**
   * The heading depth (1–6) of a level. By default the first heading under the `#` title;
   * at 1 no heading is the title (a file that starts with its first level).
   */
  readonly levelDepth?: number;
  /** The occupation's title when no heading gives it (front matter's `title` still wins). */
  readonly title?: string;
  /** Headings read by role, by their text (compared without case, surrounding spaces or a trailing colon). */
  readonly sections?: Readonly<Record<string, SectionRole>>;
  /**
   * Paragraphs under a level, or an area of it, are statements rather than its description
   * (ladders written in prose); a list right after such a paragraph continues it, an item a paragraph.
   */
  readonly paragraphStatements?: boolean;
  /**
   * A list item that holds a label and a nested list names the area of the nested items
   * (`- Impact:` then `  - Delivers …`), instead of being a statement with examples.
   */
  readonly listAreas?: boolean;
  /**
   * A paragraph wholly in emphasis or bold is about the level, not a statement: `Label: text`
   * is the level detail `Label` (`_Experience: 2 years_`), anything else adds to its description.
   */
  readonly emphasisDetails?: boolean;
  /**
   * A heading under a level followed at once by a deeper heading only groups the areas under
   * it (`## Functional Competencies` over `### Management`): areas are not nested, so it is left
   * out with a warning instead of being an area without statements.
   */
  readonly areaGroups?: boolean;
  /** What a statement's bold lead-in is: its subject (`**Subject**: text`, the default) or its proficiency label (`**Adopts**: text`). */
  readonly boldLead?: "subject" | "proficiency";
  /** Paragraphs and list items that start with one of these texts are navigation (`Next up`): left out, each with a warning. */
  readonly navigation?: readonly string[];
  /** Each level also expects everything below it: the source says so in prose, which the reader cannot tell. */
  readonly cumulative?: boolean;
}

/** A heading's text as `sections` lists it: lowercase, without surrounding spaces or a trailing colon. */
export function sectionName(text: string): string {
  const trimmed = text.trim().toLowerCase();
  return trimmed.endsWith(":") ? trimmed.slice(0, -1).trimEnd() : trimmed;
}

/** The roles `options` give headings, by {@link sectionName} (own keys only: a `__proto__` heading is a heading like any other). */
export function sectionRoles(options: MarkdownReadOptions): ReadonlyMap<string, SectionRole> {
  return new Map(Object.entries(options.sections ?? {}).map(([heading, role]) => [sectionName(heading), role]));
}

const ROLES: ReadonlySet<string> = new Set<SectionRole>([
  "level",
  "all-levels",
  "areas",
  "scales",
  "intro",
  "description",
  "details",
  "leave-out",
]);

/**
 * The reader's options as given, each checked: options that are not an object, a getter
 * that throws, or a value of the wrong kind count as not given (as core's `limitsOf` does),
 * so hostile options never make the reader throw or change what it reads otherwise.
 */
export function readOptions(options: unknown): MarkdownReadOptions {
  if (typeof options !== "object" || options === null) return {};
  const read = (name: string): unknown => {
    try {
      return (options as Record<string, unknown>)[name];
    } catch {
      return undefined;
    }
  };
  const levelDepth = read("levelDepth");
  const title = read("title");
  const boldLead = read("boldLead");
  const flags = ["paragraphStatements", "listAreas", "emphasisDetails", "cumulative", "areaGroups"] as const;
  const result: { -readonly [Key in keyof MarkdownReadOptions]: MarkdownReadOptions[Key] } = {};
  if (typeof levelDepth === "number" && Number.isInteger(levelDepth) && levelDepth >= 1 && levelDepth <= 6) {
    result.levelDepth = levelDepth;
  }
  if (typeof title === "string") result.title = title;
  if (boldLead === "subject" || boldLead === "proficiency") result.boldLead = boldLead;
  for (const flag of flags) if (read(flag) === true) result[flag] = true;
  const navigation = textsOf(read("navigation"));
  if (navigation.length > 0) result.navigation = navigation;
  const sections = sectionsOf(read("sections"));
  if (sections) result.sections = sections;
  return result;
}

/** The strings of an array (anything else left out). */
function textsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is string => typeof item === "string" && item.trim() !== "");
}

/** Heading → role, own entries whose role is one the reader knows. */
function sectionsOf(value: unknown): Record<string, SectionRole> | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const sections: Record<string, SectionRole> = Object.create(null);
  try {
    for (const [heading, role] of Object.entries(value)) {
      if (typeof role === "string" && ROLES.has(role)) sections[heading] = role as SectionRole;
    }
  } catch {
    return undefined;
  }
  return sections;
}
