/**
 * State -> output, what every resource shares. DocumentDB Elastic models its times as strings
 * (ISO-8601 in UTC, as AWS sends them), so epoch-ms fields become `toISOString()` text. Every output
 * is a fresh copy: a caller mutating an output never reaches state.
 */
export function iso(ms: number): string {
  // Formatting a Date costs about a microsecond, and a read formats the same few creation times
  // again and again (a cluster and its shards share one): remembered, up to a bound.
  let text = isoTexts.get(ms);
  if (text === undefined) {
    if (isoTexts.size >= ISO_TEXTS_MAX) isoTexts.clear();
    text = new Date(ms).toISOString();
    isoTexts.set(ms, text);
  }
  return text;
}

const ISO_TEXTS_MAX = 4096;
const isoTexts = new Map<number, string>();

export function tagsOutput(tags: Record<string, string>): Record<string, string> {
  return { ...tags };
}
