import type { Assessment, Framework } from "@rungs/core";
import { useState } from "react";
import { formatCount, formatLabel } from "../shared/format-label";
import type { LadderLabels } from "./ladder-labels";

/**
 * What the last change of the checked statements changed, in words for the live region:
 * each rung whose progress moved, and where "You are here" went when it follows the
 * assessment (`tracksCurrent`). Empty until something changes: nothing on the first
 * render, on the server or for a new framework.
 */
export function useAssessmentAnnouncement(
  framework: Framework | undefined,
  assessment: Assessment | undefined,
  tracksCurrent: boolean,
  labels: LadderLabels,
): string {
  const [seen, setSeen] = useState({ framework, assessment });
  const [text, setText] = useState("");
  if (seen.framework !== framework || seen.assessment !== assessment) {
    // Adjusting state while rendering, as React documents for "state from a change of props".
    setSeen({ framework, assessment });
    if (seen.framework !== framework || !seen.assessment || !assessment) setText("");
    else {
      const change = describeChange(seen.assessment, assessment, tracksCurrent, labels);
      // A new assessment that changes nothing a reader sees (the same ids again) keeps the text.
      if (change) setText(change);
    }
  }
  return text;
}

function describeChange(before: Assessment, after: Assessment, tracksCurrent: boolean, labels: LadderLabels): string {
  const parts: string[] = [];
  for (const progress of after.levels) {
    if (before.levels[progress.level.rank]?.checked === progress.checked) continue;
    parts.push(
      formatLabel(labels.progressChanged, {
        level: progress.level.label,
        progress: formatCount(labels.levelProgress, progress.checked, labels.locale, { total: progress.total }),
      }),
    );
  }
  if (tracksCurrent && before.level !== after.level) {
    parts.push(
      after.level
        ? formatLabel(labels.currentChanged, { current: labels.current, level: after.level.label })
        : labels.currentCleared,
    );
  }
  return parts.join(" ");
}
