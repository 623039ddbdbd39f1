"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { RungsLabels } from "../shared/labels";
import { assessmentLink } from "./assessment-link";

export interface AssessmentSummaryActionsProps {
  /** The checked statements as a link code (core's `encodeAssessment`). */
  code: string;
  /** Shows the share button: false while nothing is checked, as there is nothing to share. */
  canShare: boolean;
  /** Base of the link; the page's own address when not given. */
  shareUrl: string | undefined;
  /** Replaces the clipboard: the host shares the link its own way. */
  onShare: ((url: string, code: string) => void) | undefined;
  /** "Start over"; no button without it. */
  onReset: (() => void) | undefined;
  labels: RungsLabels;
}

/**
 * The summary's buttons, the only part of it that needs the browser: "Copy link" writes
 * the link to the clipboard (or hands it to the host's `onShare`) and says so in a polite
 * live region; where the clipboard cannot be used, the link appears in a read-only field
 * to copy by hand. "Start over" calls the host's reset.
 */
export function AssessmentSummaryActions({
  code,
  canShare,
  shareUrl,
  onShare,
  onReset,
  labels,
}: AssessmentSummaryActionsProps) {
  const [status, setStatus] = useState("");
  const [manualLink, setManualLink] = useState<string | undefined>(undefined);
  const [sharedCode, setSharedCode] = useState(code);
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);

  // A link or a confirmation is about the checked statements it was made for: a change clears both.
  if (sharedCode !== code) {
    setSharedCode(code);
    setStatus("");
    setManualLink(undefined);
  }

  // The field appears after a failed copy: focus it, its text selected, for Ctrl+C.
  useEffect(() => {
    if (manualLink === undefined) return;
    field.current?.focus();
    field.current?.select();
  }, [manualLink]);

  async function share() {
    // Emptied first, so a second copy of the same link is announced again.
    setStatus("");
    const link = assessmentLink(shareUrl ?? window.location.href, code, window.location.href);
    if (link === undefined) {
      // A shareUrl that is no http(s) address: said in the status, never a rejected promise.
      setManualLink(undefined);
      setStatus(labels.linkUnavailable);
      return;
    }
    if (onShare) {
      onShare(link, code);
      return;
    }
    try {
      if (typeof navigator.clipboard?.writeText !== "function") throw new Error("No clipboard");
      await navigator.clipboard.writeText(link);
      setManualLink(undefined);
      setStatus(labels.linkCopied);
    } catch {
      // No clipboard API (an insecure page, an old browser) or the permission was refused.
      setManualLink(link);
      setStatus(labels.copyByHand);
    }
  }

  if (!canShare && !onReset) return null;
  return (
    <div className="rungs-summary__actions">
      <div className="rungs-summary__buttons">
        {canShare && (
          <button type="button" className="rungs-button" data-variant="primary" onClick={share}>
            {labels.shareLink}
          </button>
        )}
        {onReset && (
          <button type="button" className="rungs-button" onClick={onReset}>
            {labels.startOver}
          </button>
        )}
      </div>
      <p role="status" className="rungs-summary__status">
        {status}
      </p>
      {manualLink !== undefined && (
        <p className="rungs-summary__manual">
          <label htmlFor={fieldId} className="rungs-summary__manual-label">
            {labels.shareLinkField}
          </label>
          <input
            ref={field}
            id={fieldId}
            className="rungs-summary__manual-field"
            type="url"
            readOnly
            value={manualLink}
            onFocus={(event) => event.currentTarget.select()}
          />
        </p>
      )}
    </div>
  );
}
