import { RungsElement } from "./base";
import { areaProfileView, compareView, ladderView, matrixView, stepperView, summaryView } from "./views";

/**
 * `<rungs-ladder>`: `LevelLadder`. Attributes `current-level`, `target-level`, `query` and
 * `assessable` (a checkbox per statement). Fires `rungs-value-change` and, assessable,
 * `rungs-checked-change`.
 */
export class RungsLadderElement extends RungsElement {
  protected static override readonly view = ladderView;
}

/** `<rungs-matrix>`: `ProgressionMatrix`. Attributes `current-level`, `target-level`, `query`. */
export class RungsMatrixElement extends RungsElement {
  protected static override readonly view = matrixView;
}

/** `<rungs-compare>`: `LevelCompare`. Attributes `from` and `to` (level keys). */
export class RungsCompareElement extends RungsElement {
  protected static override readonly view = compareView;
}

/** `<rungs-stepper>`: `LevelStepper`. Attributes `current-level`, `target-level`, `link-to`. */
export class RungsStepperElement extends RungsElement {
  protected static override readonly view = stepperView;
}

/**
 * `<rungs-summary>`: `AssessmentSummary` of a saved or live result. Attributes `checked`
 * (space-separated statement ids; a host sets it from a ladder's `rungs-checked-change`)
 * and `target-level`.
 */
export class RungsSummaryElement extends RungsElement {
  protected static override readonly view = summaryView;
}

/**
 * `<rungs-area-profile>`: (1.1) `AreaProfile`, the share of each area met at the level
 * reached against the target, as a chart and a table. Attributes `checked`, `target-level`
 * and `threshold`, as the summary's.
 */
export class RungsAreaProfileElement extends RungsElement {
  protected static override readonly view = areaProfileView;
}
