import type { Root } from "mdast";
import { type Document, isMap, isNode, isScalar, LineCounter, type Node, parseDocument } from "yaml";
import type { FrameworkJson } from "../shared/framework-json";
import type { Origin } from "../shared/parse-built";
import { type MarkdownIssue, markdownIssue } from "./markdown-issue";
import { originOf } from "./markdown-tree";

/**
 * What a document's YAML front matter says. Hand-written front matter gives `title` (the
 * occupation's title, over the `#` heading) and `levels`, the level keys in ladder order,
 * each with its label (`levels: { junior: Junior Engineer }`): a level heading takes the key
 * its label is listed with. Rungs' own export (`toMarkdown(f, { frontMatter: true })`) also
 * writes what Markdown does not show — `schemaVersion`, `exportedAt`, `occupation`,
 * `framework` (version, description, scope), `sources`, `attribution` — as in Rungs' JSON;
 * those fields replace what the body says, so the file reads back to the same framework.
 */
export interface FrontMatter {
  readonly title?: string;
  /** Fields of Rungs' JSON, to lay over what the body gave. */
  readonly fields: Readonly<Record<string, unknown>>;
  /** The keys read besides `title` (`levels`, fields of Rungs' JSON), so a caller that reads only the title can say it ignores them. */
  readonly taken?: readonly string[];
  /** The key listed for the level heading at `index` (0-based) with `label`: the listed level at that place if its label matches, else the first with that label. */
  keyFor(index: number, label: string): string | undefined;
}

/** The fields of Rungs' JSON that front matter may give (levels come from the body). */
const JSON_FIELDS = ["schemaVersion", "exportedAt", "occupation", "framework", "sources", "attribution", "language"];

/** The document's front matter (the `---` block that opens it), with a warning for each part it cannot use. */
export function readFrontMatter(tree: Root, warnings: MarkdownIssue[]): FrontMatter {
  const node = tree.children[0];
  const listed: { key: string; label: string }[] = [];
  const empty: FrontMatter = { fields: {}, keyFor: () => undefined };
  if (node?.type !== "yaml") return empty;
  const origin = originOf(node);
  const lineCounter = new LineCounter();
  // The YAML 1.2 core schema and no custom tags: front matter is data, never code.
  const document = parseDocument(node.value, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const [error] = document.errors;
  if (error) {
    const at = lineCounter.linePos(error.pos[0]);
    warnings.push(
      markdownIssue(
        lineOrigin(origin, at.line, at.col),
        "invalid-front-matter",
        `the front matter is not valid YAML (${error.code}); it is ignored.`,
      ),
    );
    return empty;
  }
  if (!isMap(document.contents)) {
    warnings.push(
      markdownIssue(origin, "invalid-front-matter", "the front matter is not a mapping of keys; it is ignored."),
    );
    return empty;
  }
  let title: string | undefined;
  const taken: string[] = [];
  const fields: Record<string, unknown> = Object.create(null);
  for (const pair of document.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    const at = lineOrigin(origin, ...position(lineCounter, pair.key));
    if (key === "title" && isScalar(pair.value) && typeof pair.value.value === "string") title = pair.value.value;
    else if (key === "levels" && isMap(pair.value)) {
      taken.push(key);
      for (const level of pair.value.items) {
        if (isScalar(level.key) && isScalar(level.value)) {
          listed.push({ key: String(level.key.value), label: String(level.value.value) });
        }
      }
    } else if (JSON_FIELDS.includes(key) && isNode(pair.value)) {
      // Aliases are bounded: a "billion laughs" document is refused, not expanded.
      const value = safeJs(pair.value, document);
      if (value.ok) {
        fields[key] = value.value;
        taken.push(key);
      } else
        warnings.push(
          markdownIssue(
            at,
            "invalid-front-matter",
            `front matter "${key}" could not be read (${value.reason}); it is ignored.`,
          ),
        );
    } else {
      warnings.push(
        markdownIssue(at, "invalid-front-matter", `front matter "${key}" is not a key Rungs reads; it is ignored.`),
      );
    }
  }
  const keyFor = (index: number, label: string) =>
    (listed[index]?.label === label ? listed[index] : listed.find((level) => level.label === label))?.key;
  return { ...(title !== undefined && { title }), fields, keyFor, ...(taken.length > 0 && { taken }) };
}

/**
 * A body's framework with the front matter's fields of Rungs' JSON laid over it: they
 * replace the body's, except the levels, areas and every-level statements, which are the body's.
 */
export function laidOver(body: FrameworkJson, frontMatter: FrontMatter): FrameworkJson {
  const { occupation, framework, ...rest } = frontMatter.fields;
  const { levels, areas, allLevels } = body.framework;
  // An edited export's front matter holds a ladder too: the body's replaces it.
  const { tracks: _tracks, allLevels: _allLevels, ...meta } = isObject(framework) ? framework : {};
  return {
    ...body,
    ...rest,
    ...(isObject(occupation) && { occupation: occupation as FrameworkJson["occupation"] }),
    framework: {
      ...body.framework,
      ...meta,
      levels,
      ...(areas && { areas }),
      ...(allLevels && { allLevels }),
    },
  } as FrameworkJson;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A YAML node as plain data, with at most 100 aliases followed. */
function safeJs(node: Node, document: Document): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: node.toJS(document, { maxAliasCount: 100 }) };
  } catch (cause) {
    return { ok: false, reason: cause instanceof Error ? cause.message : "unknown cause" };
  }
}

/** Line and column of a YAML node within the front matter (1-based). */
function position(lineCounter: LineCounter, node: unknown): [number, number] {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  const at = lineCounter.linePos(range?.[0] ?? 0);
  return [at.line, at.col];
}

/** A front-matter line and column as a place in the document: the block's first line is `---`. */
function lineOrigin(block: Origin, line: number, column: number): Origin {
  const first = Number(block.path.split("/")[1] ?? 1);
  const documentLine = first + line;
  return { path: `/${documentLine}/${column}`, where: `line ${documentLine}, column ${column}` };
}
