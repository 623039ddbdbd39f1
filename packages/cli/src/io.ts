/**
 * Where a command writes. stdout carries only what the command produces (a report, a
 * converted file, a page), so it can be piped; everything said to a person (progress,
 * warnings of a conversion, usage errors) goes to stderr.
 */
export interface Io {
  /** Writes to stdout. */
  out(text: string): void;
  /** Writes to stderr. */
  err(text: string): void;
  /** Whether stderr is a terminal: progress then rewrites one line instead of adding lines. */
  readonly errIsTty: boolean;
  /** The file descriptor `-` reads: the process's stdin (0), or a file a test opened. */
  readonly stdin: number;
}

/** The process's own streams. */
export const processIo: Io = {
  out: (text) => {
    process.stdout.write(text);
  },
  err: (text) => {
    process.stderr.write(text);
  },
  errIsTty: process.stderr.isTTY === true,
  stdin: 0,
};
