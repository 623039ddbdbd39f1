// The `rungs` bin: runs `main` on the process's arguments and streams, and turns its result
// into the exit code. Everything else is in main.ts, which tests run in-process.
import { EXIT } from "./exit-codes";
import { processIo } from "./io";
import { main } from "./main";

// React reads NODE_ENV when it is first loaded (`render` loads it): the page is made by the
// production build, whatever the shell says, and the same every time. Set by the bin, not by
// `main`, so that a host running `main` in-process keeps its own.
process.env.NODE_ENV = "production";

/**
 * A reader that stops early (`rungs convert … | head`) closes the pipe: that is not a
 * failure of the command, so it ends quietly instead of with a stack trace.
 */
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(EXIT.ok);
  throw error;
});

main(process.argv.slice(2), processIo).then(
  (code) => {
    // Not process.exit(): output still queued for a pipe would be cut off.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `rungs: unexpected error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = EXIT.invalid;
  },
);
