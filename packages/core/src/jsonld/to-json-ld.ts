import type { CategoryCode, CategoryCodeSet, CreativeWork, Occupation, WithContext } from "schema-dts";
import type { Framework, Source } from "../model/types";
import { linkTarget } from "../parse/links";
import { ladderParts, levelSet, type SetContext, term } from "./ladder-parts";

/** What {@link toJsonLd} adds that a framework does not say itself. */
export interface JsonLdOptions {
  /**
   * The page the framework is shown on, as the occupation's `url`. Used only when it is one
   * absolute http(s) URL without credentials (as core's `linkTarget` decides); anything else
   * is left out, as a crawler would follow it.
   */
  readonly url?: string | undefined;
  /**
   * The language the statements are written in, as a BCP 47 tag (`"en-GB"`): schema.org's
   * `inLanguage`, given to the level sets and the framework (an `Occupation` has no
   * language of its own). Default: the framework's `language` (format 1.1). Left out when
   * neither says one.
   */
  readonly inLanguage?: string | undefined;
}

/**
 * The framework as schema.org JSON-LD: an `Occupation` (its title as `name`, the framework's
 * description, the SOC code as `occupationalCategory`, a `CategoryCode` in the O*NET-SOC or
 * SOC code set) whose `skills` are the statements in the author's order, each a
 * `DefinedTerm` (the subject as `name`, the rest as `description`, the statement id as
 * `termCode`) in a `DefinedTermSet` per level (the level's label as `name`, its rung,
 * counted from 1, as `position`). The framework itself, with its version, scope, sources
 * (`citation`) and attribution (`creditText`), is the occupation's `subjectOf`.
 *
 * Level sets carry a blank-node `@id` (`_:level-<level id>`), so a JSON-LD processor merges
 * each level's copies into one node. A level's description is its set's `description`.
 *
 * Format 1.1 (see ladder-parts.ts for why so): the skills are the default track's; the
 * framework's work has as parts (`hasPart`) each track (a `CreativeWork` of its level sets,
 * when there are several), the statements expected at every level (a `DefinedTermSet`),
 * and each competency area, a `DefinedTermSet` whose `hasDefinedTerm` are its statements
 * by reference (terms then carry `@id: _:statement-<id>`). Pure: the same framework and options give the same
 * data. Put it in a page with `jsonLdScriptText`, never with `JSON.stringify` alone.
 */
export function toJsonLd(framework: Framework, options: JsonLdOptions = {}): WithContext<Occupation> {
  const { occupation } = framework;
  const url = linkTarget(options.url)?.href;
  const inLanguage = options.inLanguage?.trim() || framework.language?.trim() || undefined;
  const context: SetContext = { inLanguage, termIds: framework.areas.length > 0 };
  const category = occupationalCategory(occupation.soc);
  const about = frameworkWork(framework, context);
  const [defaultTrack] = framework.tracks;
  const several = framework.tracks.length > 1;
  return {
    "@context": "https://schema.org",
    "@type": "Occupation",
    ...(occupation.title !== "" && { name: occupation.title }),
    ...(framework.description && { description: framework.description }),
    ...(url !== undefined && { url }),
    ...(category !== undefined && { occupationalCategory: category }),
    skills: framework.levels.flatMap((level) => {
      const set = levelSet(level, context, several ? defaultTrack : undefined);
      // A copy each, so that a host editing one term's set does not edit every other's.
      return level.statements.map((statement) => term(statement, context, { ...set }));
    }),
    ...(about !== undefined && { subjectOf: about }),
  };
}

/** O*NET-SOC codes have a two-digit detail (`17-3024.00`); SOC 2018 codes do not (`17-3024`). */
const ONET_SOC = /^\d{2}-\d{4}\.\d{2}$/;
const SOC = /^\d{2}-\d{4}$/;

/**
 * The SOC code as a `CategoryCode`, in the code set its form shows. A code of another form
 * is given without a set rather than claimed for a taxonomy it may not be from. The
 * occupation's title is not given as the code's name: it is the author's, not the taxonomy's.
 */
function occupationalCategory(soc: string | undefined): CategoryCode | undefined {
  const code = soc?.trim();
  if (!code) return undefined;
  const set = codeSet(code);
  return { "@type": "CategoryCode", codeValue: code, ...(set !== undefined && { inCodeSet: set }) };
}

function codeSet(code: string): CategoryCodeSet | undefined {
  if (ONET_SOC.test(code)) {
    return { "@type": "CategoryCodeSet", name: "O*NET-SOC", url: "https://www.onetcenter.org/taxonomy.html" };
  }
  if (SOC.test(code)) {
    return {
      "@type": "CategoryCodeSet",
      name: "Standard Occupational Classification (SOC)",
      url: "https://www.bls.gov/soc/",
    };
  }
  return undefined;
}

/**
 * The framework as a work about the occupation: what `Occupation` (a `Thing`, not a
 * `CreativeWork`) cannot hold itself. `undefined` when the framework says none of it.
 */
function frameworkWork(framework: Framework, context: SetContext): CreativeWork | undefined {
  const { inLanguage } = context;
  const citation = framework.sources.map(sourceWork);
  const parts = ladderParts(framework, context);
  const work: CreativeWork = {
    "@type": "CreativeWork",
    ...(framework.version && { version: framework.version }),
    ...(framework.contextCovered && { description: framework.contextCovered }),
    ...(inLanguage !== undefined && { inLanguage }),
    ...(framework.attribution && { creditText: framework.attribution }),
    ...(citation.length > 0 && { citation }),
    ...(parts.length > 0 && { hasPart: parts }),
  };
  return Object.keys(work).length > 1 ? work : undefined;
}

/**
 * A source as a cited work: its name, and its value as a `url` only when it is an http(s)
 * URL (decided here by `linkTarget`, whatever the framework object says), else as text.
 */
function sourceWork(source: Source): CreativeWork {
  const href = linkTarget(source.value)?.href;
  return {
    "@type": "CreativeWork",
    name: source.name,
    ...(href !== undefined ? { url: href } : source.value !== "" && { description: source.value }),
  };
}
