import { RungsElement } from "./base";
import { areaProfileView, compareView, ladderView, matrixView, stepperView, summaryView } from "./views";

/**
 * `<rungs-ladder>`: `LevelLadder`. Attributes `current-level`, `target-level`, `query`,
 * `assessable` (a checkbox per statement), `assessment` (a shared link's code: the
 * statements checked at first) and (1.1) `track`, with the tracks' switcher above
 * it (`no-track-switcher` leaves it out). Fires `rungs-value-change`, `rungs-track-change`
 * when the reader picks another track and, assessable, `rungs-checked-change`.
 */
export class RungsLadderElement extends RungsElement {
  protected static override readonly view = ladderView;
}

/**
 * `<rungs-matrix>`: `ProgressionMatrix`. Attributes `current-level`, `target-level`, `query`
 * and (1.1) `track`, with the tracks' switcher as the ladder's.
 */
export class RungsMatrixElement extends RungsElement {
  protected static override readonly view = matrixView;
}

/** `<rungs-compare>`: `LevelCompare`. Attributes `from` and `to` (level keys of the `track`). */
export class RungsCompareElement extends RungsElement {
  protected static override readonly view = compareView;
}

/** `<rungs-stepper>`: `LevelStepper`. Attributes `current-level`, `target-level`, `link-to`, `track`. */
export class RungsStepperElement extends RungsElement {
  protected static override readonly view = stepperView;
}

/**
 * `<rungs-summary>`: `AssessmentSummary` of a saved or live result. Attributes `checked`
 * (space-separated statement ids; a host sets it from a ladder's `rungs-checked-change`),
 * `assessment` (a shared link's code, read when there is no `checked`), `target-level` and `track`.
 */
export class RungsSummaryElement extends RungsElement {
  protected static override readonly view = summaryView;
}

/**
 * `<rungs-area-profile>`: (1.1) `AreaProfile`, the share of each area met at the level
 * reached against the target, as a chart and a table. Attributes `checked`, `target-level`,
 * `threshold` and `track`, as the summary's.
 */
export class RungsAreaProfileElement extends RungsElement {
  protected static override readonly view = areaProfileView;
}
