import type { Framework, FrameworkInput } from "@rungs/core";
import { clsx } from "clsx";
import type { ComponentPropsWithoutRef } from "react";
import type { FrameworkErrorProps } from "./error-panel";
import { type RungsLabels, resolveLabels } from "./labels";
import { useFramework } from "./use-framework";

export interface FrameworkAttributionProps
  extends Omit<ComponentPropsWithoutRef<"div">, "children">,
    FrameworkErrorProps {
  framework: FrameworkInput;
  labels?: Partial<RungsLabels> | undefined;
}

/** The framework's sources (links only for http(s)) and the attribution its licence requires. */
export function FrameworkAttribution({
  framework,
  labels,
  renderError,
  className,
  ...rest
}: FrameworkAttributionProps) {
  const resolved = useFramework(framework, labels, renderError);
  if (!resolved.ok) return resolved.fallback;
  return <AttributionBody framework={resolved.framework} labels={labels} className={className} {...rest} />;
}

/** The attribution of a framework already parsed, for components that embed it. */
export function AttributionBody({
  framework,
  labels,
  className,
  ...rest
}: { framework: Framework; labels?: Partial<RungsLabels> | undefined } & Omit<
  ComponentPropsWithoutRef<"div">,
  "children"
>) {
  const text = resolveLabels(labels);
  const { sources, attribution } = framework;
  if (sources.length === 0 && !attribution) return null;
  return (
    <div className={clsx("rungs", "rungs-attribution", className)} {...rest}>
      {sources.length > 0 && (
        <p className="rungs-attribution__sources">
          <span className="rungs-attribution__heading">{text.sources}:</span>{" "}
          {sources.map((source, index) => (
            <span key={source.name} className="rungs-attribution__source">
              {index > 0 && " · "}
              <span className="rungs-attribution__name">{source.name}</span>{" "}
              {source.url ? (
                <a className="rungs-attribution__link" href={source.url} rel="noopener noreferrer">
                  {source.value}
                </a>
              ) : (
                source.value
              )}
            </span>
          ))}
        </p>
      )}
      {attribution && <p className="rungs-attribution__line">{attribution}</p>}
    </div>
  );
}
