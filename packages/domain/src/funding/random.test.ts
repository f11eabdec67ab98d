import { describe, expect, it } from "vitest";
import { hmacSha256, pseudonymOf, sha256, toHex, utf8 } from "./pseudonym.ts";
import { makeRandom, xoshiro128ss } from "./random.ts";

describe("xoshiro128**", () => {
  it("matches the reference C implementation from state 1, 2, 3, 4", () => {
    // Output of the authors' xoshiro128starstar.c with s = {1, 2, 3, 4}, compiled here with gcc.
    const s = new Uint32Array([1, 2, 3, 4]);
    expect(Array.from({ length: 5 }, () => xoshiro128ss(s))).toEqual([
      11520, 0, 5927040, 70819200, 2031721883,
    ]);
  });

  it("repeats from a seed and differs between seeds", () => {
    const a = makeRandom(42);
    const b = makeRandom(42);
    const c = makeRandom(43);
    const xs = Array.from({ length: 10 }, () => a.next());
    expect(Array.from({ length: 10 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 10 }, () => c.next())).not.toEqual(xs);
    const r = makeRandom(1);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) sum += r.next();
    expect(sum / 100_000).toBeGreaterThan(0.49);
    expect(sum / 100_000).toBeLessThan(0.51);
  });
});

describe("HMAC-SHA-256 pseudonyms", () => {
  it("matches FIPS 180-4 and RFC 4231", () => {
    expect(toHex(sha256(utf8("abc")))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(toHex(sha256(utf8("")))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(toHex(hmacSha256(new Uint8Array(20).fill(0x0b), "Hi There"))).toBe(
      "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
    );
    expect(toHex(hmacSha256("Jefe", "what do ya want for nothing?"))).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
    expect(
      toHex(
        hmacSha256(new Uint8Array(131).fill(0xaa), "Test Using Larger Than Block-Size Key - Hash Key First"),
      ),
    ).toBe("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  });

  it("is stable per party, differs between parties and keys", () => {
    const p = pseudonymOf("key", "paja", "student-1");
    expect(p).toMatch(/^P-[0-9a-f]{16}$/);
    expect(pseudonymOf("key", "paja", "student-1")).toBe(p);
    expect(pseudonymOf("key", "firma", "student-1")).not.toBe(p);
    expect(pseudonymOf("other key", "paja", "student-1")).not.toBe(p);
    expect(pseudonymOf("key", "paja", "opiskelija-ä")).not.toBe(pseudonymOf("key", "paja", "opiskelija-a"));
  });
});
