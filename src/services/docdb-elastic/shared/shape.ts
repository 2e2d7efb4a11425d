/**
 * State -> output, what every resource shares. DocumentDB Elastic models its times as strings
 * (ISO-8601 in UTC, as AWS sends them), so epoch-ms fields become `toISOString()` text. Every output
 * is a fresh copy: a caller mutating an output never reaches state.
 */
export const iso = (ms: number): string => new Date(ms).toISOString();

export function tagsOutput(tags: Record<string, string>): Record<string, string> {
  return { ...tags };
}
