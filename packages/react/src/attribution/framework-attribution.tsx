import type { FrameworkInput } from "@rungs/core";
import { type ComponentPropsWithoutRef, forwardRef } from "react";
import { AttributionBody } from "../shared/attribution-body";
import type { FrameworkErrorProps } from "../shared/error-panel";
import type { RungsLabels } from "../shared/labels";
import { useFramework } from "../shared/use-framework";

export interface FrameworkAttributionProps
  extends Omit<ComponentPropsWithoutRef<"div">, "children">,
    FrameworkErrorProps {
  framework: FrameworkInput;
  labels?: Partial<RungsLabels> | undefined;
}

/**
 * The framework's sources and the attribution its licence requires. A source is a link only
 * when its URL is http(s), decided here at render whatever the framework object says, and
 * the link's text is where it really goes (host and path, IDN as punycode).
 */
export const FrameworkAttribution = /* @__PURE__ */ forwardRef<HTMLDivElement, FrameworkAttributionProps>(
  function FrameworkAttribution({ framework, labels, renderError, className, ...rest }, ref) {
    const resolved = useFramework(framework, labels, renderError);
    if (!resolved.ok) return resolved.fallback;
    return <AttributionBody ref={ref} framework={resolved.framework} labels={labels} className={className} {...rest} />;
  },
);
