import { DEFAULT_LIMITS, type Issue } from "@rungs/core";
import { shownUrl } from "./page-url";

/** What a load of `src` ends with: the framework's JSON text, or why there is none to show. */
export type Loaded = { kind: "framework"; framework: string } | { kind: "error"; errors: readonly Issue[] };

/** How long a load of `src` may take, headers and body, unless the `timeout` attribute says otherwise. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** The longest timeout a timer can wait (a longer one would fire at once). */
const MAX_TIMEOUT_MS = 2_147_483_647;

/**
 * The `timeout` attribute in milliseconds: a number above 0, else the default (15 s). A
 * reader waits no longer than this for a framework, and a never-ending response ends.
 */
export function timeoutOf(text: string | undefined): number {
  const value = text === undefined || text.trim() === "" ? Number.NaN : Number(text);
  return Number.isFinite(value) && value > 0 ? Math.min(value, MAX_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS;
}

/**
 * The reason an element aborts a load with when its deadline passes: the loader then answers
 * with the timed-out panel (any other abort means the result is no longer wanted).
 */
export const TIMED_OUT: unique symbol = Symbol("rungs: src timed out");

export interface FetchOptions {
  /** Aborted when the result is no longer wanted, or with {@link TIMED_OUT} at the deadline. */
  signal: AbortSignal;
  /** The deadline, in ms, as the timed-out message states it. */
  timeout: number;
}

/**
 * The framework at `src`, or why it is not one a reader can see. The body is read as a stream
 * and decoded as it comes, so a body longer than core's `maxInputLength` is refused after at
 * most that many characters and one chunk (and its stream cancelled), not downloaded whole;
 * an abort stops the wait wherever it is, even when the fetch or the body ignores the signal.
 * Never rejects.
 */
export async function fetchFramework(src: string, { signal, timeout }: FetchOptions): Promise<Loaded> {
  const shown = shownUrl(src);
  const fail = (code: Issue["code"], message: string): Loaded => ({
    kind: "error",
    errors: [{ path: "", code, message }],
  });
  const failure = (otherwise: string): Loaded =>
    fail(
      "unreadable-value",
      `The framework could not be loaded from ${shown}: ${
        signal.reason === TIMED_OUT
          ? `it did not arrive within ${timeout / 1000} s (the element's timeout attribute sets how long to wait).`
          : otherwise
      }`,
    );
  const stopped = abortOf(signal);
  let response: Response;
  try {
    response = await Promise.race([fetch(src, { signal, headers: { accept: "application/json" } }), stopped]);
  } catch {
    return failure("the network request failed.");
  }
  if (!response.ok) return failure(`the server answered ${response.status}.`);
  const maxLength = DEFAULT_LIMITS.maxInputLength;
  let text: string | undefined;
  try {
    text = await readText(response, maxLength, stopped);
  } catch {
    return failure("the response was cut off.");
  }
  if (text === undefined) {
    return fail(
      "limit-exceeded",
      `The framework at ${shown} was not loaded: it is longer than ${count(maxLength)} characters ` +
        "(maxInputLength), the most an element reads.",
    );
  }
  try {
    // Checked here so the message names the URL; the component then checks the framework.
    JSON.parse(text);
    return { kind: "framework", framework: text };
  } catch {
    return fail("invalid-json", `The response from ${shown} is not JSON.`);
  }
}

/** A promise that rejects when the signal aborts (and never settles otherwise). */
function abortOf(signal: AbortSignal): Promise<never> {
  const stopped = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
  // Nobody may be waiting on it when the abort comes: that is no unhandled rejection.
  stopped.catch(() => {});
  return stopped;
}

/**
 * The body as text (UTF-8, as `Response#text` decodes it), or `undefined` once it is longer
 * than `maxLength` characters: reading stops there and the stream is cancelled, as it is when
 * `stopped` rejects first. Decoded chunk by chunk (`stream: true` carries a character split
 * between chunks over), so the count is in characters, as the limit is.
 */
async function readText(response: Response, maxLength: number, stopped: Promise<never>): Promise<string | undefined> {
  if (!response.body) return Promise.race([response.text(), stopped]);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let length = 0;
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), stopped]);
      if (done) break;
      const part = decoder.decode(value, { stream: true });
      length += part.length;
      if (length > maxLength) return undefined;
      parts.push(part);
    }
    finished = true;
  } finally {
    // Tells the server (or the stream's source) to stop sending what will not be read.
    if (!finished) reader.cancel().catch(() => {});
  }
  const text = parts.join("") + decoder.decode();
  return text.length > maxLength ? undefined : text;
}

/** 5000000 → "5,000,000", the same in every runtime (no dependence on the default locale). */
function count(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
