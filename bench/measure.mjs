// Shared timing helpers for the benchmarks. Each benchmark compares a Rungs call with a
// floor measured in the same run on the same input, so the ratio holds across machines.
import { cpus } from "node:os";

/** Median milliseconds of `fn` over `samples` runs of `batch` calls each, after a warm-up. */
export function medianMs(fn, { samples = 31, batch = 1 } = {}) {
  for (let i = 0; i < Math.max(5, batch * 3); i++) fn();
  const times = [];
  for (let s = 0; s < samples; s++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6 / batch);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * `fn` against `floor`, timed in turns (floor, fn, floor, fn, …) so that a burst of other
 * work on a shared machine falls on both alike: the median of each, and the median of the
 * ratios of each turn, which is what a benchmark reports.
 */
export function ratioInTurns(floor, fn, { samples = 41, batch = 1 } = {}) {
  for (let i = 0; i < Math.max(5, batch * 3); i++) {
    floor();
    fn();
  }
  const floors = [];
  const times = [];
  const ratios = [];
  for (let s = 0; s < samples; s++) {
    const a = timeBatch(floor, batch);
    const b = timeBatch(fn, batch);
    floors.push(a);
    times.push(b);
    ratios.push(b / a);
  }
  return { floor: median(floors), fn: median(times), ratio: median(ratios) };
}

function timeBatch(fn, batch) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < batch; i++) fn();
  return Number(process.hrtime.bigint() - start) / 1e6 / batch;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** How many calls make one sample last about `targetMs`, so short calls are timed well. */
export function batchFor(fn, targetMs = 5) {
  const single = medianMs(fn, { samples: 5 });
  return Math.max(1, Math.round(targetMs / Math.max(single, 0.001)));
}

export function machine() {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  return `Node ${process.version}, ${cpus().length} × ${cpu.trim()}`;
}

/** Every limit of parseFramework turned off, for shapes that measure an algorithm rather than a refusal. */
export const UNLIMITED = Object.freeze({
  limits: Object.freeze({
    maxInputLength: Number.POSITIVE_INFINITY,
    maxLevels: Number.POSITIVE_INFINITY,
    maxStatementsPerLevel: Number.POSITIVE_INFINITY,
    maxStatements: Number.POSITIVE_INFINITY,
    maxStatementLength: Number.POSITIVE_INFINITY,
    maxTextLength: Number.POSITIVE_INFINITY,
    maxSources: Number.POSITIVE_INFINITY,
  }),
});
