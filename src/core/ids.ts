/**
 * Identifiers from a seeded generator (sfc32), so ids are deterministic under a seed and the
 * generator's state can be dumped and loaded with the rest of a backend.
 */
const LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
const UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const HEX = "0123456789abcdef";

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
    let out = "";
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
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

  /** An RFC 4122 version-4 shaped UUID. */
  uuid(): string {
    const h = this.hex(32);
    const variant = HEX[8 + Math.floor(this.next() * 4)];
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
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
