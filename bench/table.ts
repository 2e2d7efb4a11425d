/** Prints rows as an aligned text table, or as a Markdown table (`--markdown`, for docs/benchmarks.md). */
export type Row = readonly string[];

export function renderTable(headers: Row, rows: readonly Row[], markdown: boolean): string {
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => /^[-+~]?[\d.,]+( ?[%×a-zA-Zµ/]+)?$|^-$/.test(r[i] ?? "")));
  if (markdown) {
    const line = (cells: Row) => `| ${cells.join(" | ")} |`;
    return [line(headers), line(headers.map((_, i) => (numeric[i] ? "---:" : "---"))), ...rows.map(line)].join("\n");
  }
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const pad = (cells: Row) => cells.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join("  ");
  return [pad(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(pad)].join("\n");
}

export const us = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
export const ratio = (value: number) => `${value.toFixed(2)}×`;
export const kb = (bytes: number) => {
  const value = bytes / 1024;
  return `${(Math.abs(value) < 0.05 ? 0 : value).toFixed(1)} KB`;
};
