import type { CaseIssues } from "./issues";
import type { CaseModel, CaseNode } from "./read-package";

/** An item's place under its parent. */
interface ParentLink {
  /** The document, or an item's place among the nodes. */
  readonly parent: "document" | number;
  readonly sequenceNumber?: number;
}

/** The `isChildOf` tree of a package: every item once, siblings in order. */
export interface CaseTree {
  /** The document's children and the items with no parent, in order. */
  readonly roots: readonly number[];
  /** Each item's children, in order (by place among the nodes). */
  readonly children: readonly (readonly number[])[];
  /** Each item's parent item, `undefined` for a root. */
  readonly parentOf: readonly (number | undefined)[];
}

/**
 * The tree the `isChildOf` associations build. An item with several parents stays under
 * the first (in association order); a loop is cut at the item that comes first in
 * `CFItems`; an item without a parent joins the document's children. Each is reported.
 * Siblings are ordered by `sequenceNumber`, then `listEnumeration`, then
 * `humanCodingScheme` (numbers within them compared as numbers), then `CFItems` order.
 */
export function buildTree(model: CaseModel, issues: CaseIssues): CaseTree {
  const { nodes } = model;
  const links: (ParentLink | undefined)[] = new Array(nodes.length).fill(undefined);
  const linkPaths: string[] = new Array(nodes.length).fill("");
  for (const edge of model.edges) {
    if (edge.type !== "isChildOf") continue;
    if (edge.origin === "document") {
      issues.warn(
        edge.path,
        "dropped-association",
        `${edge.path.slice(1)}: the document cannot be a child (isChildOf); the association is left out.`,
        { key: "document-child", what: "associations that make the document a child" },
      );
      continue;
    }
    const child = nodes[edge.origin] as CaseNode;
    const existing = links[edge.origin];
    if (existing) {
      issues.warn(
        edge.path,
        "multiple-parents",
        `${child.where} is a child of more than one node; it is shown under its first parent only (${linkPaths[edge.origin]?.slice(1)}).`,
        { key: "", what: "items with more than one parent" },
      );
      continue;
    }
    links[edge.origin] = {
      parent: edge.destination,
      ...(edge.sequenceNumber !== undefined && { sequenceNumber: edge.sequenceNumber }),
    };
    linkPaths[edge.origin] = edge.path;
  }

  cutCycles(nodes, links, linkPaths, issues);

  const children: number[][] = nodes.map(() => []);
  const roots: number[] = [];
  const parentOf: (number | undefined)[] = new Array(nodes.length).fill(undefined);
  links.forEach((link, at) => {
    if (link === undefined || link.parent === "document") roots.push(at);
    else {
      (children[link.parent] as number[]).push(at);
      parentOf[at] = link.parent;
    }
  });
  const hasStructure = links.some((link) => link !== undefined);
  if (hasStructure) {
    for (const at of roots) {
      if (links[at] !== undefined) continue;
      const node = nodes[at] as CaseNode;
      issues.warn(
        node.path,
        "no-parent",
        `${node.where} is not placed in the document by any isChildOf association; it is shown at the top.`,
        { key: "", what: "items without a parent" },
      );
    }
  }
  const order = siblingOrder(nodes, links);
  roots.sort(order);
  for (const list of children) list.sort(order);
  return { roots, children, parentOf };
}

/** Follows each item's parents; a loop is cut at its item that comes first in `CFItems`. */
function cutCycles(
  nodes: readonly CaseNode[],
  links: (ParentLink | undefined)[],
  linkPaths: readonly string[],
  issues: CaseIssues,
): void {
  const state = new Uint8Array(nodes.length); // 0 unseen, 1 on the current walk, 2 done
  for (let start = 0; start < nodes.length; start++) {
    const walk: number[] = [];
    let at: number | "document" | undefined = start;
    while (typeof at === "number" && state[at] === 0) {
      state[at] = 1;
      walk.push(at);
      at = links[at]?.parent;
    }
    if (typeof at === "number" && state[at] === 1) {
      const loop = walk.slice(walk.indexOf(at));
      // A loop, not a spread: `Math.min(...loop)` throws a RangeError past ~130,000 items.
      const cut = loop.reduce((least, item) => Math.min(least, item));
      const node = nodes[cut] as CaseNode;
      issues.warn(
        linkPaths[cut] ?? node.path,
        "cycle",
        `${node.where} is its own ancestor through isChildOf (${loopPath(nodes, loop)}); that association is left out and the item is shown at the top.`,
        { key: "", what: "loops of isChildOf associations" },
      );
      links[cut] = undefined;
    }
    for (const visited of walk) state[visited] = 2;
  }
}

/** The items of a loop as a message names them: all of a short one, the ends of a long one. */
function loopPath(nodes: readonly CaseNode[], loop: readonly number[]): string {
  const where = (i: number) => (nodes[i] as CaseNode).where;
  if (loop.length <= LOOP_SHOWN) return loop.map(where).join(" → ");
  const ends = [...loop.slice(0, LOOP_SHOWN - 2).map(where), "…", ...loop.slice(-2).map(where)];
  return `${ends.join(" → ")}, ${loop.length} items`;
}

/** At most this many items of a loop are named in its warning. */
const LOOP_SHOWN = 8;

/** Compares siblings: sequenceNumber, listEnumeration, humanCodingScheme, then `CFItems` order. */
function siblingOrder(nodes: readonly CaseNode[], links: readonly (ParentLink | undefined)[]) {
  return (a: number, b: number): number => {
    const nodeA = nodes[a] as CaseNode;
    const nodeB = nodes[b] as CaseNode;
    return (
      byPresentNumber(links[a]?.sequenceNumber, links[b]?.sequenceNumber) ||
      byPresentText(nodeA.listEnumeration, nodeB.listEnumeration) ||
      byPresentText(nodeA.humanCodingScheme, nodeB.humanCodingScheme) ||
      nodeA.index - nodeB.index
    );
  };
}

/** Present values first, in order; absent ones after. */
function byPresentNumber(a: number | undefined, b: number | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return a - b;
}

function byPresentText(a: string | undefined, b: string | undefined): number {
  const blankA = a === undefined || a.trim() === "";
  const blankB = b === undefined || b.trim() === "";
  if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
  return naturalCompare(a as string, b as string);
}

/**
 * Text order where runs of digits compare as numbers ("SNT.2" before "SNT.10"), the same in
 * every runtime (no locale).
 */
export function naturalCompare(a: string, b: string): number {
  const partsA = a.match(/\d+|\D+/g) ?? [];
  const partsB = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(partsA.length, partsB.length); i++) {
    const x = partsA[i] as string;
    const y = partsB[i] as string;
    if (x === y) continue;
    const digits = /^\d/.test(x) && /^\d/.test(y);
    if (digits) {
      const trimmedX = x.replace(/^0+(?=\d)/, "");
      const trimmedY = y.replace(/^0+(?=\d)/, "");
      if (trimmedX.length !== trimmedY.length) return trimmedX.length - trimmedY.length;
      if (trimmedX !== trimmedY) return trimmedX < trimmedY ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  return partsA.length - partsB.length || (a < b ? -1 : a > b ? 1 : 0);
}
