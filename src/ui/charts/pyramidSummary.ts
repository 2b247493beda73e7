/**
 * Text summary and data table of the compliance pyramid: the share of importers in each tier
 * with its treatment, how the tiers moved over time when that is known, and whether the
 * compliance rate estimated from random checks brackets the true rate.
 */
import { describePointChange, formatCount, formatPercent } from './chartFormat';
import { TIERS, type ComplianceView, type PyramidModel } from './pyramidModel';
import { numericColumn, runColumnLabel, textColumn, type TableModel } from './tableModel';

/** `98.3% from 719 random checks (95% interval 97.1%–99.0%); the true rate, 96.8%, is outside it`. */
export function complianceText(v: ComplianceView): string {
  const truth = v.trueRate === null ? 'no true rate yet' : `true rate ${formatPercent(v.trueRate)}`;
  if (v.estimate === null) return `${v.label}: no random checks yet to estimate compliance; ${truth}.`;
  const e = v.estimate;
  const inside = v.trueRate !== null && v.trueRate >= e.low && v.trueRate <= e.high;
  const verdict = v.trueRate === null ? '' : `; the ${truth} is ${inside ? 'inside' : 'outside'} the interval`;
  return `${v.label}: compliance estimated at ${formatPercent(e.rate)} from ${formatCount(e.sample)} random checks (95% interval ${formatPercent(e.low)}–${formatPercent(e.high)})${verdict}.`;
}

/** One paragraph: tier shares and treatments, their change over time, compliance estimate vs truth. */
export function pyramidSummary(model: PyramidModel): string {
  const { current, baseline, overTime } = model;
  const tiers = TIERS.map((t, i) => `tier ${t.tier} ${t.name} ${formatPercent(current.shares[i] ?? 0)} (${t.treatment})`).join(', ');
  const parts = [`${formatCount(current.total)} importers by compliance tier, ${model.currentLabel}: ${tiers}.`];
  if (overTime && overTime.length > 1) {
    const first = overTime[0]!;
    const last = overTime[overTime.length - 1]!;
    const top = TIERS.length - 1;
    parts.push(`The share of tier ${TIERS[top]!.tier} went from ${formatPercent(first.shares[top] ?? 0)} on day ${first.day} to ${formatPercent(last.shares[top] ?? 0)} on day ${last.day}.`);
  }
  if (baseline && model.baselineLabel !== null) {
    const changes = TIERS.map((t, i) => `tier ${t.tier} ${describePointChange(current.shares[i] ?? 0, baseline.shares[i] ?? 0)}`);
    parts.push(`Against baseline ${model.baselineLabel}: ${changes.join(', ')}.`);
  }
  parts.push(...model.compliance.map(complianceText));
  return parts.join(' ');
}

/** Static pyramid: one row per tier; over time: one row per day with each tier's share. */
export function pyramidTable(model: PyramidModel): TableModel {
  const compliance = model.compliance.map(complianceText).join(' ');
  if (model.overTime) {
    return {
      caption: `Share of importers per compliance tier by day, ${model.currentLabel}. ${compliance}`,
      columns: [numericColumn('Day'), ...TIERS.map((t) => numericColumn(`Tier ${t.tier}, ${t.name} (%)`))],
      rows: model.overTime.map((d) => [String(d.day), ...d.shares.map((s) => formatPercent(s))]),
    };
  }
  const columns = [textColumn('Tier'), textColumn('Treatment'), numericColumn(runColumnLabel('Importers', model.currentLabel)), numericColumn(runColumnLabel('Share (%)', model.currentLabel))];
  if (model.baseline && model.baselineLabel !== null) {
    columns.push(numericColumn(runColumnLabel('Importers', `${model.baselineLabel} (baseline)`)), numericColumn(runColumnLabel('Share (%)', `${model.baselineLabel} (baseline)`)));
  }
  const rows = TIERS.map((t, i) => {
    const cells = [`${t.tier} — ${t.name}`, t.treatment, formatCount(model.current.counts[i] ?? 0), formatPercent(model.current.shares[i] ?? 0)];
    if (model.baseline) cells.push(formatCount(model.baseline.counts[i] ?? 0), formatPercent(model.baseline.shares[i] ?? 0));
    return cells;
  });
  return { caption: `Importers per compliance tier. ${compliance}`, columns, rows };
}
