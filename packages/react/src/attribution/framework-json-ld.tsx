import { type FrameworkInput, type Issue, resolveFramework } from "@rungs/core";
// Core's subpath (which @rungs/formats/jsonld re-exports), so @rungs/react needs no
// formats dependency and a page that renders structured data bundles no format code.
import { type JsonLdOptions, jsonLdScriptText, toJsonLd } from "@rungs/core/jsonld";
import { useMemo } from "react";
import { isDevelopment } from "../shared/dev";

/**
 * `toJsonLd`'s options, declared here rather than extended from core's `JsonLdOptions`: that
 * type's declaration file imports schema-dts, which @rungs/react does not install, so this
 * package's types stay resolvable with `skipLibCheck` off.
 */
export interface FrameworkJsonLdProps {
  /** A parsed framework, or raw input: an object or JSON text. */
  framework: FrameworkInput;
  /**
   * The page the framework is shown on, as the occupation's `url`. Used only when it is one
   * absolute http(s) URL without credentials; anything else is left out.
   */
  readonly url?: string | undefined;
  /** The language the statements are written in, as a BCP 47 tag (`"en-GB"`). Left out when empty. */
  readonly inLanguage?: string | undefined;
}

/**
 * The framework as schema.org structured data (`toJsonLd` of `@rungs/core/jsonld`: an
 * `Occupation` whose skills are the statements, grouped in a `DefinedTermSet` per level),
 * in a `<script type="application/ld+json">` for crawlers and other consumers. Shows
 * nothing. Works as a React Server Component: no state, no effect, no JavaScript for the
 * page to load.
 *
 * Invalid input renders nothing, never an error panel: the element is for machines, and a
 * reader must not see a problem with it. In development the problems are logged once
 * (`console.warn`), so the host's developers still see them.
 */
export function FrameworkJsonLd({ framework: input, url, inLanguage }: FrameworkJsonLdProps) {
  const text = useMemo(() => {
    const result = resolveFramework(input);
    if (!result.ok) {
      warnOnce(result.errors);
      return null;
    }
    return jsonLdScriptText(toJsonLd(result.framework, { url, inLanguage } satisfies JsonLdOptions));
  }, [input, url, inLanguage]);
  if (text === null) return null;
  return (
    <script
      type="application/ld+json"
      // The one place Rungs sets HTML: the text is JSON, not markup, with `<`, `>`, `&` and
      // U+2028/2029 written as `\u` escapes (jsonLdScriptText), so nothing in a framework's
      // text can end the script or start another element. React would escape none of
      // these in a script's children, and would break the JSON if it did.
      // biome-ignore lint/security/noDangerouslySetInnerHtml: escaped JSON, see above
      dangerouslySetInnerHTML={{ __html: text }}
    />
  );
}

/** Problems already logged, so a page that renders on every request does not repeat them. */
const warned = new Set<string>();
/** More distinct problems than a developer reads; past it, the set stops growing. */
const MAX_WARNED = 100;

function warnOnce(errors: readonly Issue[]): void {
  if (!isDevelopment()) return;
  const message = errors.map((issue) => `${issue.path || "(whole input)"}: ${issue.message}`).join("\n");
  if (warned.has(message) || warned.size >= MAX_WARNED) return;
  warned.add(message);
  console.warn(`FrameworkJsonLd: the framework is not valid, so no structured data is rendered.\n${message}`);
}
