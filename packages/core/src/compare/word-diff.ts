/** What happened to a piece of text between an old and a new version. */
export type DiffKind = "same" | "inserted" | "removed";

/** A piece of a word diff: text as written, spacing and punctuation included. */
export interface DiffPart {
  readonly kind: DiffKind;
  readonly text: string;
}

/**
 * Words, runs of white space and single punctuation marks: the units a diff keeps or
 * changes. Apostrophes and hyphens inside a word keep it whole ("don't", "well-known").
 */
const TOKEN = /\s+|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * A word-level diff of two texts, from a longest common subsequence of their words. The
 * parts keep the texts exactly: joining the `same` and `removed` parts gives `before`,
 * joining the `same` and `inserted` parts gives `after`. Within a change, what was removed
 * comes before what was inserted, and adjacent parts never share a kind. Words compare
 * exactly (case included); the same inputs always give the same parts.
 *
 * Bounded cost: the common start and end are matched first; when what is left between
 * them is too long to compare word by word ({@link LCS_CELL_BUDGET}), it becomes one
 * removal and one insertion. Long texts then cost time and memory in proportion to their
 * length, never to its square, and the parts still rebuild both texts exactly.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const old = tokenize(before);
  const next = tokenize(after);
  // Common ends are the bulk of most edits; trimming them keeps the table small.
  let head = 0;
  while (head < old.length && head < next.length && old[head] === next[head]) head++;
  let tail = 0;
  while (
    tail < old.length - head &&
    tail < next.length - head &&
    old[old.length - 1 - tail] === next[next.length - 1 - tail]
  ) {
    tail++;
  }
  const steps: DiffPart[] = [
    ...old.slice(0, head).map((text) => ({ kind: "same" as const, text })),
    ...middleSteps(old.slice(head, old.length - tail), next.slice(head, next.length - tail)),
    ...old.slice(old.length - tail).map((text) => ({ kind: "same" as const, text })),
  ];
  // Merged first, so a connector is judged as the whole run kept between two changes.
  return mergeParts(absorbConnectors(mergeParts(steps)));
}

function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * The most cells of the longest-common-subsequence table a diff fills: two stretches of
 * about 2,000 words each (a few pages; statements are a sentence or two). The table takes
 * 4 bytes a cell, 16 MB at most.
 */
const LCS_CELL_BUDGET = 1 << 22;

/** Word by word while the table fits the budget; beyond it, one removal then one insertion. */
function middleSteps(old: readonly string[], next: readonly string[]): DiffPart[] {
  if ((old.length + 1) * (next.length + 1) <= LCS_CELL_BUDGET) return lcsSteps(old, next);
  const steps: DiffPart[] = [];
  if (old.length > 0) steps.push({ kind: "removed", text: old.join("") });
  if (next.length > 0) steps.push({ kind: "inserted", text: next.join("") });
  return steps;
}

/** One step per token: kept, removed from `old` or inserted from `next`. */
function lcsSteps(old: readonly string[], next: readonly string[]): DiffPart[] {
  const width = next.length + 1;
  // lengths[i * width + j]: length of the LCS of old[i..] and next[j..].
  const lengths = new Uint32Array((old.length + 1) * width);
  for (let i = old.length - 1; i >= 0; i--) {
    for (let j = next.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        old[i] === next[j]
          ? (lengths[(i + 1) * width + j + 1] as number) + 1
          : Math.max(lengths[(i + 1) * width + j] as number, lengths[i * width + j + 1] as number);
    }
  }
  const steps: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < old.length || j < next.length) {
    if (i < old.length && j < next.length && old[i] === next[j]) {
      steps.push({ kind: "same", text: old[i] as string });
      i++;
      j++;
    } else if (j >= next.length || (i < old.length && lengths[(i + 1) * width + j] === lengths[i * width + j])) {
      // Removing first when both are as good keeps removals ahead of insertions.
      steps.push({ kind: "removed", text: old[i] as string });
      i++;
    } else {
      steps.push({ kind: "inserted", text: next[j] as string });
      j++;
    }
  }
  return steps;
}

/**
 * A space, a comma or a short word kept between two changes ("cuts dead" → "shapes
 * live", "x, y" → "p, q") splits one edit into crumbs that are hard to read; such a
 * connector becomes part of the change on both sides instead.
 */
function absorbConnectors(parts: readonly DiffPart[]): DiffPart[] {
  return parts.flatMap((part, index) =>
    part.kind === "same" && index > 0 && index < parts.length - 1 && isConnector(part.text)
      ? [
          { kind: "removed" as const, text: part.text },
          { kind: "inserted" as const, text: part.text },
        ]
      : [part],
  );
}

/** At most one word, of at most three characters ("and", "to", "a"), with spacing and punctuation. */
function isConnector(text: string): boolean {
  const words = text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return words.length === 0 || (words.length === 1 && (words[0] as string).length <= 3);
}

/** Joins runs of steps: each stretch of changes becomes one removal then one insertion. */
function mergeParts(steps: readonly DiffPart[]): DiffPart[] {
  const parts: DiffPart[] = [];
  let removed = "";
  let inserted = "";
  const flushChange = () => {
    if (removed) parts.push({ kind: "removed", text: removed });
    if (inserted) parts.push({ kind: "inserted", text: inserted });
    removed = "";
    inserted = "";
  };
  for (const step of steps) {
    if (step.kind === "removed") removed += step.text;
    else if (step.kind === "inserted") inserted += step.text;
    else {
      flushChange();
      const last = parts[parts.length - 1];
      if (last?.kind === "same") parts[parts.length - 1] = { kind: "same", text: last.text + step.text };
      else parts.push(step);
    }
  }
  flushChange();
  return parts;
}

/** The text on one side of a diff: `"before"` (same + removed) or `"after"` (same + inserted). */
export function diffSide(parts: readonly DiffPart[], side: "before" | "after"): string {
  const skip = side === "before" ? "inserted" : "removed";
  return parts
    .filter((part) => part.kind !== skip)
    .map((part) => part.text)
    .join("");
}
