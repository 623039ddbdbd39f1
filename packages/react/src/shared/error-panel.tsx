import { type Issue, toWellFormed } from "@rungs/core";
import { clsx } from "clsx";
import { forwardRef, type ReactNode } from "react";
import { type RungsLabels, resolveLabels } from "./labels";

export interface FrameworkErrorPanelProps {
  errors: readonly Issue[];
  labels?: Partial<RungsLabels> | undefined;
  className?: string | undefined;
}

/** What a component shows instead of a framework it cannot use: every problem, with its path. */
export const FrameworkErrorPanel = /* @__PURE__ */ forwardRef<HTMLDivElement, FrameworkErrorPanelProps>(
  function FrameworkErrorPanel({ errors, labels, className }, ref) {
    const text = resolveLabels(labels);
    return (
      <div ref={ref} role="alert" className={clsx("rungs", "rungs-error", className)}>
        <p className="rungs-error__title">{text.errorTitle}</p>
        <ul className="rungs-error__list">
          {errors.map((issue, index) => (
            // Issues have no identity of their own; their order is stable for one input.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={index} className="rungs-error__issue" data-code={issue.code}>
              {/* A path points into the raw input, lone surrogates and all; shown well-formed. */}
              <code className="rungs-error__path">{toWellFormed(issue.path) || text.errorRoot}</code>{" "}
              {toWellFormed(issue.message)}
            </li>
          ))}
        </ul>
      </div>
    );
  },
);

/** Props every component that takes a framework shares. */
export interface FrameworkErrorProps {
  /** Replaces the error panel shown for input that is not a usable framework. */
  renderError?: ((errors: readonly Issue[]) => ReactNode) | undefined;
}
