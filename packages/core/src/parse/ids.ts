/**
 * Hands out unique ids: `base` the first time, then `base-2`, `base-3`… skipping any id
 * already taken. Gives the same ids as trying `base`, `base-2`, `base-3`… in turn, but
 * remembers where each base got to, so 20,000 keys that all slug to `level` cost 20,000
 * steps, not 200 million. Each taken id is stepped over at most once (an id such as
 * `a-7` belongs to one base, `a`, and that base never looks below where it stopped), so a
 * `take` is O(1) amortized.
 */
export class UniqueIds {
  private readonly taken: Set<string>;
  /** For each base that collided: the suffix to try next. */
  private readonly nextSuffix = new Map<string, number>();

  /** `initial`: ids that are taken already and are never handed out. */
  constructor(initial: Iterable<string> = []) {
    this.taken = new Set(initial);
  }

  /** `base`, or the first of `base-2`, `base-3`… that is not taken yet; records the result. */
  take(base: string): string {
    if (!this.taken.has(base)) {
      this.taken.add(base);
      return base;
    }
    let suffix = this.nextSuffix.get(base) ?? 2;
    let id = `${base}-${suffix}`;
    while (this.taken.has(id)) {
      suffix++;
      id = `${base}-${suffix}`;
    }
    this.nextSuffix.set(base, suffix + 1);
    this.taken.add(id);
    return id;
  }

  /** Whether an id is taken (handed out or given at the start). */
  has(id: string): boolean {
    return this.taken.has(id);
  }
}

/** What {@link separateLevelIds} needs of a level: its id and how many statements it has. */
export interface LevelIdCount {
  readonly id: string;
  readonly statementCount: number;
}

/**
 * Level ids that no statement id equals. A statement's id is `<level id>-<n>` (n from 1),
 * so a level keyed `emerging-1` would take the id of statement 1 of the level `emerging`
 * and a link to either would find both. Returns `undefined` when no level id is a statement
 * id — every framework without such a pair keeps the ids it always had — and otherwise the
 * ids to use, in order: each level whose id is a statement's gets the first of `id-2`,
 * `id-3`… that is neither a level's id nor a statement's, and whose own statements' ids are
 * no level's. Statements keep their ids. Linear in the number of levels (and, for a renamed
 * level, in the suffixes it steps over).
 */
export function separateLevelIds(levels: readonly LevelIdCount[]): string[] | undefined {
  const original = new Map(levels.map((level) => [level.id, level.statementCount]));
  const clashes = levels.map((level) => isStatementId(level.id, original));
  if (!clashes.includes(true)) return undefined;

  /** Level ids handed out so far, with their statement counts. */
  const given = new Map<string, number>();
  /** For each `<prefix>` of a given level id `<prefix>-<n>`: the lowest such n. */
  const lowestSuffix = new Map<string, number>();
  const give = (id: string, statementCount: number) => {
    given.set(id, statementCount);
    const split = splitSuffix(id);
    if (split) lowestSuffix.set(split.prefix, Math.min(lowestSuffix.get(split.prefix) ?? split.n, split.n));
  };
  levels.forEach((level, at) => {
    if (!clashes[at]) give(level.id, level.statementCount);
  });
  return levels.map((level, at) => {
    if (!clashes[at]) return level.id;
    let id: string;
    for (let suffix = 2; ; suffix++) {
      id = `${level.id}-${suffix}`;
      const free =
        !given.has(id) &&
        !isStatementId(id, given) &&
        (lowestSuffix.get(id) ?? Number.POSITIVE_INFINITY) > level.statementCount;
      if (free) break;
    }
    give(id, level.statementCount);
    return id;
  });
}

/** Whether `id` is `<level id>-<n>` for a level of `counts` with at least n statements. */
function isStatementId(id: string, counts: ReadonlyMap<string, number>): boolean {
  const split = splitSuffix(id);
  if (!split) return false;
  const count = counts.get(split.prefix);
  return count !== undefined && split.n <= count;
}

/** `a-b-12` → `a-b` and 12: a last part that is a whole number from 1, as statement ids end (no leading zero). */
function splitSuffix(id: string): { prefix: string; n: number } | undefined {
  const cut = id.lastIndexOf("-");
  if (cut <= 0) return undefined;
  const digits = id.slice(cut + 1);
  const n = Number(digits);
  return Number.isSafeInteger(n) && n >= 1 && String(n) === digits ? { prefix: id.slice(0, cut), n } : undefined;
}
