/** Ordering keys and short hashes for the service's records. */
import type { DocdbWorld } from "../world.js";

/** The next ordering key: fixed width, so string order is creation order. */
export function takeSeq(world: DocdbWorld): string {
  return (world.nextSeq++).toString(36).padStart(10, "0");
}

/** 17 hex digits from a string (FNV-1a, two rounds), the length of modern EC2 ids. */
export function hash17(text: string): string {
  let out = "";
  for (let round = 0; out.length < 17; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    out += (h >>> 0).toString(16).padStart(8, "0");
  }
  return out.slice(0, 17);
}
