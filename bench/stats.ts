/**
 * Small statistics and formatting helpers for the benchmark report.
 */

/** Median of a non-empty list (mean of the two middle values for even lengths). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** CPU time (user + system) of this process since `start` (a process.cpuUsage() reading), seconds. */
export function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** Formats a number with thousands separators and `digits` decimals, for the console table only. */
export function fmt(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Bytes as mebibytes (MiB), one decimal. */
export function mib(bytes: number): string {
  return `${fmt(bytes / 2 ** 20, 1)} MiB`;
}

/** Prints `[label, value]` rows as an aligned two-column table with a title. */
export function printTable(title: string, rows: readonly (readonly [string, string])[]): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  const valueWidth = Math.max(...rows.map(([, value]) => value.length));
  const rule = '-'.repeat(width + valueWidth + 3);
  console.log(`\n${title}\n${rule}`);
  for (const [label, value] of rows) console.log(`${label.padEnd(width)} | ${value.padStart(valueWidth)}`);
  console.log(rule);
}
