import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Sha256, sha256, utf8 } from "../../../packages/core/src/assess/sha256";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const nodeSha256 = (input: Uint8Array | string) => createHash("sha256").update(input).digest("hex");

describe("sha256", () => {
  it("gives the FIPS 180-4 test vectors", () => {
    expect(hex(sha256(""))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hex(sha256("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  it("matches node:crypto on any bytes, across block edges", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(hex(sha256(bytes))).toBe(nodeSha256(bytes));
      }),
      { numRuns: 300 },
    );
    // Every length around the padding edges (55, 56, 63, 64 bytes…).
    for (let length = 0; length <= 130; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      expect(hex(sha256(bytes))).toBe(nodeSha256(bytes));
    }
  });

  it("matches node:crypto on any text as UTF-8, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme", maxLength: 20 }), (a, b) => {
        expect(hex(sha256(a))).toBe(nodeSha256(a));
        expect(hex(sha256(b))).toBe(nodeSha256(b));
        expect(hex(utf8(a))).toBe(Buffer.from(a, "utf8").toString("hex"));
      }),
      { numRuns: 300 },
    );
  });

  it("gives the hash of all the parts when fed in pieces", () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 100 }), { maxLength: 6 }), (parts) => {
        const hash = new Sha256();
        for (const part of parts) hash.update(part);
        expect(hex(hash.digest())).toBe(nodeSha256(Buffer.concat(parts)));
      }),
      { numRuns: 200 },
    );
  });
});
