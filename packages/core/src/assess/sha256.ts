/**
 * SHA-256 (FIPS 180-4) in plain TypeScript. Synchronous and free of any platform API, so
 * the same code runs in browsers, Node, workers and React Server Components (Web Crypto's
 * `digest` is asynchronous and `node:crypto` is Node only). Used for fingerprints, not for
 * secrets: it is not constant-time.
 */

/** First 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const K = Uint32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

/** First 32 bits of the fractional parts of the square roots of the first 8 primes. */
const INITIAL_STATE = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/**
 * A running SHA-256: feed it bytes or text with {@link Sha256.update} (as many times as
 * needed; the result is that of all input concatenated), then read {@link Sha256.digest}.
 */
export class Sha256 {
  private readonly state = Uint32Array.from(INITIAL_STATE);
  private readonly block = new Uint8Array(64);
  private readonly words = new Uint32Array(64);
  /** Bytes waiting in `block`. */
  private filled = 0;
  /** Bytes hashed so far; a double counts exactly up to 2^53, far beyond any input here. */
  private length = 0;
  private finished = false;

  /** Adds bytes to the message. */
  update(bytes: Uint8Array): this {
    if (this.finished) throw new Error("Sha256: update after digest");
    for (let i = 0; i < bytes.length; i++) {
      this.block[this.filled++] = bytes[i] as number;
      if (this.filled === 64) {
        this.compress();
        this.filled = 0;
      }
    }
    this.length += bytes.length;
    return this;
  }

  /**
   * Adds a text as UTF-8. A lone surrogate is encoded as U+FFFD, as `TextEncoder` does, so
   * the bytes always match what a standard encoder would give.
   */
  updateText(text: string): this {
    return this.update(utf8(text));
  }

  /** The 32-byte hash of everything added. The hash is finished: no more input after this. */
  digest(): Uint8Array {
    if (!this.finished) {
      const bitLength = this.length * 8;
      const high = Math.floor(bitLength / 0x100000000);
      const low = bitLength >>> 0;
      // Padding: a 1 bit, zeros up to 56 bytes into a block, then the length in bits.
      const padding = new Uint8Array((this.filled < 56 ? 56 : 120) - this.filled + 8);
      padding[0] = 0x80;
      const end = padding.length;
      padding[end - 8] = high >>> 24;
      padding[end - 7] = (high >>> 16) & 0xff;
      padding[end - 6] = (high >>> 8) & 0xff;
      padding[end - 5] = high & 0xff;
      padding[end - 4] = low >>> 24;
      padding[end - 3] = (low >>> 16) & 0xff;
      padding[end - 2] = (low >>> 8) & 0xff;
      padding[end - 1] = low & 0xff;
      const length = this.length;
      this.update(padding);
      this.length = length;
      this.finished = true;
    }
    const out = new Uint8Array(32);
    for (let i = 0; i < 8; i++) {
      const word = this.state[i] as number;
      out[i * 4] = word >>> 24;
      out[i * 4 + 1] = (word >>> 16) & 0xff;
      out[i * 4 + 2] = (word >>> 8) & 0xff;
      out[i * 4 + 3] = word & 0xff;
    }
    return out;
  }

  /** One 64-byte block into the state (FIPS 180-4 §6.2.2). */
  private compress(): void {
    const w = this.words;
    const b = this.block;
    for (let t = 0; t < 16; t++) {
      w[t] =
        ((b[t * 4] as number) << 24) |
        ((b[t * 4 + 1] as number) << 16) |
        ((b[t * 4 + 2] as number) << 8) |
        (b[t * 4 + 3] as number);
    }
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15] as number;
      const y = w[t - 2] as number;
      const s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
      const s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
      w[t] = ((w[t - 16] as number) + s0 + (w[t - 7] as number) + s1) >>> 0;
    }
    const s = this.state;
    let a = s[0] as number;
    let bb = s[1] as number;
    let c = s[2] as number;
    let d = s[3] as number;
    let e = s[4] as number;
    let f = s[5] as number;
    let g = s[6] as number;
    let h = s[7] as number;
    for (let t = 0; t < 64; t++) {
      const t1 =
        (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + (K[t] as number) + (w[t] as number)) >>>
        0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & bb) ^ (a & c) ^ (bb & c))) >>> 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = bb;
      bb = a;
      a = (t1 + t2) >>> 0;
    }
    s[0] = ((s[0] as number) + a) >>> 0;
    s[1] = ((s[1] as number) + bb) >>> 0;
    s[2] = ((s[2] as number) + c) >>> 0;
    s[3] = ((s[3] as number) + d) >>> 0;
    s[4] = ((s[4] as number) + e) >>> 0;
    s[5] = ((s[5] as number) + f) >>> 0;
    s[6] = ((s[6] as number) + g) >>> 0;
    s[7] = ((s[7] as number) + h) >>> 0;
  }
}

/** SHA-256 of some bytes, or of a text as UTF-8. */
export function sha256(input: Uint8Array | string): Uint8Array {
  const hash = new Sha256();
  return (typeof input === "string" ? hash.updateText(input) : hash.update(input)).digest();
}

function rotr(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n));
}

/** UTF-8 bytes of a text; lone surrogates become U+FFFD (EF BF BD), as `TextEncoder` does. */
export function utf8(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 3);
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        code = 0xfffd;
      }
    }
    if (code < 0x80) {
      bytes[at++] = code;
    } else if (code < 0x800) {
      bytes[at++] = 0xc0 | (code >> 6);
      bytes[at++] = 0x80 | (code & 63);
    } else if (code < 0x10000) {
      bytes[at++] = 0xe0 | (code >> 12);
      bytes[at++] = 0x80 | ((code >> 6) & 63);
      bytes[at++] = 0x80 | (code & 63);
    } else {
      bytes[at++] = 0xf0 | (code >> 18);
      bytes[at++] = 0x80 | ((code >> 12) & 63);
      bytes[at++] = 0x80 | ((code >> 6) & 63);
      bytes[at++] = 0x80 | (code & 63);
    }
  }
  return bytes.subarray(0, at);
}
