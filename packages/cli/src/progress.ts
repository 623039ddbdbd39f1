import type { Io } from "./io";

/** Shows how far a run over many files is, on stderr only. */
export interface Progress {
  /** Says that `done` of the files are checked. */
  update(done: number): void;
  /** Takes the progress line off a terminal before other output is written. */
  clear(): void;
}

/** No progress: a run over one file. */
const NONE: Progress = { update() {}, clear() {} };

/**
 * "checked 3 of 40" on stderr. On a terminal one line is rewritten in place (and cleared
 * before anything else is printed); in a log (CI) a line is added at most about twenty times
 * a run, so a run over a thousand files does not bury its problems.
 */
export function progressFor(io: Io, total: number): Progress {
  if (total <= 1) return NONE;
  const text = (done: number) => `checked ${done} of ${total}`;
  if (io.errIsTty) {
    let shown = false;
    return {
      update(done) {
        io.err(`\r\u001B[K${text(done)}`);
        shown = true;
      },
      clear() {
        if (shown) io.err("\r\u001B[K");
        shown = false;
      },
    };
  }
  const step = Math.ceil(total / 20);
  return {
    update(done) {
      if (done % step === 0 || done === total) io.err(`${text(done)}\n`);
    },
    clear() {},
  };
}
