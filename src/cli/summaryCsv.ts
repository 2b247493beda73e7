import type { ReplicateStat } from './summariseReplicates';
import { csvField, formatNumber } from './dailyCsv';

/** One policy's replicated summary, as `--summary-csv` writes it. */
export interface PolicySummary {
  /** 0 for the baseline, k for the k-th alternative. */ readonly policy: number;
  /** What makes it (the swept value, or the --compare overrides); empty for the baseline. */ readonly value: string;
  /** By KPI path: the policy's mean, standard deviation and 95 % interval over the seeds. */ readonly summary: Readonly<Record<string, ReplicateStat>>;
  /** By KPI path: the paired difference from the baseline with its interval; null for the baseline. */ readonly difference: Readonly<Record<string, ReplicateStat>> | null;
}

const STATS = ['n', 'mean', 'sd', 'low', 'high'] as const;

/**
 * Replicated summaries as CSV in long form (RFC 4180, CRLF): one row per policy and KPI path, with
 * the policy's statistics and its paired difference from the baseline (empty for the baseline), so
 * that a trade-off curve is one filter and one pivot away in a spreadsheet, R or pandas.
 */
export function summaryCsv(policies: readonly PolicySummary[]): string {
  const header = ['policy', 'value', 'kpi', ...STATS, ...STATS.map((s) => `difference_${s}`)];
  const lines = [header.join(',')];
  for (const p of policies) {
    for (const [kpi, stat] of Object.entries(p.summary)) {
      const difference = p.difference?.[kpi];
      const cells = [String(p.policy), p.value, kpi, ...STATS.map((s) => formatNumber(stat[s])), ...STATS.map((s) => formatNumber(difference?.[s] ?? null))];
      lines.push(cells.map(csvField).join(','));
    }
  }
  return lines.join('\r\n') + '\r\n';
}
