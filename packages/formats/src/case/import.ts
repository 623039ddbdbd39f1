import { type FrameworkLimits, limitMessage, limitsOf, type ParseOptions } from "@rungs/core";
import type { FrameworkJson, LevelJson, TrackJson } from "../shared/framework-json";
import type { ImportIssue, ImportResult } from "../shared/import-result";
import { pointer, pointerSegment } from "../shared/json-pointer";
import { define } from "../shared/keys";
import { type Origin, parseBuilt } from "../shared/parse-built";
import { LevelsBuilder, memberName } from "./build-levels";
import { readDocument } from "./document";
import { type CaseIssueCode, CaseIssues, resolvablePath } from "./issues";
import { AREA_ASSOCIATION, EQUIVALENCE_ASSOCIATION } from "./item-types";
import { type LevelRule, type PlacedTrack, type Placement, placeItems } from "./levels";
import { readNotes } from "./notes";
import { type CaseModel, type CaseNode, decode, isJson, readModel } from "./read-package";
import { RungsItems } from "./rungs-items";
import { buildTree } from "./tree";

/** What {@link fromCase} returns: an import result, and the rule that chose the levels. */
export type CaseImportResult = ImportResult<CaseIssueCode> & {
  /** How the levels were chosen; absent when the input is no package at all. */
  readonly rule?: LevelRule;
};

/**
 * Reads a CASE `CFPackage` (an object, or its JSON text) into a framework. Never throws.
 *
 * Levels are chosen from the structure, by the first rule that applies (`rule` says which,
 * and a `level-rule` warning says it in words): `hasSkillLevel` associations (their
 * destinations are the levels, their origins the levels' statements); at least two distinct
 * `educationLevel` values (lowest grade first); the document's top-level items (the
 * document's `isChildOf` children and items without a parent), everything below one its
 * statements; else one level holding every item. Siblings are ordered by `sequenceNumber`,
 * then `listEnumeration`, then `humanCodingScheme`, then `CFItems` order.
 *
 * Nothing is lost silently: every `CFItem` becomes a level or a statement — an item deeper
 * than a statement becomes a statement of the same level with its path in the subject
 * (`Parent › Child — full statement`) — and every field left out, every association
 * Rungs has no place for and every defect tolerated is a warning whose `path` points into
 * the package (`/CFItems/12/notes`). A package `toCase` wrote (its notes end with a
 * `rungs:` line) gives back the framework it was made from, exactly, and (1.1) is read by
 * its items' types: tracks, every-level statements, competency areas with the statements
 * `isPartOf` them, equivalences (`isPeerOf`) and the facts in each item's notes.
 */
export function fromCase(input: unknown, options?: ParseOptions): CaseImportResult {
  const issues = new CaseIssues();
  const data = decode(input, options, issues);
  if (issues.errors.length > 0) return { ok: false, errors: issues.errors, warnings: issues.allWarnings() };
  return guarded(data, options, issues);
}

/**
 * {@link fromCase} of a value `JSON.parse` made (plain JSON data, nobody else's): no second
 * copy of it. For `importFramework`, which parsed the text to tell its format.
 */
export function fromCaseJson(value: unknown, options?: ParseOptions): CaseImportResult {
  return guarded(value, options, new CaseIssues());
}

function guarded(data: unknown, options: ParseOptions | undefined, issues: CaseIssues): CaseImportResult {
  try {
    return readPackage(data, options, issues);
  } catch (cause) {
    // A guard, not a code path: nothing in the reading is known to throw on any input.
    const reason = cause instanceof Error ? cause.message : "unknown cause";
    return {
      ok: false,
      errors: [{ path: "", code: "unreadable-value", message: `The package could not be read (${reason}).` }],
      warnings: [],
    };
  }
}

function readPackage(data: unknown, options: ParseOptions | undefined, issues: CaseIssues): CaseImportResult {
  const failed = (): CaseImportResult => ({ ok: false, errors: issues.errors, warnings: issues.allWarnings() });
  const model = readModel(data, issues);
  if (!model) return failed();

  const read = readNotes(model.document.notes);
  if (read === "unreadable") {
    issues.warn(
      "/CFDocument/notes",
      "unreadable-notes",
      "CFDocument notes end with a rungs: line that cannot be read; the package is read as any CASE package.",
    );
  }
  const rungs = read === "unreadable" ? undefined : read;
  const tree = buildTree(model, issues);
  const placement = placeItems(model, tree, issues, rungs !== undefined);
  issues.warn(
    placement.rule === "top-level" || placement.rule === "single-level" ? "/CFItems" : "/CFAssociations",
    "level-rule",
    RULE_MESSAGES[placement.rule],
  );

  // Refused before a key or a text is made, in the words core would use of the built levels.
  const limits = limitsOf(options);
  const refused = overLimits(placement, model, limits);
  if (refused) {
    issues.error(refused.path, "limit-exceeded", refused.message);
    return located(model.root, { ...failed(), rule: placement.rule });
  }

  const origins = new Map<string, Origin>([["", { path: "", where: "the package" }]]);
  const rungsItems = rungs && new RungsItems(model, issues, origins, placement.areas ?? []);
  const counted = { statements: 0 };
  const levels = new LevelsBuilder(model, rungs !== undefined, issues, origins, limits, undefined, counted, rungsItems);
  for (const level of placement.levels) {
    if (!levels.add(level)) return located(model.root, { ...failed(), rule: placement.rule });
  }
  const tracks =
    rungsItems && placement.tracks && readTracks(placement.tracks, model, rungsItems, levels, limits, counted);
  if (tracks === "refused") return located(model.root, { ...failed(), rule: placement.rule });
  const allLevels = placement.allLevels && levels.statements(placement.allLevels, "/framework/allLevels");
  const document = readDocument(model, rungs, issues, origins);
  // Once for the package: every item's fields (a track's builder would go over them again).
  levels.reportItemFields(placement.rule);
  reportLeftOut(model, rungs !== undefined, issues);
  const ladder: Pick<FrameworkJson["framework"], "levels" | "tracks"> = tracks
    ? {
        ...(placement.levels.length > 0 && { levels: levels.levels }),
        tracks: tracks.tracks,
      }
    : { levels: levels.levels };
  const built: FrameworkJson = {
    ...document,
    framework: {
      ...document.framework,
      ...(rungsItems && placement.areas && { areas: rungsItems.areas }),
      ...(allLevels && { allLevels }),
      ...ladder,
    },
  };
  const result = parseBuilt(built, origins, { errors: issues.errors, warnings: issues.allWarnings() }, options);
  return located(model.root, { ...result, rule: placement.rule });
}

/**
 * The first of `maxLevels` (of the framework's levels, or a track's) and `maxTracks` that the
 * placement passes, said as core would say it of the built framework; `undefined` within them.
 */
function overLimits(
  placement: Placement,
  model: CaseModel,
  limits: FrameworkLimits,
): { path: string; message: string } | undefined {
  if (placement.levels.length > limits.maxLevels) {
    const message = limitMessage("framework.levels", "maxLevels", limits, placement.levels.length);
    return { path: "/CFItems", message: `CFItems: ${message}` };
  }
  const tracks = placement.tracks ?? [];
  if (tracks.length > limits.maxTracks) {
    return {
      path: "/CFItems",
      message: `CFItems: ${limitMessage("framework.tracks", "maxTracks", limits, tracks.length)}`,
    };
  }
  for (const track of tracks) {
    if (track.levels.length <= limits.maxLevels) continue;
    const node = model.nodes[track.node] as CaseNode;
    const levels = `${memberName("framework.tracks", node.humanCodingScheme ?? "")}.levels`;
    return {
      path: node.path,
      message: `${node.where}, a track: ${limitMessage(levels, "maxLevels", limits, track.levels.length)}`,
    };
  }
  return undefined;
}

/**
 * (1.1) A Rungs export's tracks: each track's levels built as `framework.levels` are (keys
 * unique within the track), its own every-level statements, then the equivalences between
 * levels of every track. `"refused"` when a limit is passed (the error is reported).
 */
function readTracks(
  placed: readonly PlacedTrack[],
  model: CaseModel,
  rungs: RungsItems,
  levels: LevelsBuilder,
  limits: FrameworkLimits,
  counted: { statements: number },
): { tracks: Record<string, TrackJson> } | "refused" {
  const { issues, origins } = rungs;
  const tracks: Record<string, TrackJson> = {};
  const levelItems = new Map<number, { track: string; key: string; level: LevelJson }>();
  for (const [at, { key, level }] of levels.built) levelItems.set(at, { track: "", key, level });
  for (const track of placed) {
    const node = model.nodes[track.node] as CaseNode;
    const key = node.humanCodingScheme ?? "";
    if (Object.hasOwn(tracks, key)) {
      issues.warn(
        node.path,
        "invalid-item",
        `${node.where}: an earlier track has the key ${JSON.stringify(key)}; this one and its levels are left out.`,
        { key: "track", what: "tracks whose key an earlier one has" },
      );
      continue;
    }
    const pointer = `/framework/tracks/${pointerSegment(key)}`;
    origins.set(pointer, { path: node.path, where: `${node.where}, a track` });
    const scope = { pointer: `${pointer}/levels`, name: `${memberName("framework.tracks", key)}.levels` };
    const builder = new LevelsBuilder(model, true, issues, origins, limits, scope, counted, rungs);
    for (const level of track.levels) if (!builder.add(level)) return "refused";
    for (const [at, built] of builder.built) levelItems.set(at, { track: key, ...built });
    const { label, description, cumulative } = rungs.trackFields(track.node);
    define(tracks, key, {
      label,
      ...(description !== undefined && { description }),
      levels: builder.levels,
      ...(track.allLevels && { allLevels: builder.statements(track.allLevels, `${pointer}/allLevels`) }),
      ...(cumulative && { cumulative }),
    });
  }
  rungs.equivalences(levelItems);
  return { tracks };
}

/** The result with every path into the package as it is, even to a part it lacks (its parent then). */
function located(root: unknown, result: CaseImportResult): CaseImportResult {
  const within = (list: readonly ImportIssue<CaseIssueCode>[]) =>
    list.map((issue) => ({ ...issue, path: resolvablePath(root, issue.path) }));
  return result.ok
    ? { ...result, warnings: within(result.warnings) }
    : { ...result, errors: within(result.errors), warnings: within(result.warnings) };
}

const RULE_MESSAGES: Record<LevelRule, string> = {
  hasSkillLevel:
    "Levels are the items that hasSkillLevel associations point to; each competency is a statement of its skill level.",
  educationLevel: "Levels are the items' distinct educationLevel values, lowest grade first.",
  "top-level": "Levels are the document's top-level items; the items below each are its statements.",
  "single-level": "No item has children: the framework has one level, the document, holding every item as a statement.",
};

/** Reports every association and package part the framework has no place for. */
function reportLeftOut(model: CaseModel, fromRungs: boolean, issues: CaseIssues): void {
  for (const edge of model.edges) {
    if (edge.type === "isChildOf" || edge.type === "hasSkillLevel") continue;
    // A Rungs export's precedes are the ladder and its threads, which Rungs works out again;
    // its isPartOf and isPeerOf are areas and equivalences, read (or reported) with them.
    if (
      fromRungs &&
      (edge.type === "precedes" || edge.type === AREA_ASSOCIATION || edge.type === EQUIVALENCE_ASSOCIATION)
    ) {
      continue;
    }
    issues.warn(
      edge.path,
      "dropped-association",
      `${edge.path.slice(1)}: a ${edge.type} association has no place in a Rungs framework; it is left out.`,
      { key: edge.type, what: `${edge.type} associations left out` },
    );
  }
  for (const key of Object.keys(model.root)) {
    if (!PACKAGE_FIELDS.has(key)) {
      issues.warn(pointer(key), "dropped-field", `${key} is not part of a CASE package; it is left out.`);
    }
  }
  const definitions = model.root.CFDefinitions;
  if (isJson(definitions)) {
    for (const [name, list] of Object.entries(definitions)) {
      // A Rungs export's groupings are its threads, which Rungs works out again.
      if ((fromRungs && name === "CFAssociationGroupings") || (Array.isArray(list) && list.length === 0)) continue;
      issues.warn(
        pointer("CFDefinitions", name),
        "dropped-field",
        `CFDefinitions ${name} has no place in a Rungs framework; it is left out.`,
      );
    }
  }
  const rubrics = model.root.CFRubrics;
  if (rubrics !== undefined && !(Array.isArray(rubrics) && rubrics.length === 0)) {
    issues.warn("/CFRubrics", "dropped-field", "CFRubrics has no place in a Rungs framework; it is left out.");
  }
}

const PACKAGE_FIELDS = new Set(["CFDocument", "CFItems", "CFAssociations", "CFDefinitions", "CFRubrics"]);
