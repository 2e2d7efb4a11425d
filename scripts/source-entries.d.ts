// Types of source-entries.js (plain JavaScript so that jest.config.js can import it too).
export function sourceEntries(): Record<string, string>;
export function sourceAliases(): { find: RegExp; replacement: string }[];
