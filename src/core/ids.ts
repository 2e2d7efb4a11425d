/**
 * Identifiers from a seeded generator (sfc32), so ids are deterministic under a seed and the
 * generator's state can be dumped and loaded with the rest of a backend.
 */
const LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
const UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const HEX = "0123456789abcdef";
const HEX_CODES = Array.from(HEX, (c) => c.charCodeAt(0));
const DASH = 45;
const FOUR = 52;
/** Reused buffer of char codes (ids are made synchronously, one at a time). */
const codes: number[] = [];

export type IdSourceState = [number, number, number, number];

export class IdSource {
  private s: IdSourceState;

  constructor(seed: number | string) {
    const h = hashSeed(String(seed));
    this.s = [h[0], h[1], h[2], h[3]];
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const s = this.s;
    const t = (((s[0] + s[1]) | 0) + s[3]) | 0;
    s[3] = (s[3] + 1) | 0;
    s[0] = s[1] ^ (s[1] >>> 9);
    s[1] = (s[2] + (s[2] << 3)) | 0;
    s[2] = (s[2] << 21) | (s[2] >>> 11);
    s[2] = (s[2] + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  private chars(alphabet: string, length: number): string {
    codes.length = length;
    for (let i = 0; i < length; i++) codes[i] = alphabet.charCodeAt(Math.floor(this.next() * alphabet.length));
    // One flat string: `out += c` would build a rope of `length` nodes, about 6x the memory.
    return String.fromCharCode.apply(null, codes);
  }

  /** `^[a-z0-9]{n}$`, as DSQL cluster identifiers. */
  lowerAlnum(length: number): string {
    return this.chars(LOWER_ALNUM, length);
  }

  /** `^[A-Z0-9]{n}$`, as RDS resource ids (`cluster-ABC...`). */
  upperAlnum(length: number): string {
    return this.chars(UPPER_ALNUM, length);
  }

  hex(length: number): string {
    return this.chars(HEX, length);
  }

  /**
   * An RFC 4122 version-4 shaped UUID: 32 hex digits (the 13th replaced by `4`), then one more draw
   * for the variant digit (the 17th). Request ids are made on every call, so the generator is
   * inlined here and the result built as one flat string; the digits are those of `hex(32)`
   * (`floor(next() * 16)` is the top 4 bits of the step's output).
   */
  uuid(): string {
    const s = this.s;
    let a = s[0];
    let b = s[1];
    let c = s[2];
    let d = s[3];
    let j = 0;
    let t = 0;
    codes.length = 36;
    for (let i = 0; i < 33; i++) {
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      if (i === 8 || i === 12 || i === 16 || i === 20) codes[j++] = DASH;
      if (i < 32) codes[j++] = i === 12 ? FOUR : HEX_CODES[t >>> 28];
    }
    codes[19] = HEX_CODES[8 + (t >>> 30)];
    s[0] = a;
    s[1] = b;
    s[2] = c;
    s[3] = d;
    return String.fromCharCode.apply(null, codes);
  }

  getState(): IdSourceState {
    return [...this.s] as IdSourceState;
  }

  setState(state: IdSourceState): void {
    this.s = [state[0] | 0, state[1] | 0, state[2] | 0, state[3] | 0];
  }
}

/** cyrb128: spreads any seed string over four 32-bit words. */
function hashSeed(str: string): IdSourceState {
  let h1 = 1779033703,
    h2 = 3144134277,
    h3 = 1013904242,
    h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) | 0, (h2 ^ h1) | 0, (h3 ^ h1) | 0, (h4 ^ h1) | 0];
}
