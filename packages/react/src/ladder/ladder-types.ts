import type { FrameworkInput, LevelMarker, Track } from "@rungs/core";
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import type { HeadingLevel } from "../card/statement-card-types";
import type { FrameworkErrorProps } from "../shared/error-panel";
import type { RungsLabels } from "../shared/labels";
import type { AssessmentState } from "../shared/use-assessment";
import type { Search } from "../shared/use-search";
import type { LadderLabels } from "./ladder-labels";
import type { LadderLevelStep } from "./ladder-steps";

// The ladder's props on their own, so its server part (level-ladder) and its client part
// (ladder-client) share them without importing each other.

export interface LevelLadderBaseProps
  extends Omit<ComponentPropsWithoutRef<"section">, "children" | "defaultValue" | "onChange">,
    FrameworkErrorProps {
  /**
   * A parsed framework, or raw input: an object or JSON text. May be left out when
   * `assessment` is given: the ladder then shows the framework `useAssessment` resolved.
   */
  framework?: FrameworkInput | undefined;
  /** `"ascending"` (default): lowest level first. `"descending"`: highest on top. */
  direction?: "ascending" | "descending" | undefined;
  /**
   * Key of the reader's level: marked "You are here". In a self-assessment (`assessment`)
   * without it, the level the checked statements reach is marked instead.
   */
  currentLevel?: string | undefined;
  /** Key of the level the reader aims for: marked "Target". */
  targetLevel?: string | undefined;
  /** The heading level of each rung's title, so the host's outline stays right. Default 3. */
  headingLevel?: HeadingLevel | undefined;
  /** Shows the sources and attribution line (default); the licence of most frameworks requires it. */
  attribution?: boolean | undefined;
  labels?: Partial<RungsLabels> | undefined;
  /**
   * Shows only the statements that match this search (core's `searchStatements`), with the
   * matching words marked, and opens the rungs that have any. Empty or blank: no search.
   */
  query?: string | undefined;
  /**
   * Makes the ladder a self-assessment: the state `useAssessment(framework)` returns. Every
   * statement gets a checkbox, and each rung shows how many of its statements are checked.
   * Controlled or not, the threshold and the target of the gap are `useAssessment`'s options.
   */
  assessment?: AssessmentState | undefined;
  /**
   * Prefix of the ids people link to: each rung's id is `${idPrefix}${level.id}`, each
   * statement's `${idPrefix}${statement.id}` (readable, stable, from core). Default `""`,
   * so `#developing` opens the Developing rung; give two ladders on one page two prefixes.
   */
  idPrefix?: string | undefined;
  /**
   * Shows what is new at each level: pass core's `levelSteps(framework)`. Each statement
   * then starts with "New at this level" or "Continues “<subject of the one below>”", and
   * each rung says how many of each ("4 new, 6 continue"). Off (`undefined`) by default.
   *
   * Data rather than a switch, so a ladder without it never brings core's theme alignment
   * into the browser: in a server component, work it out on the server and pass it down.
   */
  levelSteps?: readonly LadderLevelStep[] | undefined;
  /**
   * (1.1) Key of the track to show (see `TrackSwitcher`); default the first track, or the
   * one `assessment` was made for. A key that names no track shows the error panel.
   */
  track?: string | undefined;
  /**
   * (1.1) Where a track's page is, for the links to each rung's equivalent levels in other
   * tracks: `${trackHref(track)}#${idPrefix}${level.id}`. Without it they are links within
   * the page (`#${idPrefix}${level.id}`), which `onTrackChange` follows. Give
   * `TrackSwitcher` the same function as its `href`.
   */
  trackHref?: ((track: Track) => string) | undefined;
  /**
   * (1.1) Called in the browser when the URL's hash names another track (`#${idPrefix}${track.id}`,
   * as `TrackSwitcher`'s default links do) or a level of another track (a level's id starts
   * with its track's id): set `track` to the key given, and the linked rung then opens.
   * A client component's prop (a function cannot come from a server component); a page
   * per track needs none (`trackHref`).
   */
  onTrackChange?: ((track: string) => void) | undefined;
}

export interface LevelLadderMultipleProps extends LevelLadderBaseProps {
  /** Several rungs may be open at once (default). */
  type?: "multiple" | undefined;
  /** Keys of the open levels (controlled). */
  value?: string[] | undefined;
  defaultValue?: string[] | undefined;
  onValueChange?: ((value: string[]) => void) | undefined;
}

export interface LevelLadderSingleProps extends LevelLadderBaseProps {
  /** One rung open at a time; it can be closed again. */
  type: "single";
  /**
   * Key of the open level, `""` for none (controlled). A level keyed `""` opens only
   * uncontrolled here, or with `type="multiple"`.
   */
  value?: string | undefined;
  defaultValue?: string | undefined;
  onValueChange?: ((value: string) => void) | undefined;
}

export type LevelLadderProps = LevelLadderMultipleProps | LevelLadderSingleProps;

/** A rung as the ladder's server part hands it to the client part, which opens and closes it. */
export interface LadderRung {
  /** The level's id (keys Radix's item; the rung's element id after the `idPrefix`). */
  readonly id: string;
  readonly key: string;
  readonly rank: number;
  /** Met in a self-assessment (and not empty). */
  readonly met: boolean;
  readonly marker: LevelMarker | undefined;
  /** What the rung's button says, rendered. */
  readonly header: ReactNode;
  /** What the rung's panel holds, rendered. */
  readonly panel: ReactNode;
}

/**
 * What the open state and links need of the framework: each level's id and key, and its
 * statements' ids (a link to a statement opens its rung). Structural, so a `Framework` fits.
 */
export interface LadderOutline {
  readonly levels: readonly {
    readonly id: string;
    readonly key: string;
    readonly statements: readonly { readonly id: string }[];
  }[];
  /**
   * (1.1) The framework's other tracks: each one's key, and the ids a link to it names (its
   * own id and its levels'), so a link to another track's level can switch to it. None
   * with one track.
   */
  readonly otherTracks?: readonly { readonly key: string; readonly ids: readonly string[] }[];
}

/** What opens rungs of a search: the query (trimmed) and the levels with a match. */
export type SearchOpening = Pick<Search, "query" | "levelKeys">;

/**
 * What the ladder's server part hands its client part: only what the browser needs to open
 * and close rungs, with everything else already rendered (the rungs' buttons and panels,
 * the search's status, the attribution) — so the browser gets markup and data, not the code
 * that makes them: no parser, no checker, no search, no default labels. No `renderError`
 * (a function cannot cross to a client component).
 */
export type LadderClientProps = LevelLadderProps extends infer Props
  ? Props extends LevelLadderProps
    ? Omit<
        Props,
        | "framework"
        | "renderError"
        | "levelSteps"
        | "labels"
        | "attribution"
        | "query"
        | "direction"
        | "targetLevel"
        | "aria-label"
        | "track"
        | "trackHref"
      > & {
        outline: LadderOutline;
        /** In the order shown. */
        rungs: readonly LadderRung[];
        /** (1.1) The statements expected at every level, rendered, shown once before the rungs; none without. */
        everyLevel?: ReactNode;
        search: SearchOpening;
        /** The ladder's accessible name: "<title>: career ladder". */
        "aria-label": string;
        /** The labels a self-assessment's announcements use. */
        labels: LadderLabels;
        /** The search's status line, rendered; none without a `query`. */
        searchStatus?: ReactNode;
        /** The sources and attribution line, rendered; none when turned off. */
        attributionBody?: ReactNode;
      }
    : never
  : never;
