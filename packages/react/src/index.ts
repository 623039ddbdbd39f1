export type { FrameworkAttributionProps } from "./attribution/framework-attribution";
export { FrameworkAttribution } from "./attribution/framework-attribution";
export type { FrameworkJsonLdProps } from "./attribution/framework-json-ld";
export { FrameworkJsonLd } from "./attribution/framework-json-ld";
export type { HeadingLevel, StatementCardProps } from "./card/statement-card";
export { StatementCard } from "./card/statement-card";
export type { LevelCompareProps } from "./compare/level-compare";
export { LevelCompare } from "./compare/level-compare";
export type { LadderLevelStep, LadderStatementStep } from "./ladder/ladder-steps";
export type { LevelLadderMultipleProps, LevelLadderProps, LevelLadderSingleProps } from "./ladder/level-ladder";
export { LevelLadder } from "./ladder/level-ladder";
export type { MatrixLayout, ProgressionMatrixProps } from "./matrix/progression-matrix";
export { ProgressionMatrix } from "./matrix/progression-matrix";
export { AreaProfile } from "./profile/area-profile";
export type { AreaProfileLabels } from "./profile/area-profile-labels";
export { defaultAreaProfileLabels } from "./profile/area-profile-labels";
export type {
  AreaProfileBaseProps,
  AreaProfileFrameworkProps,
  AreaProfileProps,
  AreaProfileState,
  AreaProfileStateProps,
} from "./profile/area-profile-types";
export type { FrameworkErrorPanelProps, FrameworkErrorProps } from "./shared/error-panel";
export { FrameworkErrorPanel } from "./shared/error-panel";
export type { HighlightedTextProps } from "./shared/highlighted-text";
export { HighlightedText } from "./shared/highlighted-text";
export type { PluralForms, RungsLabels } from "./shared/labels";
export { defaultLabels } from "./shared/labels";
export type { AssessmentState, UseAssessmentOptions } from "./shared/use-assessment";
export { useAssessment } from "./shared/use-assessment";
export type { LevelStepperProps } from "./stepper/level-stepper";
export { LevelStepper } from "./stepper/level-stepper";
export { assessmentLink } from "./summary/assessment-link";
export { AssessmentResult } from "./summary/assessment-result";
export { AssessmentSummary } from "./summary/assessment-summary";
export type {
  AssessmentResultProps,
  AssessmentSummaryBaseProps,
  AssessmentSummaryFrameworkProps,
  AssessmentSummaryProps,
  AssessmentSummaryState,
  AssessmentSummaryStateProps,
} from "./summary/assessment-summary-types";
export type { TrackSwitcherProps } from "./tracks/track-switcher";
export { TrackSwitcher } from "./tracks/track-switcher";
