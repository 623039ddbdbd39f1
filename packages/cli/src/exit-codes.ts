/**
 * The exit codes every command uses, so a portal's CI can tell a bad framework from a bad
 * command line.
 */
export const EXIT = {
  /** Every input is a usable framework (warnings allowed), and the output was written. */
  ok: 0,
  /** An input is not a usable framework (its errors are printed). */
  invalid: 1,
  /** The command line was wrong, or a file named on it could not be read or written. */
  usage: 2,
} as const;

/** One of {@link EXIT}'s codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
