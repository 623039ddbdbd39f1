import { MAX_ISSUES } from "@rungs/core";
import type { ImportIssue } from "./import-result";

/**
 * A list as core lists issues: the first {@link MAX_ISSUES}, then one `too-many-issues`
 * (path `""`) saying how many more there were, in core's words. `total` counts them all,
 * `listed` being the first of them (more than {@link MAX_ISSUES} are cut).
 */
export function cappedList<Code extends string>(
  listed: readonly ImportIssue<Code>[],
  total: number,
  noun: "errors" | "warnings",
): ImportIssue<Code>[] {
  const shown = listed.slice(0, MAX_ISSUES);
  const more = total - shown.length;
  if (more <= 0) return shown;
  const counted = more === 1 ? `1 more ${noun.slice(0, -1)} is` : `${more} more ${noun} are`;
  // core's code for the same situation; typed as ours since `ImportIssue` allows both.
  const summary = {
    path: "",
    code: "too-many-issues",
    message: `${counted} not listed; only the first ${shown.length} ${noun} are.`,
  } as ImportIssue<Code>;
  return [...shown, summary];
}

/**
 * Lists capped each (an importer's own, then core's) as one capped list: their issues in
 * order, the first {@link MAX_ISSUES} of them listed, the rest — with what each list's own
 * summary counted — in one summary.
 */
export function mergeCapped<Code extends string>(
  lists: readonly (readonly ImportIssue<Code>[])[],
  noun: "errors" | "warnings",
): ImportIssue<Code>[] {
  const issues: ImportIssue<Code>[] = [];
  let total = 0;
  for (const list of lists) {
    for (const issue of list) {
      if (issue.code === "too-many-issues" && issue.path === "") {
        total += countOf(issue.message);
        continue;
      }
      if (issues.length < MAX_ISSUES) issues.push(issue);
      total++;
    }
  }
  return cappedList(issues, total, noun);
}

/** How many issues a summary says it left out ("57 more warnings are not listed…"); 1 when it does not say. */
function countOf(message: string): number {
  const found = /^(\d+) more /.exec(message);
  return found ? Number(found[1]) : 1;
}
