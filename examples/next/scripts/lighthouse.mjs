import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { chromiumPath } from "../../../.storybook/chromium.mjs";

const LIGHTHOUSE_CLI = fileURLToPath(import.meta.resolve("lighthouse/cli/index.js"));

/** The categories run; the first three must score 100, performance is only printed (noisy on shared machines). */
export const ASSERTED_CATEGORIES = ["accessibility", "seo", "best-practices"];
const CATEGORIES = [...ASSERTED_CATEGORIES, "performance"];

/**
 * @typedef {object} LighthouseReport
 * @property {Record<string, number>} scores   category id → score 0–100
 * @property {string[]} failing  audits below full marks in an asserted category, one line each
 */

/**
 * Runs Lighthouse's CLI on `url` with the system Chromium (CHROME_PATH), headless.
 * @param {string} url
 * @returns {Promise<LighthouseReport>}
 */
export async function runLighthouse(url) {
  const args = [
    LIGHTHOUSE_CLI,
    url,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    `--only-categories=${CATEGORIES.join(",")}`,
    "--chrome-flags=--headless --no-sandbox --disable-gpu --disable-dev-shm-usage",
  ];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, CHROME_PATH: chromiumPath() },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  const code = await new Promise((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`lighthouse exited with ${code}:\n${stderr}`);

  const lhr = JSON.parse(stdout);
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  /** @type {Record<string, number>} */
  const scores = {};
  const failing = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = Math.round((category?.score ?? 0) * 100);
    if (!ASSERTED_CATEGORIES.includes(id)) continue;
    for (const ref of category?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        failing.push(`${id} / ${ref.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
      }
    }
  }
  return { scores, failing };
}
