import { assertFramework } from "@rungs/core";
import { toJsonLd } from "@rungs/formats/jsonld";
import { describe, expect, it } from "vitest";
import { seedText } from "../seeds";
import { flight } from "./flight";

/**
 * FrameworkJsonLd as a React Server Component, rendered by React's Flight renderer under
 * the `react-server` condition (the `rsc` project): it must need no client component, and
 * what it streams must be the script with the framework's data.
 */

const seed = assertFramework(seedText());

interface Rows {
  /** Model rows by id, in order (`[id, JSON text]`). */
  rows: [string, string][];
  /** Text rows (long strings, sent apart and referenced as `"$<id>"`) by id. */
  texts: Map<string, string>;
}

/**
 * A Flight payload's rows: `<id>:<JSON>\n`, or `<id>:T<byte length in hex>,<text>` with no
 * line break after it (a long string, referenced from the model as `"$<id>"`).
 */
function rowsOf(text: string): Rows {
  // Text rows give their length in bytes, so the payload is read as bytes.
  const payload = Buffer.from(text, "utf8");
  const rows: [string, string][] = [];
  const texts = new Map<string, string>();
  let at = 0;
  while (at < payload.length) {
    const colon = payload.indexOf(":", at);
    if (colon === -1) break;
    const id = payload.toString("utf8", at, colon);
    if (payload[colon + 1] === "T".charCodeAt(0)) {
      const comma = payload.indexOf(",", colon);
      const length = Number.parseInt(payload.toString("utf8", colon + 2, comma), 16);
      texts.set(id, payload.toString("utf8", comma + 1, comma + 1 + length));
      at = comma + 1 + length;
    } else {
      const end = payload.indexOf("\n", colon);
      const stop = end === -1 ? payload.length : end;
      rows.push([id, payload.toString("utf8", colon + 1, stop)]);
      at = stop + 1;
    }
  }
  return { rows, texts };
}

/**
 * The JSON-LD scripts' texts in a payload: an element in a model row is
 * `["$", type, key, props]`. Rows that are not JSON (timing in development) are skipped.
 */
function scriptTexts(payload: Rows): string[] {
  return payload.rows.flatMap(([, json]) => {
    const value = parseRow(json);
    if (!Array.isArray(value) || value[0] !== "$" || value[1] !== "script") return [];
    const props = value[3] as { type?: string; dangerouslySetInnerHTML?: { __html?: string } };
    if (props.type !== "application/ld+json") return [];
    const html = props.dangerouslySetInnerHTML?.__html ?? "";
    return [html.startsWith("$") ? (payload.texts.get(html.slice(1)) ?? "") : html];
  });
}

function parseRow(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

describe("FrameworkJsonLd in a React Server Component", () => {
  it("streams the script with the framework's data and no client reference", async () => {
    const { FrameworkJsonLd } = await import("@rungs/react");
    const payload = await flight(<FrameworkJsonLd framework={seedText()} url="https://jobs.example/a" />);
    expect(payload.clientReferences).toEqual([]);
    const texts = scriptTexts(rowsOf(payload.text));
    expect(texts).toHaveLength(1);
    expect(JSON.parse(texts[0] ?? "")).toEqual(
      JSON.parse(JSON.stringify(toJsonLd(seed, { url: "https://jobs.example/a" }))),
    );
  });

  it("streams nothing for invalid input", async () => {
    const { FrameworkJsonLd } = await import("@rungs/react");
    const original = console.warn;
    console.warn = () => {};
    try {
      const payload = await flight(<FrameworkJsonLd framework="{ not json" />);
      expect(payload.clientReferences).toEqual([]);
      expect(scriptTexts(rowsOf(payload.text))).toEqual([]);
    } finally {
      console.warn = original;
    }
  });
});
