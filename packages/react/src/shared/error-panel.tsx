import { type Issue, toWellFormed } from "@rungs/core";
import { clsx } from "clsx";
import { forwardRef, type ReactNode } from "react";
import { isDevelopment } from "./dev";
import { type RungsLabels, resolveLabels } from "./labels";

export interface FrameworkErrorPanelProps {
  errors: readonly Issue[];
  labels?: Partial<RungsLabels> | undefined;
  className?: string | undefined;
  /**
   * Lists every problem under the message, with its path into the input (a JSON Pointer)
   * and its code: words for the developer, not the reader. Default: in development builds
   * only (`process.env.NODE_ENV` other than `"production"`), so a reader of the live page
   * sees the plain message alone. The server's HTML and the browser's render must agree: a
   * bundler defines `NODE_ENV` alike in both builds, but a server run without
   * `NODE_ENV=production` (plain `node server.js`) counts as development while its
   * production browser bundle does not; there, give `details` yourself.
   */
  details?: boolean | undefined;
}

/**
 * What a component shows instead of a framework it cannot use: a plain message for the
 * reader ("This career framework cannot be shown right now."), and in development (or with
 * `details`) every problem with its path and code.
 */
export const FrameworkErrorPanel = /* @__PURE__ */ forwardRef<HTMLDivElement, FrameworkErrorPanelProps>(
  function FrameworkErrorPanel({ errors, labels, className, details = isDevelopment() }, ref) {
    const text = resolveLabels(labels);
    return (
      <div ref={ref} role="alert" className={clsx("rungs", "rungs-error", className)}>
        <p className="rungs-error__title">{text.errorTitle}</p>
        {details && (
          <ul className="rungs-error__list">
            {errors.map((issue, index) => (
              // Issues have no identity of their own; their order is stable for one input.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={index} className="rungs-error__issue" data-code={issue.code}>
                {/* A path points into the raw input, lone surrogates and all; shown well-formed. */}
                <code className="rungs-error__path">{toWellFormed(issue.path) || text.errorRoot}</code>{" "}
                {toWellFormed(issue.message)} <code className="rungs-error__code">({toWellFormed(issue.code)})</code>
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  },
);

/** Props every component that takes a framework shares. */
export interface FrameworkErrorProps {
  /** Replaces the error panel shown for input that is not a usable framework. */
  renderError?: ((errors: readonly Issue[]) => ReactNode) | undefined;
}
