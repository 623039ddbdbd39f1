import { v5 } from "uuid";

/**
 * The namespace of every identifier Rungs writes into a CASE package (UUID v5 of
 * `urn:rungs:case` in the URL namespace). Fixed forever: changing it would give every
 * exported framework new identifiers, and break every credential aligned to them.
 */
export const RUNGS_CASE_NAMESPACE = "407769db-6d34-5495-a3af-258b9114d164";

/** The kinds of node a CASE package holds, as CASE's REST paths name them. */
export type CaseNodeKind = "CFDocuments" | "CFItems" | "CFAssociations" | "CFAssociationGroupings";

/**
 * Makes the identifiers and URIs of one framework's package. Each identifier is a UUID v5 of
 * the namespace and a name built from the framework's identity (its SOC code, or its title
 * when it has none, and its version) and the part's own key (level key, statement id, the
 * two ends of an association), so the same framework always gets the same identifiers and
 * two frameworks never share one.
 */
export class CaseIdentifiers {
  private readonly identity: readonly string[];
  private readonly baseUri: string | undefined;

  constructor(identity: { soc?: string | undefined; title: string; version?: string | undefined }, baseUri?: string) {
    this.identity = [identity.soc || identity.title, identity.version ?? ""];
    // "…/case/" and "…/case" name the same place; one slash joins the parts.
    this.baseUri = baseUri === undefined ? undefined : withoutTrailingSlashes(baseUri);
  }

  /** The identifier of a part: `parts` name it within the framework (JSON keeps them apart). */
  identifier(...parts: readonly string[]): string {
    return v5(JSON.stringify([...this.identity, ...parts]), RUNGS_CASE_NAMESPACE);
  }

  /** `${baseUri}/<kind>/<identifier>`, or `urn:uuid:<identifier>` without a base URI. */
  uri(kind: CaseNodeKind, identifier: string): string {
    return this.baseUri === undefined ? `urn:uuid:${identifier}` : `${this.baseUri}/${kind}/${identifier}`;
  }
}

/** `uri` without its trailing slashes, by a loop: `/\/+$/` re-scans a run of slashes from each of them. */
function withoutTrailingSlashes(uri: string): string {
  let end = uri.length;
  while (end > 0 && uri.charCodeAt(end - 1) === 0x2f) end -= 1;
  return uri.slice(0, end);
}
