export { RungsElement } from "./base";
export type { DefineRungsElementsOptions } from "./define-elements";
export { defineRungsElements, RUNGS_ELEMENTS } from "./define-elements";
export type { RungsTrackChangeDetail } from "./element-track";
export {
  RungsAreaProfileElement,
  RungsCompareElement,
  RungsLadderElement,
  RungsMatrixElement,
  RungsStepperElement,
  RungsSummaryElement,
} from "./elements";
export type {
  ElementHost,
  ElementView,
  RungsCheckedChangeDetail,
  RungsElementTag,
  RungsValueChangeDetail,
} from "./views";
