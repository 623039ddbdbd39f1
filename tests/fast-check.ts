import fc from "fast-check";

/**
 * Every property test runs from one fixed seed, so a red run is red again on a re-run and on
 * any machine: fast-check's failure message prints the seed and the path of the
 * counterexample, and `FC_SEED=<seed> pnpm exec vitest run …` replays it (or explores other
 * seeds). A test that passes its own `seed` keeps it: per-assert parameters win over these.
 * Loaded as a setup file by every Vitest project that runs property tests (vitest.config.ts).
 */
export const DEFAULT_FC_SEED = 19_005;

// `process` is Node's; in the browser projects the fixed seed applies.
const fromEnv = typeof process === "undefined" ? undefined : process.env.FC_SEED;
const seed = fromEnv === undefined || fromEnv === "" ? DEFAULT_FC_SEED : Number(fromEnv);
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got "${fromEnv}"`);

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
