import { KPI_DOCS, type DailyKpis } from '../../sim';
import type { RunResult } from '../../workers/runMessages';
import { encodeRunLink } from './runLink';

/**
 * Exports of a run: JSON (what the headless runner writes, plus the policy and the link) and the
 * daily KPIs as CSV (RFC 4180, CRLF) with a commented preamble documenting the run and each
 * documented column with its unit, BehaviorSpace style. Pure: the page turns them into downloads.
 */

/** Format of the JSON export. */
export const EXPORT_FORMAT = 'customs-risk-lab/run@1';

/** The run as a JSON document. */
export function runJson(run: RunResult, pageUrl: string): string {
  const { spec, snapshot } = run;
  const link = new URL(pageUrl);
  link.search = encodeRunLink({ spec, day: snapshot.day }).toString();
  return JSON.stringify({
    format: EXPORT_FORMAT,
    scenario: spec.scenarioId, seed: spec.seed, days: snapshot.day, horizon: spec.horizon, scale: spec.scale,
    link: link.toString(),
    policy: spec.policy,
    kpis: snapshot.kpis,
    daily: run.daily,
  }, null, 2);
}

/** Flattens a KPI object into dotted paths (`clearance.all.p95`, `seizures.4`), numbers only. */
export function flattenNumbers(value: unknown, prefix = '', into = new Map<string, number | null>()): Map<string, number | null> {
  if (typeof value === 'number') into.set(prefix, Number.isFinite(value) ? value : null);
  else if (typeof value === 'boolean') into.set(prefix, value ? 1 : 0);
  else if (Array.isArray(value)) value.forEach((v, i) => flattenNumbers(v, prefix ? `${prefix}.${i}` : String(i), into));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flattenNumbers(v, prefix ? `${prefix}.${k}` : k, into);
  }
  return into;
}

/** Quotes a CSV field when it holds a comma, quote or line break. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A number in plain notation (no exponent, no separators); empty when missing. */
function plain(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '';
  if (!/e/i.test(String(n))) return String(n);
  return n.toFixed(20).replace(/\.?0+$/, '');
}

/**
 * The daily KPIs as CSV. Lines starting with `#` are the preamble (read them with pandas
 * `comment='#'` or R `comment.char='#'`); then the header of KPI paths, `day` first and
 * 1-based, then one row per day.
 */
export function dailyCsv(daily: readonly DailyKpis[], meta: { scenario: string; seed: number; link: string }): string {
  const rows = daily.map((d) => flattenNumbers({ ...d, day: d.day + 1 }));
  const columns = ['day'];
  for (const r of rows) for (const k of r.keys()) if (!columns.includes(k)) columns.push(k);
  const preamble = [
    `# Customs Risk Lab daily KPIs: scenario ${meta.scenario}, seed ${meta.seed}, ${daily.length} days`,
    `# Reproduce: ${meta.link}`,
    '# Units: rates are fractions (0.05 = 5 %), money USD, times hours, counts declarations.',
    '# day: run day, 1-based',
    ...columns.filter((c) => KPI_DOCS[c] !== undefined).map((c) => `# ${c}: ${KPI_DOCS[c]}`),
  ];
  const lines = [...preamble.map((l) => l.replace(/[\r\n]+/g, ' ')), columns.map(csvField).join(',')];
  for (const r of rows) lines.push(columns.map((c) => plain(r.get(c))).join(','));
  return lines.join('\r\n') + '\r\n';
}
