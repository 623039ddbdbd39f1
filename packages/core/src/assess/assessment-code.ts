import { allStatements } from "../model/queries";
import type { TrackOptions } from "../model/track";
import type { Framework, Statement } from "../model/types";
import { Sha256 } from "./sha256";

/*
 * An assessment code is the set of checked statements as a short, URL-safe string a host
 * can put in a link or a query parameter:
 *
 *   "2" (format version) + base64url( fingerprint (8 bytes) + bitset (1 bit per statement) )
 *
 * The bitset follows the order of `allStatements` (a track's every-level statements, then
 * level by level, author order; a 1.0 file has no every-level statements, so its codes are
 * as they always were), for the default track or the one asked for; bit 7 of the
 * first byte after the fingerprint is the first statement. The seed's 40 statements fit in
 * 19 characters. Decoding is strict (exact length, unused bits zero), so each set has
 * exactly one code and a code decodes only to the set it was made from.
 *
 * The fingerprint is the first 64 bits of a SHA-256 of every statement's id and text, in
 * order (see {@link fingerprintOf}), so a code made for another framework, or another
 * version of this one, is rejected rather than read as a different set. Version "1" codes
 * (a 16-bit fingerprint, which an edited framework could be made to match in a few
 * thousand tries) are refused as `unsupported-version`, never read.
 */

const VERSION = "2";
const FINGERPRINT_BYTES = 8;
/** Names what is hashed, so no other use of SHA-256 over the same strings can be mistaken for it. */
const FINGERPRINT_TAG = "rungs assessment code v2";
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
  /** Made for another framework, or another version of this one (a code of another length is one). */
  | "other-framework";

export type AssessmentCodeResult =
  | { readonly ok: true; readonly checked: Set<string> }
  | { readonly ok: false; readonly reason: AssessmentCodeError };

/**
 * The checked statements as a short URL-safe code (see {@link decodeAssessment}). Ids that
 * name no statement of the track (the default one, or `options.track`) are left out. A
 * code is made for one track: decode it with the same `track`.
 */
export function encodeAssessment(
  framework: Framework,
  checkedIds: Iterable<string>,
  options: TrackOptions = {},
): string {
  const checked = new Set(checkedIds);
  const statements = allStatements(framework, options);
  const bytes = new Uint8Array(FINGERPRINT_BYTES + Math.ceil(statements.length / 8));
  bytes.set(fingerprintOf(statements));
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
 * another framework, gives `{ ok: false, reason }`; a code of an older format (`"1…"`)
 * gives `"unsupported-version"`.
 *
 * The guarantee: a code is checked against a 64-bit fingerprint (SHA-256) of the
 * framework's statement ids and texts. Making a different framework, or an edited version
 * of this one, accept a given code takes about 2^64 hashes (a second preimage), so in
 * practice a code is read only by the framework it was made for, or rejected. (A code of
 * another track of the same framework lists other statements, so it is rejected too:
 * pass the `track` it was made with.) What it does
 * not promise: someone who writes two frameworks themselves can make them share a
 * fingerprint in about 2^32 hashes (a birthday collision), and a code is not signed: it
 * says nothing about who made it, and anyone can make a code for any set.
 */
export function decodeAssessment(
  framework: Framework,
  code: unknown,
  options: TrackOptions = {},
): AssessmentCodeResult {
  if (typeof code !== "string" || code === "") return { ok: false, reason: "empty" };
  if (!code.startsWith(VERSION)) return { ok: false, reason: "unsupported-version" };
  const statements = allStatements(framework, options);
  const byteLength = FINGERPRINT_BYTES + Math.ceil(statements.length / 8);
  // The framework fixes the code's length: compare it first, so a code of any other length
  // (a hostile 50-million-character one included) is refused without reading a character.
  if (code.length !== VERSION.length + Math.ceil((byteLength * 8) / 6)) return { ok: false, reason: "other-framework" };
  const bytes = fromBase64Url(code.slice(VERSION.length));
  if (!bytes) return { ok: false, reason: "malformed" };
  if (bytes.length !== byteLength || !sameBytes(bytes.subarray(0, FINGERPRINT_BYTES), fingerprintOf(statements))) {
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

/**
 * The first {@link FINGERPRINT_BYTES} bytes of a SHA-256 over every statement's id and
 * text, in the framework's order. Each string goes in as its length (in UTF-16 code units,
 * 4 bytes) followed by its code units (2 bytes each, big-endian), after a tag naming the
 * format: so the input is unambiguous (["ab", "c"] and ["a", "bc"] differ, lone surrogates
 * included), and a different list of statements is a different message.
 * See {@link decodeAssessment} for what 64 bits promise and what they do not.
 */
function fingerprintOf(statements: readonly Statement[]): Uint8Array {
  const hash = new Sha256();
  const add = (text: string) => {
    const bytes = new Uint8Array(4 + text.length * 2);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, text.length);
    for (let i = 0; i < text.length; i++) view.setUint16(4 + i * 2, text.charCodeAt(i));
    hash.update(bytes);
  };
  add(FINGERPRINT_TAG);
  for (const statement of statements) {
    add(statement.id);
    add(statement.text);
  }
  return hash.digest().subarray(0, FINGERPRINT_BYTES);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
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
