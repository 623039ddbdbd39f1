import { labelToWrite } from "../json/written";
import type { LevelJson, StatementJson } from "../shared/framework-json";
import { pointerSegment } from "../shared/json-pointer";
import { define } from "../shared/keys";
import type { Origin } from "../shared/parse-built";
import type { CaseIssues } from "./issues";
import { type ItemFacts, readItemNotes } from "./item-notes";
import { AREA_ASSOCIATION, EQUIVALENCE_ASSOCIATION } from "./item-types";
import type { CaseModel, CaseNode } from "./read-package";

/** `framework.areas` as the format writes it. */
export type AreasJson = Record<string, { label: string; description?: string }>;

/**
 * (1.1) Reads what a Rungs export keeps beside its ladder: competency areas (their items),
 * each statement's area (its `isPartOf`), the facts in an item's notes (a statement's
 * proficiency, examples, notes and own id; a level's description and details; a track's
 * description and cumulative), and equivalences between levels (`isPeerOf`). Every
 * association of those types that does not fit is reported and left out. Each association
 * and item is looked at once, so the cost grows with the package.
 */
export class RungsItems {
  /** `framework.areas`, in the package's order. */
  readonly areas: AreasJson = {};
  /** Each area item's key. */
  private readonly areaKeys = new Map<number, string>();
  /** Each statement item's area key. */
  private readonly areaOf = new Map<number, string>();

  constructor(
    private readonly model: CaseModel,
    readonly issues: CaseIssues,
    readonly origins: Map<string, Origin>,
    areaItems: readonly number[],
  ) {
    for (const at of areaItems) this.addArea(at);
    for (const edge of model.edges) {
      if (edge.type !== AREA_ASSOCIATION) continue;
      const area = typeof edge.destination === "number" ? this.areaKeys.get(edge.destination) : undefined;
      if (typeof edge.origin !== "number" || area === undefined || this.areaOf.has(edge.origin)) {
        this.dropped(edge.path, "it does not link a statement to a competency area of the package, once");
        continue;
      }
      this.areaOf.set(edge.origin, area);
    }
  }

  private addArea(at: number): void {
    const node = this.node(at);
    const key = node.humanCodingScheme ?? "";
    if (Object.hasOwn(this.areas, key)) {
      this.issues.warn(
        node.path,
        "invalid-item",
        `${node.where}: an earlier competency area has the key ${JSON.stringify(key)}; this one is left out.`,
        { key: "area", what: "competency areas whose key an earlier one has" },
      );
      return;
    }
    const { description } = this.facts(at);
    define(this.areas, key, {
      label: labelToWrite(node.fullStatement ?? ""),
      ...(description !== undefined && { description }),
    });
    this.areaKeys.set(at, key);
    const pointer = `/framework/areas/${pointerSegment(key)}`;
    this.origins.set(pointer, { path: node.path, where: `${node.where}, a competency area` });
    this.origins.set(`${pointer}/description`, { path: `${node.path}/notes`, where: node.where });
  }

  /** A statement: its text, or an object when the item says more (its own id, area, facts). */
  statement(at: number, text: string, pointer: string): string | StatementJson {
    const node = this.node(at);
    const { ownId, proficiency, examples, notes } = this.facts(at);
    const id = ownId ? node.humanCodingScheme : undefined;
    const area = this.areaOf.get(at);
    if (id === undefined && area === undefined && proficiency === undefined && !examples && notes === undefined) {
      return text;
    }
    for (const field of ["id", "proficiency", "examples", "notes"]) {
      this.origins.set(`${pointer}/${field}`, { path: `${node.path}/notes`, where: node.where });
    }
    return {
      text,
      ...(id !== undefined && { id }),
      ...(area !== undefined && { area }),
      ...(proficiency !== undefined && { proficiency }),
      ...(examples !== undefined && { examples: [...examples] }),
      ...(notes !== undefined && { notes }),
    };
  }

  /** A level's description and details. */
  levelFields(at: number, pointer: string): Pick<LevelJson, "description" | "details"> {
    const { description, details } = this.facts(at);
    const path = `${this.node(at).path}/notes`;
    this.origins.set(`${pointer}/description`, { path, where: this.node(at).where });
    this.origins.set(`${pointer}/details`, { path, where: this.node(at).where });
    const written: Record<string, string> = {};
    for (const [label, text] of details ?? []) define(written, label, text);
    return {
      ...(description !== undefined && { description }),
      ...(details !== undefined && { details: written }),
    };
  }

  /** A track's label, description and cumulative. */
  trackFields(at: number): { label: string; description?: string; cumulative?: true } {
    const { description, cumulative } = this.facts(at);
    return {
      label: labelToWrite(this.node(at).fullStatement ?? ""),
      ...(description !== undefined && { description }),
      ...(cumulative && { cumulative }),
    };
  }

  /**
   * Writes each level's `equivalentTo` from the `isPeerOf` associations between levels, in
   * `sequenceNumber` order; `levels` has each level item's track key, level key and level.
   */
  equivalences(
    levels: ReadonlyMap<number, { readonly track: string; readonly key: string; readonly level: LevelJson }>,
  ) {
    const found = new Map<number, { track: string; level: string; sequence: number }[]>();
    for (const edge of this.model.edges) {
      if (edge.type !== EQUIVALENCE_ASSOCIATION) continue;
      const origin = typeof edge.origin === "number" ? levels.get(edge.origin) : undefined;
      const destination = typeof edge.destination === "number" ? levels.get(edge.destination) : undefined;
      if (origin === undefined || destination === undefined) {
        this.dropped(edge.path, "it does not link two levels of the package");
        continue;
      }
      const list = found.get(edge.origin as number) ?? [];
      found.set(edge.origin as number, list);
      list.push({ track: destination.track, level: destination.key, sequence: edge.sequenceNumber ?? list.length + 1 });
    }
    for (const [at, list] of found) {
      const equivalentTo: Record<string, string> = {};
      // A stable sort: equal sequence numbers keep the associations' order.
      for (const { track, level } of list.sort((a, b) => a.sequence - b.sequence)) define(equivalentTo, track, level);
      (levels.get(at) as { level: LevelJson }).level.equivalentTo = equivalentTo;
    }
  }

  /** The facts of an item's notes; none when it has none or they cannot be read (reported with the item's fields). */
  private facts(at: number): ItemFacts {
    const facts = readItemNotes(this.node(at).fields.notes);
    return typeof facts === "object" ? facts : {};
  }

  private node(at: number): CaseNode {
    return this.model.nodes[at] as CaseNode;
  }

  private dropped(path: string, why: string): void {
    this.issues.warn(path, "dropped-association", `${path.slice(1)}: ${why}; the association is left out.`, {
      key: "rungs",
      what: "isPartOf and isPeerOf associations that do not fit",
    });
  }
}
