/**
 * A seeded pseudo-random generator, so a scenario run repeats exactly from its seed, in Node or a
 * browser worker alike. xoshiro128** (Blackman and Vigna, 2018; the reference is prng.di.unimi.it)
 * is small, fast with 32-bit integer arithmetic (Math.imul), passes BigCrush and has period 2^128 - 1;
 * its state is seeded with splitmix32 as the authors recommend, so any 32-bit seed gives a good state.
 * No library is needed for 30 lines, and a dependency here would be one more thing in the browser bundle.
 */

export interface Random {
  /** Uniform in [0, 1), 32 bits of resolution. */
  readonly next: () => number;
  /** Next raw 32-bit unsigned integer. */
  readonly nextUint32: () => number;
  /** Standard normal (Box-Muller, one of each pair kept for simplicity of state). */
  readonly normal: () => number;
}

const splitmix32 = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
};

/** The four-word state of xoshiro128** for a seed (exposed so typed-array loops can inline it). */
export const seedState = (seed: number): Uint32Array => {
  const sm = splitmix32(seed);
  const s = new Uint32Array(4);
  for (let i = 0; i < 4; i++) s[i] = sm();
  if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) s[0] = 1;
  return s;
};

/** One step of xoshiro128** on `s` in place; returns the next unsigned 32-bit output. */
export const xoshiro128ss = (s: Uint32Array): number => {
  const s0 = s[0]!;
  const s1 = s[1]!;
  const r = Math.imul(s1, 5) >>> 0;
  const result = Math.imul(((r << 7) | (r >>> 25)) >>> 0, 9) >>> 0;
  const t = s1 << 9;
  s[2] = s[2]! ^ s0;
  s[3] = s[3]! ^ s1;
  s[1] = s1 ^ s[2]!;
  s[0] = s0 ^ s[3]!;
  s[2] = s[2]! ^ t;
  s[3] = ((s[3]! << 11) | (s[3]! >>> 21)) >>> 0;
  return result;
};

const TWO_TO_MINUS_32 = 1 / 4294967296;

export const makeRandom = (seed: number): Random => {
  const s = seedState(seed);
  const nextUint32 = () => xoshiro128ss(s);
  const next = () => xoshiro128ss(s) * TWO_TO_MINUS_32;
  const normal = () => {
    const u1 = 1 - next(); // (0, 1]: log is finite
    const u2 = next();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  };
  return { next, nextUint32, normal };
};
