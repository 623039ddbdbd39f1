import { limitMessage, limitsOf, type ParseOptions } from "@rungs/core";
import { pointer } from "../shared/json-pointer";
import { dateTimeKind } from "./date-time";
import type { CaseIssues } from "./issues";

/** A JSON object as read from the package. */
export type Json = Record<string, unknown>;

/** One `CFItems` entry, its fields read and typed. */
export interface CaseNode {
  /** Its place in `CFItems`. */
  readonly index: number;
  /** `/CFItems/<index>`. */
  readonly path: string;
  readonly fields: Json;
  readonly fullStatement?: string;
  readonly abbreviatedStatement?: string;
  readonly humanCodingScheme?: string;
  readonly listEnumeration?: string;
  readonly educationLevels: readonly string[];
  /** How a person finds it: `CFItems/3 ("SNT.1")`. */
  readonly where: string;
}

/** A node an association points to: the document or an item (its index). */
export type NodeRef = "document" | number;

/** One association the importer reads, its ends resolved. */
export interface CaseEdge {
  readonly type: string;
  readonly origin: NodeRef;
  readonly destination: NodeRef;
  readonly sequenceNumber?: number;
  /** `/CFAssociations/<index>`. */
  readonly path: string;
}

/** A package as the importer reads it. */
export interface CaseModel {
  /** `{}` when the package has none (a warning says so). */
  readonly document: Json;
  readonly nodes: readonly CaseNode[];
  readonly edges: readonly CaseEdge[];
  /** The package itself, for the fields of `CFDefinitions` and others. */
  readonly root: Json;
}

/** The association types CASE 1.0 and 1.1 define. */
const CASE_ASSOCIATION_TYPES = new Set([
  "isChildOf",
  "isPeerOf",
  "isPartOf",
  "exactMatchOf",
  "precedes",
  "isRelatedTo",
  "replacedBy",
  "exemplar",
  "hasSkillLevel",
  "isTranslationOf",
]);

/**
 * The input as plain JSON data: text is parsed (a BOM is fine), an object is copied through
 * JSON, so getters, proxies, cycles and prototypes never reach the importer (and the input is
 * never changed). `undefined`, with an error, when that fails.
 */
export function decode(input: unknown, options: ParseOptions | undefined, issues: CaseIssues): unknown {
  if (typeof input === "string") {
    // Measured before anything reads the text, as core does.
    const limits = limitsOf(options);
    if (input.length > limits.maxInputLength) {
      issues.error("", "limit-exceeded", limitMessage("the package", "maxInputLength", limits, input.length));
      return undefined;
    }
    try {
      return JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch (error) {
      issues.error("", "invalid-json", `the package is not valid JSON: ${messageOf(error)}`);
      return undefined;
    }
  }
  try {
    const text = JSON.stringify(input);
    return text === undefined ? undefined : JSON.parse(text);
  } catch (error) {
    issues.error("", "unreadable-value", `the package cannot be read as JSON data: ${messageOf(error)}`);
    return undefined;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** True for a JSON object (not null, not an array). */
export function isJson(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The package's document, items and associations, every defect reported. */
export function readModel(value: unknown, issues: CaseIssues): CaseModel | undefined {
  if (!isJson(value) || (!("CFDocument" in value) && !("CFItems" in value))) {
    issues.error(
      "",
      "not-a-package",
      `expected a CASE package: a JSON object with CFDocument and CFItems; found ${describe(value)}.`,
    );
    return undefined;
  }
  let document: Json = {};
  if (isJson(value.CFDocument)) {
    document = value.CFDocument;
    checkDate(document, "/CFDocument", "CFDocument", issues);
  } else {
    issues.warn(
      value.CFDocument === undefined ? "" : "/CFDocument",
      "missing-document",
      `CFDocument: expected the document (an object); found ${describe(value.CFDocument)}. The framework has no title.`,
    );
  }
  const nodes = readNodes(value.CFItems, issues);
  const edges = readEdges(value.CFAssociations, document, nodes, issues);
  return { document, nodes, edges, root: value };
}

function readNodes(value: unknown, issues: CaseIssues): CaseNode[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.warn("/CFItems", "invalid-item", `CFItems: expected an array of items; found ${describe(value)}.`);
    return [];
  }
  const nodes: CaseNode[] = [];
  const seen = new Map<string, number>();
  value.forEach((entry: unknown, index) => {
    const path = pointer("CFItems", index);
    if (!isJson(entry)) {
      issues.warn(
        path,
        "invalid-item",
        `CFItems/${index}: expected an item (an object); found ${describe(entry)}. It is left out.`,
      );
      return;
    }
    const text = (name: string) => {
      const field = entry[name];
      if (field === undefined || field === null) return undefined;
      if (typeof field === "string") return field;
      // A number where text belongs (listEnumeration: 3) reads as the text it stands for.
      if (typeof field === "number" && Number.isFinite(field)) return String(field);
      issues.warn(
        `${path}/${name}`,
        "invalid-item",
        `CFItems/${index}: ${name} must be text; found ${describe(field)}. It is ignored.`,
        { key: name, what: `items whose ${name} is not text` },
      );
      return undefined;
    };
    const fullStatement = text("fullStatement");
    const abbreviatedStatement = text("abbreviatedStatement");
    const humanCodingScheme = text("humanCodingScheme");
    const listEnumeration = text("listEnumeration");
    const identifier = text("identifier");
    const name = humanCodingScheme?.trim() || abbreviatedStatement?.trim() || fullStatement?.trim() || "";
    const where = `CFItems/${index}${name ? ` (${JSON.stringify(shorten(name, 40))})` : ""}`;
    if (fullStatement === undefined) {
      issues.warn(
        path,
        "invalid-item",
        `${where} has no fullStatement; its ${abbreviatedStatement !== undefined ? "abbreviatedStatement" : humanCodingScheme !== undefined ? "humanCodingScheme" : "text, empty,"} is used.`,
        { key: "fullStatement", what: "items without a fullStatement" },
      );
    }
    if (identifier !== undefined) {
      const first = seen.get(identifier);
      if (first !== undefined) {
        issues.warn(
          `${path}/identifier`,
          "duplicate-identifier",
          `${where} has the identifier of CFItems/${first}; associations reach the first only, so this one is shown at the top.`,
          { key: "item", what: "items with a repeated identifier" },
        );
      } else seen.set(identifier, index);
    }
    checkDate(entry, path, where, issues);
    nodes.push({
      index,
      path,
      fields: entry,
      ...(fullStatement !== undefined && { fullStatement }),
      ...(abbreviatedStatement !== undefined && { abbreviatedStatement }),
      ...(humanCodingScheme !== undefined && { humanCodingScheme }),
      ...(listEnumeration !== undefined && { listEnumeration }),
      educationLevels: educationLevels(entry.educationLevel),
      where,
    });
  });
  return nodes;
}

function educationLevels(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values
    .filter((level): level is string => typeof level === "string" && level.trim() !== "")
    .map((l) => l.trim());
}

function readEdges(value: unknown, document: Json, nodes: readonly CaseNode[], issues: CaseIssues): CaseEdge[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.warn(
      "/CFAssociations",
      "invalid-item",
      `CFAssociations: expected an array of associations; found ${describe(value)}. The items are read without them.`,
    );
    return [];
  }
  const byIdentifier = new Map<string, NodeRef>();
  const byUri = new Map<string, NodeRef>();
  for (const node of [...nodes].reverse()) {
    // Reversed, so the first of two items with one identifier wins.
    const identifier = node.fields.identifier;
    const uri = node.fields.uri;
    if (typeof identifier === "string") byIdentifier.set(identifier, node.index);
    if (typeof uri === "string") byUri.set(uri, node.index);
  }
  if (typeof document.identifier === "string") byIdentifier.set(document.identifier, "document");
  if (typeof document.uri === "string") byUri.set(document.uri, "document");
  const indexOf = new Map(nodes.map((node, at) => [node.index, at]));
  const resolve = (link: unknown): NodeRef | undefined => {
    const identifier = isJson(link) ? link.identifier : undefined;
    const uri = isJson(link) ? link.uri : link;
    const found =
      (typeof identifier === "string" ? byIdentifier.get(identifier) : undefined) ??
      (typeof uri === "string" ? byUri.get(uri) : undefined);
    // Edges name items by their place among the nodes read.
    return found === undefined || found === "document" ? found : indexOf.get(found);
  };

  const edges: CaseEdge[] = [];
  value.forEach((entry: unknown, index) => {
    const path = pointer("CFAssociations", index);
    if (!isJson(entry)) {
      issues.warn(
        path,
        "invalid-item",
        `CFAssociations/${index}: expected an association (an object); found ${describe(entry)}. It is left out.`,
      );
      return;
    }
    checkDate(entry, path, `CFAssociations/${index}`, issues);
    const type = entry.associationType;
    if (typeof type !== "string" || !(CASE_ASSOCIATION_TYPES.has(type) || type.startsWith("ext:"))) {
      issues.warn(
        `${path}/associationType`,
        "unknown-association-type",
        `CFAssociations/${index}: associationType ${describe(type)} is not a CASE association type; the association is left out.`,
        { key: "type", what: "associations of unknown types" },
      );
      return;
    }
    const origin = resolve(entry.originNodeURI);
    const destination = resolve(entry.destinationNodeURI);
    for (const [end, ref] of [
      ["originNodeURI", origin],
      ["destinationNodeURI", destination],
    ] as const) {
      if (ref !== undefined) continue;
      const link = entry[end];
      const named = isJson(link) ? (link.title ?? link.identifier ?? link.uri) : link;
      issues.warn(
        `${path}/${end}`,
        "unknown-node",
        `CFAssociations/${index} (${type}): its ${end === "originNodeURI" ? "origin" : "destination"} ${describe(named)} is not in this package; the association is left out.`,
        { key: "end", what: "associations to nodes not in the package" },
      );
    }
    if (origin === undefined || destination === undefined) return;
    const sequence = entry.sequenceNumber;
    const sequenceNumber = typeof sequence === "number" && Number.isFinite(sequence) ? sequence : undefined;
    if (sequence !== undefined && sequence !== null && sequenceNumber === undefined) {
      issues.warn(
        `${path}/sequenceNumber`,
        "invalid-item",
        `CFAssociations/${index}: sequenceNumber must be a number; found ${describe(sequence)}. It is ignored.`,
        { key: "sequenceNumber", what: "associations whose sequenceNumber is not a number" },
      );
    }
    edges.push({ type, origin, destination, ...(sequenceNumber !== undefined && { sequenceNumber }), path });
  });
  return edges;
}

/** Reports a `lastChangeDateTime` without a time zone, or one that is no date-time at all. */
function checkDate(fields: Json, path: string, where: string, issues: CaseIssues): void {
  const value = fields.lastChangeDateTime;
  if (value === undefined) return;
  const kind = typeof value === "string" ? dateTimeKind(value) : "invalid";
  if (kind === "no-time-zone") {
    issues.warn(
      `${path}/lastChangeDateTime`,
      "no-time-zone",
      `${where}: lastChangeDateTime ${JSON.stringify(value)} has no time zone (CASE asks for one, e.g. "+00:00"); it is tolerated.`,
      { key: "", what: "lastChangeDateTime values without a time zone" },
    );
  } else if (kind === "invalid") {
    issues.warn(
      `${path}/lastChangeDateTime`,
      "invalid-date-time",
      `${where}: lastChangeDateTime must be a date-time such as "2017-05-25T18:05:33+00:00"; found ${describe(value)}. It is tolerated.`,
      { key: "", what: "lastChangeDateTime values that are not date-times" },
    );
  }
}

/** A value as a message shows it: text quoted and shortened, anything else by its kind. */
export function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(shorten(value, 60));
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `${typeof value === "number" ? "the number" : typeof value === "boolean" ? "the value" : typeof value} ${String(value)}`;
}

/** At most `length` characters, with "…" when cut (never between a surrogate pair). */
export function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = /[\uD800-\uDBFF]/.test(text.charAt(length - 2)) ? length - 2 : length - 1;
  return `${text.slice(0, cut)}…`;
}
