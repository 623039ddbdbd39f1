import { type FrameworkLimits, limitMessage, splitStatement, toWellFormed } from "@rungs/core";
import { labelToWrite } from "../json/written";
import type { LevelJson, StatementJson } from "../shared/framework-json";
import { pointerSegment } from "../shared/json-pointer";
import { define, slug } from "../shared/keys";
import type { Origin } from "../shared/parse-built";
import type { CaseIssues } from "./issues";
import { readItemNotes } from "./item-notes";
import { ELIDED, type LevelRule, type PlacedLevel, type PlacedStatement } from "./levels";
import { type CaseModel, type CaseNode, describe, shorten } from "./read-package";
import type { RungsItems } from "./rungs-items";
import { collapse, subjectPart } from "./text";

/** Item fields every reading uses, or that only identify the item (never reported as left out). */
const ITEM_FIELDS_READ = new Set([
  "identifier",
  "uri",
  "lastChangeDateTime",
  "fullStatement",
  "listEnumeration",
  "CFDocumentURI",
]);
/** Item fields a Rungs export writes and its reading works out again. */
const ITEM_FIELDS_RUNGS = new Set(["abbreviatedStatement", "humanCodingScheme", "CFItemType"]);
/** (1.1) Where a builder's levels go, as a pointer and as core names it in messages. */
export interface LevelsScope {
  /** `/framework/levels`, or `/framework/tracks/<key>/levels`. */
  readonly pointer: string;
  /** `framework.levels`, or `framework.tracks.<key>.levels`. */
  readonly name: string;
}

const FRAMEWORK_LEVELS: LevelsScope = { pointer: "/framework/levels", name: "framework.levels" };

/** Keys JavaScript puts first in numeric order (array indices): a level key must not be one, or the ladder reorders. */
const ARRAY_INDEX = /^(0|[1-9]\d{0,9})$/;
/** Keys core names with a dot in its messages (`framework.levels.emerging`); others in brackets. */
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Writes the placed items as the framework's levels: keys, labels and statement texts, with
 * where each came from, and reports the item fields that found no place.
 */
export class LevelsBuilder {
  /** `framework.levels` of the framework JSON, in ladder order. */
  readonly levels: Record<string, LevelJson> = {};
  /** The keys given so far, as core reads them (lone surrogates replaced). */
  private readonly keys = new Set<string>();
  /** Per key asked for, the first suffix not yet tried: finding a unique key never starts again at 2. */
  private readonly nextSuffix = new Map<string, number>();
  private readonly roles = new Map<number, "level" | "statement">();

  /** (1.1) Each level's item and what was built of it, for the equivalences read after every track. */
  readonly built = new Map<number, { readonly key: string; readonly level: LevelJson }>();

  constructor(
    private readonly model: CaseModel,
    /** True for a package Rungs wrote: keys, labels and texts as written. */
    private readonly fromRungs: boolean,
    private readonly issues: CaseIssues,
    private readonly origins: Map<string, Origin>,
    private readonly limits: FrameworkLimits,
    /** (1.1) Where the levels go: `framework.levels`, or a track's. */
    private readonly scope: LevelsScope = FRAMEWORK_LEVELS,
    /** Statements counted so far against `maxStatements`, shared by every track's builder. */
    private readonly counted: { statements: number } = { statements: 0 },
    /** (1.1) A Rungs export's statement objects and level descriptions. */
    private readonly rungs?: RungsItems,
  ) {
    origins.set(scope.pointer, { path: "/CFItems", where: "CFItems" });
  }

  /**
   * Adds a level and its statements; false, with core's `limit-exceeded` error, when its
   * statements are over `maxStatementsPerLevel` or bring all of them over `maxStatements`
   * (found before any statement's text is made).
   */
  add(level: PlacedLevel): boolean {
    const node = level.node === undefined ? undefined : (this.model.nodes[level.node] as CaseNode);
    const label = node
      ? (node.fullStatement ?? node.abbreviatedStatement ?? node.humanCodingScheme ?? "")
      : (level.label ?? "");
    const key = this.uniqueKey(node ? node.humanCodingScheme : level.key, label);
    if (!this.withinLimits(key, level.statements.length, node)) return false;
    const levelPointer = `${this.scope.pointer}/${pointerSegment(key)}`;
    const statements = this.statements(level.statements, `${levelPointer}/statements`);
    // Core trims a label, so one with spaces at its ends can only be the key it fell back to
    // (a level without a label): given as no label, it falls back to the key again.
    const built: LevelJson = {
      label: this.fromRungs ? labelToWrite(label) : label,
      ...(this.rungs && level.node !== undefined && this.rungs.levelFields(level.node, levelPointer)),
      statements,
    };
    define(this.levels, key, built);

    this.origins.set(
      levelPointer,
      node
        ? { path: node.path, where: `${node.where}, a level` }
        : { path: "/CFItems", where: `the level ${JSON.stringify(label)}` },
    );
    if (level.node !== undefined && node) {
      this.built.set(level.node, { key, level: built });
      this.roles.set(level.node, "level");
      if (!this.fromRungs && node.abbreviatedStatement !== undefined && node.abbreviatedStatement !== label) {
        this.leftOut(node, "abbreviatedStatement", "the level is labelled by its fullStatement");
      }
    }
    return true;
  }

  /**
   * Statements of a level, or (1.1) every-level statements at `pointer`: their texts, or a
   * Rungs export's statement objects, each with where it came from.
   */
  statements(placed: readonly PlacedStatement[], pointer: string): (string | StatementJson)[] {
    return placed.map((statement, index) => {
      const item = this.model.nodes[statement.node] as CaseNode;
      const at = `${pointer}/${index}`;
      this.origins.set(at, { path: `${item.path}/fullStatement`, where: item.where });
      this.roles.set(statement.node, "statement");
      const text = this.statementText(statement);
      return this.rungs ? this.rungs.statement(statement.node, text, at) : text;
    });
  }

  /** Core's statement limits, said as core would say them of the built level (where it came from first). */
  private withinLimits(key: string, length: number, node: CaseNode | undefined): boolean {
    const { limits } = this;
    const statements = `${memberName(this.scope.name, key)}.statements`;
    const path = node?.path ?? "/CFItems";
    const where = node ? `${node.where}, a level` : `the level ${JSON.stringify(key)}`;
    if (length > limits.maxStatementsPerLevel) {
      const message = limitMessage(statements, "maxStatementsPerLevel", limits, length);
      this.issues.error(path, "limit-exceeded", `${where}: ${message}`);
      return false;
    }
    this.counted.statements += length;
    if (this.counted.statements <= limits.maxStatements) return true;
    const message = limitMessage(
      `The framework, up to ${statements},`,
      "maxStatements",
      limits,
      this.counted.statements,
    );
    this.issues.error(path, "limit-exceeded", `${where}: ${message}`);
    return false;
  }

  /**
   * A level's key: a Rungs export's as written; any other package's from its
   * `humanCodingScheme` or label, never a whole number (JavaScript would reorder it); unique.
   */
  private uniqueKey(asked: string | undefined, label: string): string {
    let key: string;
    if (this.fromRungs && asked !== undefined) key = asked;
    else {
      key = asked?.trim() || slug(label) || "level";
      if (ARRAY_INDEX.test(key)) key = `level-${key}`;
    }
    // Unique as core reads keys: "\ud800" and "\udfff" are both "\ufffd" to it, and it refuses
    // two levels keyed so. The key keeps its lone surrogates, for core to report.
    const read = toWellFormed(key);
    if (!this.keys.has(read)) {
      this.keys.add(read);
      return key;
    }
    // Suffixes below `nextSuffix` were taken when tried, and keys are never given back: each
    // suffix is tried once per key, so many levels sharing a key cost linear time.
    let n = this.nextSuffix.get(read) ?? 2;
    while (this.keys.has(`${read}-${n}`)) n++;
    this.nextSuffix.set(read, n + 1);
    this.keys.add(`${read}-${n}`);
    return `${key}-${n}`;
  }

  /**
   * A statement's text: its `fullStatement` as written; below a statement, its path first
   * (`Parent › Child — …`); in a package Rungs did not write, its `abbreviatedStatement` as
   * the subject, unless the text starts with it already.
   */
  private statementText({ node: at, ancestors }: PlacedStatement): string {
    const node = this.model.nodes[at] as CaseNode;
    const own = node.fullStatement ?? node.abbreviatedStatement ?? node.humanCodingScheme ?? "";
    const path = ancestors.map((ancestor) =>
      ancestor === ELIDED ? "…" : nameOf(this.model.nodes[ancestor] as CaseNode),
    );
    if (path.length > 0) {
      this.issues.warn(
        node.path,
        "flattened",
        `${node.where} is below a statement; it is a statement of the same level, its path (${path.join(" › ")}) kept as its subject.`,
        { key: "", what: "items flattened into their level" },
      );
    }
    const abbreviated = node.abbreviatedStatement?.trim();
    let body = own;
    if (!this.fromRungs && node.fullStatement !== undefined && abbreviated) {
      const split = splitStatement(collapse(own));
      if (split && split.subject === collapse(abbreviated)) {
        if (path.length === 0) return own;
        body = split.description;
      }
      path.push(subjectPart(abbreviated));
    }
    if (path.length === 0) return own;
    const subject = path.join(" › ");
    return body.trim() ? `${subject} — ${body}` : subject;
  }

  /** Reports every item field the framework has no place for (a Rungs export's own fields excepted). */
  reportItemFields(rule: LevelRule): void {
    this.model.nodes.forEach((node, at) => {
      for (const field of Object.keys(node.fields)) {
        if (ITEM_FIELDS_READ.has(field) || (this.fromRungs && ITEM_FIELDS_RUNGS.has(field))) continue;
        if (this.fromRungs && field === "notes") {
          // A Rungs export's item notes end with their facts as JSON, read with the item.
          const facts = readItemNotes(node.fields.notes);
          if (typeof facts === "object") continue;
          if (facts === "unreadable") {
            this.leftOut(node, field, "its last line, rungs:…, cannot be read");
            continue;
          }
        }
        // A statement's subject; a level's is reported as it is added.
        if (field === "abbreviatedStatement") continue;
        if (field === "educationLevel" && rule === "educationLevel") continue;
        if (field === "humanCodingScheme" && this.roles.get(at) === "level") continue;
        const value = node.fields[field];
        if (value === null || value === "" || (Array.isArray(value) && value.length === 0)) continue;
        this.leftOut(node, field, "Rungs has no place for it");
      }
    });
  }

  private leftOut(node: CaseNode, field: string, why: string): void {
    this.issues.warn(
      `${node.path}/${pointerSegment(field)}`,
      "dropped-field",
      `${node.where}: ${field} (${describe(node.fields[field])}) is left out; ${why}.`,
      { key: field, what: `items whose ${field} is left out` },
    );
  }
}

/** A member as core names it in messages: `framework.levels.emerging`, `framework.levels["two words"]`. */
export function memberName(base: string, key: string): string {
  return `${base}${IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`}`;
}

/** How an item is named in a path: its abbreviated statement, coding scheme, or the start of its text. */
function nameOf(node: CaseNode): string {
  const name =
    node.abbreviatedStatement?.trim() ||
    node.humanCodingScheme?.trim() ||
    shorten(collapse(node.fullStatement ?? ""), 60);
  return subjectPart(name || node.where);
}
