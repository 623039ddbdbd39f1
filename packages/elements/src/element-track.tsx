import { type Framework, trackOf } from "@rungs/core";
import { type RungsLabels, TrackSwitcher } from "@rungs/react";
import type { ReactNode } from "react";
import type { ElementHost } from "./element-host";

/** `detail` of `rungs-track-change`: the key of the track the reader chose. */
export interface RungsTrackChangeDetail {
  track: string;
}

/**
 * (1.1) The element's track, from its `track` attribute (a track's key; absent: the first).
 * The attribute is the element's one state for it: a host sets it, and a reader's choice
 * (a switcher link, a link to another track's level) sets it too, so it always says what
 * is shown and a host reads it back the way it wrote it.
 */
export function trackAttribute(host: ElementHost): string | undefined {
  return host.attr("track");
}

/**
 * What the views call when the reader chooses a track: the element's `track` attribute
 * set to it (which renders the view again) and `rungs-track-change` fired. Nothing when
 * that track is already shown.
 */
export function trackChanger(framework: Framework, host: ElementHost): (track: string) => void {
  return (track) => {
    if (trackOf(framework, trackAttribute(host)).key === track) return;
    host.setAttr("track", track);
    host.emit<RungsTrackChangeDetail>("rungs-track-change", { track });
  };
}

/**
 * The framework's tracks as links above the view (`TrackSwitcher`: `#<id-prefix><track id>`,
 * the current one `aria-current`), whose click or hash switches the element's track.
 * Nothing with one track (every 1.0 framework), with `no-track-switcher` (the host has its
 * own navigation and sets `track` itself), or when `track` names no track: the view then
 * shows the error panel that says so, alone.
 */
export function elementTrackSwitcher(
  framework: Framework,
  host: ElementHost,
  labels: Partial<RungsLabels> | undefined,
): ReactNode {
  const track = trackAttribute(host);
  // The switcher would render nothing; none here keeps the view's tree as it was (below).
  if (framework.tracks.length < 2 || host.attr("no-track-switcher") !== undefined) return null;
  if (track !== undefined && !framework.tracks.some((each) => each.key === track)) return null;
  return (
    <TrackSwitcher
      framework={framework}
      track={track}
      idPrefix={host.attr("id-prefix")}
      labels={labels}
      onTrackChange={trackChanger(framework, host)}
    />
  );
}

/**
 * The view, after the switcher when there is one. Without one, the view alone, as it always
 * was: the same tree, so server HTML a host rendered from the component itself (no
 * switcher: one track) keeps hydrating with the same generated ids.
 */
export function withTrackSwitcher(switcher: ReactNode, view: ReactNode): ReactNode {
  return switcher ? (
    <>
      {switcher}
      {view}
    </>
  ) : (
    view
  );
}
