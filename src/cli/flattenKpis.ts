/**
 * Flattens a nested KPI object into dotted paths, the naming used by KPI_DOCS and CSV columns:
 * `lanes.red`, `clearance.all.p95`, `resources.physical.utilisation`, `seizures.4` (array items by
 * index). Only numbers are kept (booleans become 0/1, null stays as a missing value) because
 * every KPI is a number; anything else would be a mistake worth noticing in review, not in a CSV.
 */

/** One flattened KPI: path and value (null when the value is missing or not finite). */
export type FlatKpis = Map<string, number | null>;

/** Flattens `value` depth-first in property order into `into`, prefixing paths with `prefix`. */
export function flattenKpis(value: unknown, prefix = '', into: FlatKpis = new Map()): FlatKpis {
  if (typeof value === 'number') {
    into.set(prefix, Number.isFinite(value) ? value : null);
  } else if (typeof value === 'boolean') {
    into.set(prefix, value ? 1 : 0);
  } else if (value === null || value === undefined) {
    into.set(prefix, null);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => flattenKpis(item, join(prefix, String(i)), into));
  } else if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) flattenKpis(item, join(prefix, key), into);
  }
  // Strings and functions are not KPIs and are skipped on purpose.
  return into;
}

const join = (prefix: string, key: string): string => (prefix === '' ? key : `${prefix}.${key}`);
