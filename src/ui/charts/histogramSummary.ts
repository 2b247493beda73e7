/**
 * Text summary and data table of the clearance-time histograms: per lane, the median and 95th
 * percentile of the time from arrival to release, and how the 95th percentile compares with the
 * baseline's.
 */
import { describeRelativeChange, formatCount, formatHours } from './chartFormat';
import type { HistogramModel, LaneDistribution } from './histogramModel';
import { numericColumn, runColumnLabel, textColumn, type TableModel } from './tableModel';

/** `median 10 min, 95th percentile 15 min (135,331 declarations)`, or `none cleared`. */
function laneFigures(d: LaneDistribution): string {
  if (d.summary.count === 0) return 'none cleared';
  return `median ${formatHours(d.summary.p50)}, 95th percentile ${formatHours(d.summary.p95)} (${formatCount(d.summary.count)} declarations)`;
}

/** One paragraph: each lane's median and 95th percentile, then the baseline comparison. */
export function histogramSummary(model: HistogramModel): string {
  if (model.range === null) return `${model.currentLabel}: no declarations cleared yet.`;
  const lanes = model.lanes.map((l) => `${l.lane} lane ${laneFigures(l.current)}`).join('; ');
  const text = `Clearance time from arrival to release, ${model.currentLabel}, ${model.days} ${model.days === 1 ? 'day' : 'days'}: ${lanes}.`;
  if (model.baselineLabel === null) return text;
  const changes: string[] = [];
  for (const { lane, current, baseline } of model.lanes) {
    if (!baseline || baseline.summary.count === 0 || current.summary.count === 0) continue;
    const [c, b] = [current.summary.p95, baseline.summary.p95];
    changes.push(`${lane} ${describeRelativeChange(c, b, 'longer', 'shorter')} (${formatHours(c)} vs ${formatHours(b)})`);
  }
  return changes.length === 0
    ? `${text} Baseline ${model.baselineLabel} has no clearances to compare.`
    : `${text} 95th percentile compared with baseline ${model.baselineLabel}: ${changes.join('; ')}.`;
}

/** Label of a time bin: `10 min–15 min`. */
export function binLabel(low: number, high: number): string {
  return `${formatHours(low)}–${formatHours(high)}`;
}

/** One row per time bin with any declaration, one column per lane (and run): declarations. */
export function histogramTable(model: HistogramModel): TableModel {
  const runs = model.baselineLabel === null ? ['current'] as const : ['current', 'baseline'] as const;
  const columns = [textColumn('Clearance time (bin)')];
  for (const l of model.lanes) {
    for (const run of runs) {
      const name = `${l.lane[0]!.toUpperCase()}${l.lane.slice(1)} lane (declarations)`;
      columns.push(numericColumn(runs.length === 1 ? name : runColumnLabel(name, run === 'current' ? model.currentLabel : `${model.baselineLabel} (baseline)`)));
    }
  }
  const rows: string[][] = [];
  for (let b = 0; b + 1 < model.edges.length; b++) {
    const cells = model.lanes.flatMap((l) => runs.map((run) => (run === 'current' ? l.current : l.baseline)?.counts[b] ?? 0));
    if (cells.every((c) => c === 0)) continue;
    rows.push([binLabel(model.edges[b]!, model.edges[b + 1]!), ...cells.map(formatCount)]);
  }
  return { caption: `Declarations by clearance time and lane over the run${runs.length > 1 ? ', current run and baseline' : ''}`, columns, rows };
}
