import { type Framework, linkTarget, type Source } from "@rungs/core";
import { clsx } from "clsx";
import { type ComponentPropsWithoutRef, forwardRef } from "react";
import { type RungsLabels, resolveLabels } from "./labels";

// Its own module, apart from `FrameworkAttribution` (which resolves its input): the ladder's
// client part embeds it, and a bundler that keeps whole modules (Turbopack) would otherwise
// bring the resolver, and with it core's parser, into the browser.

/** The attribution of a framework already parsed, for components that embed it. */
export const AttributionBody = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  { framework: Framework; labels?: Partial<RungsLabels> | undefined } & Omit<
    ComponentPropsWithoutRef<"div">,
    "children"
  >
>(function AttributionBody({ framework, labels, className, ...rest }, ref) {
  const text = resolveLabels(labels);
  // A resolved framework is checked by core; these guards only keep a look-alike that
  // slipped through from throwing into the host page.
  const sources = Array.isArray(framework.sources) ? framework.sources : [];
  const attribution = typeof framework.attribution === "string" ? framework.attribution : "";
  if (sources.length === 0 && !attribution) return null;
  return (
    <div ref={ref} className={clsx("rungs", "rungs-attribution", className)} {...rest}>
      {sources.length > 0 && (
        <p className="rungs-attribution__sources">
          <span className="rungs-attribution__heading">{text.sources}:</span>{" "}
          {sources.map((source, index) => (
            // Sources are listed in the framework's order; names are unique in parsed ones,
            // but the position is what identifies one whatever the object says.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <span key={index} className="rungs-attribution__source">
              {index > 0 && " · "}
              <SourceEntry source={source} />
            </span>
          ))}
        </p>
      )}
      {attribution && <p className="rungs-attribution__line">{attribution}</p>}
    </div>
  );
});

/**
 * A source's name, then its value: a link whose text shows where it goes when the source
 * has an http(s) URL, the value as text otherwise. A value that is not that same URL (from
 * a framework-shaped object, not from the parser) is shown as text before the link, so the
 * link never wears another address.
 */
function SourceEntry({ source }: { source: Source }) {
  const target = linkTarget(source?.url);
  const value = typeof source?.value === "string" ? source.value : "";
  const valueIsTheLink = target !== undefined && linkTarget(value)?.href === target.href;
  return (
    <>
      <span className="rungs-attribution__name">{typeof source?.name === "string" ? source.name : ""}</span>{" "}
      {!valueIsTheLink && value}
      {target && (
        <>
          {!valueIsTheLink && value !== "" && " "}
          <a className="rungs-attribution__link" href={target.href} rel="noopener noreferrer">
            {target.text}
          </a>
        </>
      )}
    </>
  );
}
