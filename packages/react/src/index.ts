export { assessmentLink } from "./assessment-link";
export { AssessmentSummary } from "./assessment-summary";
export type {
  AssessmentSummaryBaseProps,
  AssessmentSummaryFrameworkProps,
  AssessmentSummaryProps,
  AssessmentSummaryState,
  AssessmentSummaryStateProps,
} from "./assessment-summary-types";
export type { FrameworkErrorPanelProps, FrameworkErrorProps } from "./error-panel";
export { FrameworkErrorPanel } from "./error-panel";
export type { FrameworkAttributionProps } from "./framework-attribution";
export { FrameworkAttribution } from "./framework-attribution";
export type { FrameworkJsonLdProps } from "./framework-json-ld";
export { FrameworkJsonLd } from "./framework-json-ld";
export type { HighlightedTextProps } from "./highlighted-text";
export { HighlightedText } from "./highlighted-text";
export type { PluralForms, RungsLabels } from "./labels";
export { defaultLabels } from "./labels";
export type { LadderLevelStep, LadderStatementStep } from "./ladder-steps";
export type { LevelCompareProps } from "./level-compare";
export { LevelCompare } from "./level-compare";
export type { LevelLadderMultipleProps, LevelLadderProps, LevelLadderSingleProps } from "./level-ladder";
export { LevelLadder } from "./level-ladder";
export type { LevelStepperProps } from "./level-stepper";
export { LevelStepper } from "./level-stepper";
export type { MatrixLayout, ProgressionMatrixProps } from "./progression-matrix";
export { ProgressionMatrix } from "./progression-matrix";
export type { HeadingLevel, StatementCardProps } from "./statement-card";
export { StatementCard } from "./statement-card";
export type { AssessmentState, UseAssessmentOptions } from "./use-assessment";
export { useAssessment } from "./use-assessment";
