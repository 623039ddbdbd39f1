// Bundlers replace `process.env.NODE_ENV` in libraries; where none did, `process` may not
// exist at all, and the development checks stay off.
declare const process: { env: { NODE_ENV?: string } } | undefined;

/** True in development builds: where the components warn about misuse. */
export function isDevelopment(): boolean {
  return typeof process !== "undefined" && process.env.NODE_ENV !== "production";
}
