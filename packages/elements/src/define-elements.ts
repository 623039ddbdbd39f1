import { type RungsElement, setStylesheet } from "./base";
import {
  RungsAreaProfileElement,
  RungsCompareElement,
  RungsLadderElement,
  RungsMatrixElement,
  RungsStepperElement,
  RungsSummaryElement,
} from "./elements";

/** Every element's tag and class. */
export const RUNGS_ELEMENTS: Readonly<Record<string, new () => RungsElement>> = Object.freeze({
  "rungs-ladder": RungsLadderElement,
  "rungs-matrix": RungsMatrixElement,
  "rungs-compare": RungsCompareElement,
  "rungs-stepper": RungsStepperElement,
  "rungs-summary": RungsSummaryElement,
  "rungs-area-profile": RungsAreaProfileElement,
});

export interface DefineRungsElementsOptions {
  /**
   * URL of `@rungs/react/styles.css`: the elements add one `<link rel="stylesheet">` for it
   * to their document, however many there are (none when the page already links it). Without
   * it, the page links the stylesheet itself.
   */
  stylesheet?: string | undefined;
  /** The registry to define them in. Default `customElements`. */
  registry?: CustomElementRegistry | undefined;
}

/**
 * Registers `<rungs-ladder>`, `<rungs-matrix>`, `<rungs-compare>`, `<rungs-stepper>`,
 * `<rungs-summary>` and `<rungs-area-profile>`. Safe to call more than once (a tag already defined is left as it is)
 * and where there is no DOM (does nothing).
 */
export function defineRungsElements(options: DefineRungsElementsOptions = {}): void {
  const registry = options.registry ?? (typeof customElements === "undefined" ? undefined : customElements);
  if (!registry) return;
  if (options.stylesheet !== undefined) setStylesheet(options.stylesheet);
  for (const [tag, element] of Object.entries(RUNGS_ELEMENTS)) {
    if (!registry.get(tag)) registry.define(tag, element);
  }
}
