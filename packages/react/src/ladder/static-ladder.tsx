import { clsx } from "clsx";
import { forwardRef } from "react";
import type { HeadingLevel } from "../card/statement-card-types";
import type { LadderClientProps, LadderRung } from "./ladder-types";
import { rungItemAttributes } from "./rung-item";

/**
 * The ladder with nothing to open or close (`LevelLadder`'s `interactive={false}`): each
 * rung is a plain headed section — its header as a heading, its panel below it, always
 * shown. For a page that loads no script (the CLI's `rungs render`, an e-mail, a printout),
 * where an accordion's buttons would do nothing.
 *
 * Headed sections rather than native `<details>`: a rung's title must stay a heading (the
 * outline a screen reader user moves through), and a heading inside `<summary>` loses its
 * role in some screen readers, which announce the summary as a button only; a `<details>`
 * with the heading outside its summary would name the rung twice. Everything shown also
 * means find-in-page, printing and a `#level` link need no browser support at all.
 *
 * A server component: it imports no client module, so a server-rendered ladder with it
 * sends no client reference. It takes what the client part takes, rendered by the ladder's
 * server part (`ladder-rungs`), and uses only what it shows; the open state's props and the
 * self-assessment's labels have nothing to do here.
 */
export const StaticLadder = /* @__PURE__ */ forwardRef<HTMLElement, LadderClientProps>(
  function StaticLadder(props, ref) {
    const {
      rungs,
      everyLevel,
      searchStatus,
      attributionBody,
      headingLevel = 3,
      idPrefix = "",
      "aria-label": name,
      className,
      ...rest
    } = props;
    return (
      <section ref={ref} aria-label={name} className={clsx("rungs", "rungs-ladder", className)} {...sectionProps(rest)}>
        {searchStatus}
        {everyLevel}
        <ol className="rungs-ladder__rungs">
          {rungs.map((rung) => (
            <StaticRung key={rung.key} rung={rung} headingLevel={headingLevel} idPrefix={idPrefix} />
          ))}
        </ol>
        {attributionBody}
      </section>
    );
  },
);

/** One level: the same element, id and data attributes as an accordion rung, its heading holding no button. */
function StaticRung({
  rung,
  headingLevel,
  idPrefix,
}: {
  rung: LadderRung;
  headingLevel: HeadingLevel;
  idPrefix: string;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <li {...rungItemAttributes(rung, idPrefix)}>
      <Heading className="rungs-rung__heading rungs-rung__header">{rung.header}</Heading>
      <div className="rungs-rung__content">{rung.panel}</div>
    </li>
  );
}

/**
 * The host's attributes for the root `<section>`: what is left once the props only an
 * interactive ladder reads (the open state, the self-assessment, the links between tracks)
 * are taken out, so none of them reaches the DOM as an unknown attribute.
 */
function sectionProps(props: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const {
    outline: _outline,
    search: _search,
    labels: _labels,
    type: _type,
    value: _value,
    defaultValue: _defaultValue,
    onValueChange: _onValueChange,
    assessment: _assessment,
    currentLevel: _currentLevel,
    onTrackChange: _onTrackChange,
    ...section
  } = props;
  return section;
}
