import { type Framework, type FrameworkInput, type Track, trackOf } from "@rungs/core";
import { clsx } from "clsx";
import { type ComponentPropsWithoutRef, type ForwardedRef, forwardRef, type MouseEvent } from "react";
import type { FrameworkErrorProps } from "../shared/error-panel";
import { formatCount, formatLabel } from "../shared/format-label";
import { type RungsLabels, resolveLabels } from "../shared/labels";
import { useFramework } from "../shared/use-framework";

export interface TrackSwitcherProps
  extends Omit<ComponentPropsWithoutRef<"nav">, "children" | "onChange">,
    FrameworkErrorProps {
  /** A parsed framework, or raw input: an object or JSON text. */
  framework: FrameworkInput;
  /** Key of the track shown; default the first. Its link is `aria-current`. */
  track?: string | undefined;
  /**
   * Where each track's link goes: a page per track (`(track) => \`/careers/\${track.id}\``),
   * whose link to the current one is then `aria-current="page"`. Default
   * `#${idPrefix}${track.id}`, a link within the page that `LevelLadder`'s
   * `onTrackChange` follows; the current one is then `aria-current="true"`.
   */
  href?: ((track: Track) => string) | undefined;
  /**
   * Called with a track's key when its link is followed by a plain click (a click with a
   * modifier key still opens the link as the reader asked). With `href`, the page is not
   * left (call your router yourself); with the default links, the hash still changes, so
   * the URL names the track. A client component's prop: a function cannot come from a
   * server component, where links to pages need none.
   */
  onTrackChange?: ((track: string) => void) | undefined;
  /** The `idPrefix` of the ladder the default links name. Default `""`, as the ladder's. */
  idPrefix?: string | undefined;
  labels?: Partial<RungsLabels> | undefined;
}

/**
 * (1.1) The framework's tracks ("Individual contributor", "Manager") as a navigation of
 * links, the current one `aria-current`, each with its number of levels. Links, not tabs:
 * each track is a place a reader can open, share and bookmark, and the page works without
 * JavaScript. A server component (no state, no effects). Nothing for a framework with one
 * track (every 1.0 file): there is nothing to switch to. The ref is the `<nav>`.
 */
export const TrackSwitcher = /* @__PURE__ */ forwardRef<HTMLElement, TrackSwitcherProps>(
  function TrackSwitcher(props, ref) {
    const { framework: input, labels: labelOverrides, renderError, ...rest } = props;
    const resolved = useFramework(input, labelOverrides, renderError, undefined, props.track);
    if (!resolved.ok) return resolved.fallback;
    return (
      <Switcher {...rest} framework={resolved.framework} labels={resolveLabels(labelOverrides)} forwardedRef={ref} />
    );
  },
);

type SwitcherProps = Omit<TrackSwitcherProps, "framework" | "labels" | "renderError"> & {
  framework: Framework;
  labels: RungsLabels;
  forwardedRef: ForwardedRef<HTMLElement>;
};

function Switcher({
  framework,
  labels,
  forwardedRef,
  track,
  href,
  onTrackChange,
  idPrefix = "",
  className,
  ...rest
}: SwitcherProps) {
  const tracks: readonly Track[] = Array.isArray(framework.tracks) ? framework.tracks : [];
  if (tracks.length < 2) return null;
  const current = trackOf(framework, track).key;
  const title = framework.occupation.title || labels.untitled;
  return (
    <nav
      ref={forwardedRef}
      aria-label={formatLabel(labels.tracks, { title })}
      className={clsx("rungs", "rungs-tracks", className)}
      {...rest}
    >
      <ul className="rungs-tracks__list">
        {tracks.map((each) => (
          <li key={each.key} className="rungs-tracks__item">
            <a
              className="rungs-tracks__link"
              href={href ? href(each) : `#${idPrefix}${each.id}`}
              aria-current={each.key === current ? (href ? "page" : "true") : undefined}
              onClick={onTrackChange && ((event) => followed(event, each.key, onTrackChange, href !== undefined))}
            >
              <span className="rungs-tracks__label">
                {each.label}
                <span className="rungs-visually-hidden">{labels.nameSeparator.trimEnd()}</span>
              </span>{" "}
              <span className="rungs-tracks__count">
                {formatCount(labels.levelCount, each.levels.length, labels.locale)}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * A plain click switches the track in place (leaving a page link unfollowed); any other
 * click (a new tab, a download) is the browser's.
 */
function followed(
  event: MouseEvent<HTMLAnchorElement>,
  key: string,
  onTrackChange: (track: string) => void,
  toPage: boolean,
) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  if (toPage) event.preventDefault();
  onTrackChange(key);
}
