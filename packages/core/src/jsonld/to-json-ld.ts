import type {
  CategoryCode,
  CategoryCodeSet,
  CreativeWork,
  DefinedTerm,
  DefinedTermSet,
  Occupation,
  WithContext,
} from "schema-dts";
import type { Framework, Level, Source, Statement } from "../model/types";
import { linkTarget } from "../parse/links";

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
   * language of its own). Left out when empty.
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
 * each level's copies into one node. Pure: the same framework and options give the same
 * data. Put it in a page with `jsonLdScriptText`, never with `JSON.stringify` alone.
 */
export function toJsonLd(framework: Framework, options: JsonLdOptions = {}): WithContext<Occupation> {
  const { occupation } = framework;
  const url = linkTarget(options.url)?.href;
  const inLanguage = options.inLanguage?.trim() || undefined;
  const category = occupationalCategory(occupation.soc);
  const about = frameworkWork(framework, inLanguage);
  return {
    "@context": "https://schema.org",
    "@type": "Occupation",
    ...(occupation.title !== "" && { name: occupation.title }),
    ...(framework.description && { description: framework.description }),
    ...(url !== undefined && { url }),
    ...(category !== undefined && { occupationalCategory: category }),
    skills: framework.levels.flatMap((level) => {
      const set = levelSet(level, inLanguage);
      // A copy each, so that a host editing one term's set does not edit every other's.
      return level.statements.map((statement) => skill(statement, { ...set }));
    }),
    ...(about !== undefined && { subjectOf: about }),
  };
}

/** The level as the set its statements belong to. */
function levelSet(level: Level, inLanguage: string | undefined): DefinedTermSet {
  return {
    "@type": "DefinedTermSet",
    // A blank node: a name for the set inside this document that claims no address on the web.
    "@id": `_:level-${level.id}`,
    name: level.label || level.key,
    position: level.rank + 1,
    ...(inLanguage !== undefined && { inLanguage }),
  };
}

/** A statement as a skill: what it is about as the term, what the person does as its definition. */
function skill(statement: Statement, set: DefinedTermSet): DefinedTerm {
  const hasSubject = statement.subject !== "";
  return {
    "@type": "DefinedTerm",
    name: hasSubject ? statement.subject : statement.description,
    ...(hasSubject && statement.description !== "" && { description: statement.description }),
    termCode: statement.id,
    inDefinedTermSet: set,
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
function frameworkWork(framework: Framework, inLanguage: string | undefined): CreativeWork | undefined {
  const citation = framework.sources.map(sourceWork);
  const work: CreativeWork = {
    "@type": "CreativeWork",
    ...(framework.version && { version: framework.version }),
    ...(framework.contextCovered && { description: framework.contextCovered }),
    ...(inLanguage !== undefined && { inLanguage }),
    ...(framework.attribution && { creditText: framework.attribution }),
    ...(citation.length > 0 && { citation }),
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
