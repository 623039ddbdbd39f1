import type { CaseIssues } from "./issues";
import { ALL_LEVELS_ITEM_TYPE, AREA_ITEM_TYPE, TRACK_ITEM_TYPE } from "./item-types";
import type { CaseModel, CaseNode } from "./read-package";
import type { CaseTree } from "./tree";

/** How `fromCase` chose the levels, in the order it tries them. */
export type LevelRule =
  /** The destinations of `hasSkillLevel` associations (competency → its skill level). */
  | "hasSkillLevel"
  /** The distinct `educationLevel` values, lowest grade first. */
  | "educationLevel"
  /** The document's top-level items; everything below them their statements. */
  | "top-level"
  /** No item has children: one level, the document, holding every item. */
  | "single-level";

/** A statement-to-be: an item and the items between its level and it (its path). */
export interface PlacedStatement {
  readonly node: number;
  /**
   * The items between its level and it, top first; {@link ELIDED} stands for the middle of
   * a deep path (see {@link extendPath}).
   */
  readonly ancestors: readonly number[];
}

/** Marks the items left out of the middle of a deep path. */
export const ELIDED = -1;

/**
 * A path with one more item: at most the first item, {@link ELIDED} and the last three, so a
 * chain of thousands of items costs neither memory nor subjects past the statement limit.
 */
export function extendPath(path: readonly number[], node: number): number[] {
  const longer = [...path, node];
  if (longer.length <= 5) return longer;
  return [longer[0] as number, ELIDED, ...longer.slice(-3)];
}

/** A level-to-be: its item (none for an education level or the document), its statements. */
export interface PlacedLevel {
  readonly node?: number;
  /** For a level that is no item: its label. */
  readonly label?: string;
  /** For a level that is no item: the key it asks for. */
  readonly key?: string;
  readonly statements: PlacedStatement[];
  /** The level of items no rule placed. */
  readonly unplaced?: boolean;
}

/** (1.1) A track of a Rungs export: its item, its levels, its own every-level statements. */
export interface PlacedTrack {
  readonly node: number;
  readonly levels: readonly PlacedLevel[];
  /** Present when the track has an "All Levels" item, even an empty one. */
  readonly allLevels?: readonly PlacedStatement[];
}

/** The levels a rule chose, each with its statements, in ladder order. */
export interface Placement {
  readonly rule: LevelRule;
  readonly levels: readonly PlacedLevel[];
  /** (1.1) A Rungs export's tracks, in order. */
  readonly tracks?: readonly PlacedTrack[];
  /** (1.1) A Rungs export's framework-wide every-level statements. */
  readonly allLevels?: readonly PlacedStatement[];
  /** (1.1) A Rungs export's competency areas (their items), in order. */
  readonly areas?: readonly number[];
}

/** Grade codes CASE (CEDS) uses, youngest first; other values follow in the order they appear. */
const GRADE_ORDER = [
  "IT",
  "PR",
  "PK",
  "TK",
  "KG",
  "00",
  "01",
  "02",
  "03",
  "04",
  "05",
  "06",
  "07",
  "08",
  "09",
  "10",
  "11",
  "12",
  "13",
  "PS",
  "AS",
  "BA",
  "PB",
  "MD",
  "DO",
  "PD",
  "AE",
  "UG",
  "OT",
];

/**
 * Chooses the levels of a package and places every item: a level or a statement of one.
 * Rules, in order: `hasSkillLevel` associations; distinct `educationLevel` values (when
 * there are at least two); the document's top-level items (when any has children); else a
 * single level. An item the rule gives no level goes to a last level, "Not placed". A
 * package Rungs wrote (`fromRungs`) is read by its top-level items.
 */
export function placeItems(model: CaseModel, tree: CaseTree, issues: CaseIssues, fromRungs: boolean): Placement {
  const order = preOrder(tree);
  // A Rungs export's levels are its top-level items, even when none has statements.
  const skill = fromRungs ? new Map<number, number>() : skillLevels(model, issues);
  if (skill.size > 0) return placeBySkill(model, tree, order, skill, issues);
  const grades = fromRungs ? [] : gradeOrder(model.nodes, order);
  if (grades.length >= 2) return placeByGrade(model, tree, order, grades, issues);
  if (fromRungs && tree.roots.length > 0) return placeRungsExport(model, tree);
  if (tree.roots.some((root) => (tree.children[root]?.length ?? 0) > 0)) {
    const levels = tree.roots.map((root): PlacedLevel => ({ node: root, statements: statementsUnder(tree, root) }));
    return { rule: "top-level", levels };
  }
  const title = model.document.title;
  return {
    rule: "single-level",
    levels: [
      {
        label: typeof title === "string" && title.trim() ? title.trim() : "Items",
        key: "items",
        statements: tree.roots.map((node) => ({ node, ancestors: [] })),
      },
    ],
  };
}

/**
 * A Rungs export, by its items' types: the document's "Track" items (their children the
 * track's levels, and an "All Levels" child its every-level statements), its "All Levels"
 * item, its "Competency Area" items (an area with children is no area Rungs wrote: read as
 * a level, so nothing below it is lost), and every other top-level item a level.
 */
function placeRungsExport(model: CaseModel, tree: CaseTree): Placement {
  const typeOf = (at: number) => (model.nodes[at] as CaseNode).fields.CFItemType;
  const levels: PlacedLevel[] = [];
  const tracks: PlacedTrack[] = [];
  const areas: number[] = [];
  let allLevels: PlacedStatement[] | undefined;
  for (const root of tree.roots) {
    const children = tree.children[root] ?? [];
    const type = typeOf(root);
    if (type === TRACK_ITEM_TYPE) {
      const trackLevels: PlacedLevel[] = [];
      let own: PlacedStatement[] | undefined;
      for (const child of children) {
        if (typeOf(child) === ALL_LEVELS_ITEM_TYPE) {
          own ??= [];
          for (const placed of statementsUnder(tree, child)) own.push(placed);
        } else trackLevels.push({ node: child, statements: statementsUnder(tree, child) });
      }
      tracks.push({ node: root, levels: trackLevels, ...(own && { allLevels: own }) });
    } else if (type === ALL_LEVELS_ITEM_TYPE) {
      allLevels ??= [];
      for (const placed of statementsUnder(tree, root)) allLevels.push(placed);
    } else if (type === AREA_ITEM_TYPE && children.length === 0) areas.push(root);
    else levels.push({ node: root, statements: statementsUnder(tree, root) });
  }
  return {
    rule: "top-level",
    levels,
    ...(tracks.length > 0 && { tracks }),
    ...(allLevels && { allLevels }),
    ...(areas.length > 0 && { areas }),
  };
}

/** Everything below an item, in order, each with its path below the item's children. */
function statementsUnder(tree: CaseTree, top: number): PlacedStatement[] {
  const statements: PlacedStatement[] = [];
  for (const child of tree.children[top] ?? []) {
    for (const placed of descendants(tree, child)) statements.push(placed);
  }
  return statements;
}

/** Every item, parents before children, siblings in order (without recursion: trees can be deep). */
function preOrder(tree: CaseTree): number[] {
  const order: number[] = [];
  const stack = [...tree.roots].reverse();
  while (stack.length > 0) {
    const at = stack.pop() as number;
    order.push(at);
    const children = tree.children[at] ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as number);
  }
  return order;
}

/** An item and everything below it, in order, each with the items from `top` down to its parent. */
function descendants(tree: CaseTree, top: number): PlacedStatement[] {
  const found: PlacedStatement[] = [];
  const stack: PlacedStatement[] = [{ node: top, ancestors: [] }];
  while (stack.length > 0) {
    const entry = stack.pop() as PlacedStatement;
    found.push(entry);
    const children = tree.children[entry.node] ?? [];
    const path = extendPath(entry.ancestors, entry.node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as number, ancestors: path });
  }
  return found;
}

/** Each competency's skill level (the first, when it has several), from `hasSkillLevel`. */
function skillLevels(model: CaseModel, issues: CaseIssues): Map<number, number> {
  const levelOf = new Map<number, number>();
  for (const edge of model.edges) {
    if (edge.type !== "hasSkillLevel") continue;
    if (typeof edge.origin !== "number" || typeof edge.destination !== "number") {
      issues.warn(
        edge.path,
        "dropped-association",
        `${edge.path.slice(1)}: hasSkillLevel links a competency to its skill level, not the document; it is left out.`,
        { key: "skill-document", what: "hasSkillLevel associations with the document" },
      );
      continue;
    }
    if (levelOf.has(edge.origin)) {
      const node = model.nodes[edge.origin] as CaseNode;
      issues.warn(
        edge.path,
        "multiple-levels",
        `${node.where} has more than one skill level (hasSkillLevel); it is shown at its first only.`,
        { key: "skill", what: "items with more than one skill level" },
      );
      continue;
    }
    levelOf.set(edge.origin, edge.destination);
  }
  return levelOf;
}

function placeBySkill(
  model: CaseModel,
  tree: CaseTree,
  order: readonly number[],
  skill: ReadonlyMap<number, number>,
  issues: CaseIssues,
): Placement {
  const levelNodes = new Set(skill.values());
  const levels = new Map<number, PlacedLevel>();
  for (const at of order) if (levelNodes.has(at)) levels.set(at, { node: at, statements: [] });
  const unplaced: PlacedStatement[] = [];
  placeInherited(
    tree,
    order,
    (at) => (levelNodes.has(at) ? at : skill.get(at)),
    levelNodes,
    (at, level, ancestors) => {
      if (level === undefined) unplaced.push({ node: at, ancestors });
      else levels.get(level)?.statements.push({ node: at, ancestors });
    },
  );
  return finish("hasSkillLevel", [...levels.values()], unplaced, model, issues);
}

/**
 * Walks the items in order, each taking its own level or else its nearest ancestor's; calls
 * `place` for every item that is not itself a level, with its ancestors below that level
 * (those that are levels left out).
 */
function placeInherited<Level>(
  tree: CaseTree,
  order: readonly number[],
  ownLevel: (at: number) => Level | undefined,
  levelItems: ReadonlySet<number>,
  place: (at: number, level: Level | undefined, ancestors: number[]) => void,
): void {
  const levelAt = new Map<number, Level | undefined>();
  const pathAt = new Map<number, number[]>();
  for (const at of order) {
    const parent = tree.parentOf[at];
    const inherited = parent === undefined ? undefined : levelAt.get(parent);
    const own = ownLevel(at);
    const level = own ?? inherited;
    levelAt.set(at, level);
    const parentPath = parent === undefined ? [] : (pathAt.get(parent) ?? []);
    // A new level starts a new path; a level item is no part of its statements' subjects.
    const ancestors = own !== undefined && own !== inherited ? [] : parentPath;
    if (levelItems.has(at)) {
      pathAt.set(at, []);
      continue;
    }
    pathAt.set(at, extendPath(ancestors, at));
    place(at, level, ancestors);
  }
}

/** The distinct education levels, grade codes in grade order, then others as they appear. */
function gradeOrder(nodes: readonly CaseNode[], order: readonly number[]): string[] {
  const seen = new Set<string>();
  for (const at of order) for (const grade of (nodes[at] as CaseNode).educationLevels) seen.add(grade);
  const known = GRADE_ORDER.filter((grade) => seen.has(grade));
  const others = [...seen].filter((grade) => !GRADE_ORDER.includes(grade));
  return [...known, ...others];
}

function placeByGrade(
  model: CaseModel,
  tree: CaseTree,
  order: readonly number[],
  grades: readonly string[],
  issues: CaseIssues,
): Placement {
  const rank = new Map(grades.map((grade, at) => [grade, at]));
  const levels = grades.map(
    (grade): PlacedLevel => ({ label: `Education level ${grade}`, key: grade, statements: [] }),
  );
  const unplaced: PlacedStatement[] = [];
  const ownGrade = (at: number): number | undefined => {
    const node = model.nodes[at] as CaseNode;
    const ranks = node.educationLevels.map((grade) => rank.get(grade) as number).sort((a, b) => a - b);
    if (new Set(ranks).size > 1) {
      issues.warn(
        `${node.path}/educationLevel`,
        "multiple-levels",
        `${node.where} has several education levels (${node.educationLevels.join(", ")}); it is shown at the lowest, ${grades[ranks[0] as number]}.`,
        { key: "grade", what: "items with several education levels" },
      );
    }
    return ranks[0];
  };
  placeInherited(tree, order, ownGrade, new Set(), (at, level, ancestors) => {
    if (level === undefined) unplaced.push({ node: at, ancestors });
    else levels[level]?.statements.push({ node: at, ancestors });
  });
  return finish("educationLevel", levels, unplaced, model, issues);
}

/** The levels, then "Not placed" for what the rule left without a level (each reported). */
function finish(
  rule: LevelRule,
  levels: PlacedLevel[],
  unplaced: readonly PlacedStatement[],
  model: CaseModel,
  issues: CaseIssues,
): Placement {
  if (unplaced.length === 0) return { rule, levels };
  for (const { node } of unplaced) {
    const item = model.nodes[node] as CaseNode;
    issues.warn(
      item.path,
      "unplaced-item",
      `${item.where} has no ${rule === "hasSkillLevel" ? "skill level" : "education level"}, nor has any item above it; it is shown in the level "Not placed".`,
      { key: "", what: "items without a level" },
    );
  }
  return {
    rule,
    levels: [...levels, { label: "Not placed", key: "not-placed", statements: [...unplaced], unplaced: true }],
  };
}
