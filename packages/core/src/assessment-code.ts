import { allStatements } from "./queries";
import type { Framework } from "./types";

/*
 * An assessment code is the set of checked statements as a short, URL-safe string a host
 * can put in a link or a query parameter:
 *
 *   "1" (format version) + base64url( fingerprint (2 bytes) + bitset (1 bit per statement) )
 *
 * The bitset follows the framework's order (level by level, author order); bit 7 of the
 * first byte is the first statement. The fingerprint is a 16-bit hash of every statement's
 * id and text, so a code made for another framework, or another version of this one, is
 * rejected rather than read as a different set. The seed's 40 statements fit in 11
 * characters. Decoding is strict (exact length, unused bits zero), so each set has exactly
 * one code and a code decodes only to the set it was made from.
 */

const VERSION = "1";
const FINGERPRINT_BYTES = 2;
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const SEXTET = new Map([...ALPHABET].map((character, value) => [character, value]));

/** Why an assessment code could not be read. */
export type AssessmentCodeError =
  /** Not a string, or an empty one. */
  | "empty"
  /** Made by a newer (or unknown) format. */
  | "unsupported-version"
  /** Characters outside base64url, or bits where there can be none. */
  | "malformed"
  /** Made for another framework, or another version of this one. */
  | "other-framework";

export type AssessmentCodeResult =
  | { readonly ok: true; readonly checked: Set<string> }
  | { readonly ok: false; readonly reason: AssessmentCodeError };

/**
 * The checked statements as a short URL-safe code (see {@link decodeAssessment}). Ids that
 * name no statement of the framework are left out.
 */
export function encodeAssessment(framework: Framework, checkedIds: Iterable<string>): string {
  const checked = new Set(checkedIds);
  const statements = allStatements(framework);
  const bytes = new Uint8Array(FINGERPRINT_BYTES + Math.ceil(statements.length / 8));
  const fingerprint = fingerprintOf(framework);
  bytes[0] = fingerprint >>> 8;
  bytes[1] = fingerprint & 0xff;
  statements.forEach((statement, position) => {
    if (!checked.has(statement.id)) return;
    const at = FINGERPRINT_BYTES + (position >> 3);
    bytes[at] = (bytes[at] as number) | (0x80 >> (position & 7));
  });
  return VERSION + toBase64Url(bytes);
}

/**
 * Reads a code made by {@link encodeAssessment} for the same framework back into the set
 * of checked statement ids. Never throws: anything else, including a code made for
 * another framework, gives `{ ok: false, reason }`.
 */
export function decodeAssessment(framework: Framework, code: unknown): AssessmentCodeResult {
  if (typeof code !== "string" || code === "") return { ok: false, reason: "empty" };
  if (!code.startsWith(VERSION)) return { ok: false, reason: "unsupported-version" };
  const bytes = fromBase64Url(code.slice(VERSION.length));
  if (!bytes) return { ok: false, reason: "malformed" };
  const statements = allStatements(framework);
  const fingerprint = ((bytes[0] ?? 0) << 8) | (bytes[1] ?? 0);
  if (
    bytes.length !== FINGERPRINT_BYTES + Math.ceil(statements.length / 8) ||
    fingerprint !== fingerprintOf(framework)
  ) {
    return { ok: false, reason: "other-framework" };
  }
  const last = bytes[bytes.length - 1] as number;
  const unusedBits = (8 - (statements.length % 8)) % 8;
  if (statements.length > 0 && (last & ((1 << unusedBits) - 1)) !== 0) return { ok: false, reason: "malformed" };
  const checked = new Set<string>();
  statements.forEach((statement, position) => {
    const byte = bytes[FINGERPRINT_BYTES + (position >> 3)] as number;
    if (byte & (0x80 >> (position & 7))) checked.add(statement.id);
  });
  return { ok: true, checked };
}

/** FNV-1a over every statement's id and text, folded to 16 bits. */
function fingerprintOf(framework: Framework): number {
  let hash = 0x811c9dc5;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    // A separator, so ["ab", "c"] and ["a", "bc"] differ.
    hash = Math.imul(hash ^ 0xffff, 0x01000193);
  };
  for (const statement of allStatements(framework)) {
    add(statement.id);
    add(statement.text);
  }
  return ((hash >>> 16) ^ hash) & 0xffff;
}

/** Unpadded base64url (RFC 4648 §5). */
function toBase64Url(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const characters = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < characters; c++) text += ALPHABET[(chunk >> (18 - 6 * c)) & 63];
  }
  return text;
}

/** Strict unpadded base64url: undefined for other characters, an impossible length or stray bits. */
function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const character of text) {
    const value = SEXTET.get(character);
    if (value === undefined) return undefined;
    buffer = ((buffer << 6) | value) & 0xfff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  // Bits left over from the last character must be zero, or two codes would read the same.
  return (buffer & ((1 << bits) - 1)) === 0 ? bytes : undefined;
}
