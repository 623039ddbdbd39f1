// fold lives in text/, below every stage, so that parse (which folds level keys into ids)
// need not import from search, a stage after it (issue 19: core's stages import one way).
// Kept here for themes/themes.ts and themes/similarity.ts until they import ../text/fold;
// then this file goes.
export { fold } from "../text/fold";
