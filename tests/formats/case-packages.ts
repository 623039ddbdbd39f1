/**
 * Hand-made CASE packages for import tests: items and associations named by short keys,
 * written out as a CFPackage the way OpenSALT serves one.
 */

export interface ItemSpec {
  readonly key: string;
  readonly fullStatement?: unknown;
  readonly [field: string]: unknown;
}

/** `[type, origin key, destination key, sequenceNumber?]`; `"doc"` is the document. */
export type LinkSpec = readonly [string, string, string, number?];

const DOCUMENT_ID = "d0000000-0000-4000-8000-000000000000";

/** A UUID-shaped identifier for a short key (stable, distinct per key). */
export function idOf(key: string): string {
  if (key === "doc") return DOCUMENT_ID;
  const hex = [...key]
    .map((c) => c.charCodeAt(0).toString(16).padStart(4, "0"))
    .join("")
    .slice(-12);
  return `00000000-0000-4000-8000-${hex.padStart(12, "0")}`;
}

function link(key: string) {
  return { title: key, identifier: idOf(key), uri: `https://case.example/CFItems/${idOf(key)}` };
}

/** A CFPackage: the document (fields may be replaced), the items, the associations. */
export function casePackage(
  items: readonly ItemSpec[],
  links: readonly LinkSpec[],
  document: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    CFDocument: {
      identifier: DOCUMENT_ID,
      uri: `https://case.example/CFDocuments/${DOCUMENT_ID}`,
      creator: "Case Example",
      title: "Hand-made",
      lastChangeDateTime: "2024-01-01T00:00:00+00:00",
      ...document,
    },
    CFItems: items.map(({ key, ...fields }) => ({
      identifier: idOf(key),
      uri: `https://case.example/CFItems/${idOf(key)}`,
      lastChangeDateTime: "2024-01-01T00:00:00+00:00",
      ...fields,
    })),
    CFAssociations: links.map(([type, origin, destination, sequenceNumber], at) => ({
      identifier: `a0000000-0000-4000-8000-${String(at).padStart(12, "0")}`,
      uri: `https://case.example/CFAssociations/${at}`,
      lastChangeDateTime: "2024-01-01T00:00:00+00:00",
      associationType: type,
      originNodeURI: link(origin),
      destinationNodeURI: link(destination),
      ...(sequenceNumber !== undefined && { sequenceNumber }),
    })),
  };
}
