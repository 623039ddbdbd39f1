import type { Source } from "../model/types";
import { linkTarget } from "./links";

/** A source as a framework keeps it: its `url` is what {@link linkTarget} makes of the value, never anything else. */
export function sourceOf(name: string, value: string): Source {
  const url = linkTarget(value)?.href;
  return Object.freeze({ name, value, ...(url !== undefined && { url }) });
}

/**
 * The value as a URL when, and only when, it is one absolute http(s) URL without
 * credentials: `linkTarget(value)?.href`, kept for code written before `linkTarget`.
 */
export function httpUrl(value: string): string | undefined {
  return linkTarget(value)?.href;
}
