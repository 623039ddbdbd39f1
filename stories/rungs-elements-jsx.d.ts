// The Rungs tags in JSX, for the stories that render them (React 19 sets `framework` as a
// property, because the defined element has one, and the rest as attributes; an `on…` prop
// of a custom element is a listener for the event named after `on`).
import type { FrameworkInput } from "@rungs/core";
import type {
  RungsCheckedChangeDetail,
  RungsElement,
  RungsTrackChangeDetail,
  RungsValueChangeDetail,
} from "@rungs/elements";
import type { DetailedHTMLProps, HTMLAttributes } from "react";

/** What every element takes: its data from one of three sources, a theme, an id prefix. */
interface RungsElementProps extends DetailedHTMLProps<HTMLAttributes<RungsElement>, RungsElement> {
  framework?: FrameworkInput | undefined;
  src?: string | undefined;
  theme?: string | undefined;
  "identifier-prefix"?: string | undefined;
  /** Prefix of the anchors people link to (every element but the summary). */
  "id-prefix"?: string | undefined;
  /** A JSON object of the components' labels to replace. */
  labels?: string | undefined;
  /** (1.1) Key of the track shown. */
  track?: string | undefined;
  /** Present: no track switcher above the ladder or the matrix. */
  "no-track-switcher"?: string | undefined;
  "onrungs-track-change"?: ((event: CustomEvent<RungsTrackChangeDetail>) => void) | undefined;
}

interface LevelAttributes {
  "current-level"?: string | undefined;
  "target-level"?: string | undefined;
}

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "rungs-ladder": RungsElementProps &
        LevelAttributes & {
          query?: string | undefined;
          assessable?: string | undefined;
          threshold?: string | undefined;
          "onrungs-value-change"?: ((event: CustomEvent<RungsValueChangeDetail>) => void) | undefined;
          "onrungs-checked-change"?: ((event: CustomEvent<RungsCheckedChangeDetail>) => void) | undefined;
        };
      "rungs-matrix": RungsElementProps & LevelAttributes & { query?: string | undefined };
      "rungs-compare": RungsElementProps & { from?: string | undefined; to?: string | undefined };
      "rungs-stepper": RungsElementProps & LevelAttributes & { "link-to"?: string | undefined };
      "rungs-summary": RungsElementProps & {
        checked?: string | undefined;
        "target-level"?: string | undefined;
        threshold?: string | undefined;
      };
      "rungs-area-profile": RungsElementProps & {
        checked?: string | undefined;
        "target-level"?: string | undefined;
        threshold?: string | undefined;
      };
    }
  }
}
