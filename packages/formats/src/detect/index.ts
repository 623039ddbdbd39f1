export type { DetectedFormat, InputFormat } from "./detect-format";
export { detectFormat, INPUT_FORMATS } from "./detect-format";
export type { ImportedFramework, ImportOptions } from "./import-framework";
export { importFramework } from "./import-framework";
