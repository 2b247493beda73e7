import type { DailyKpis } from '../sim';
import { el, laneLabel, type Lane } from './dom';
import { patchChildren } from './patchChildren';
import { formatCount, formatHours, formatPercent, formatRateOf, formatUsd, MISSING, weekdayOf } from './format';

/** A column of the daily table: its header (with unit) and how to show a day's value. */
interface Column {
  readonly header: string;
  readonly unit: string;
  readonly lane?: Lane;
  readonly cell: (d: DailyKpis) => string;
}

const COLUMNS: readonly Column[] = [
  { header: 'Declarations', unit: 'count', cell: (d) => formatCount(d.declarations) },
  { header: 'Yellow', unit: '% docs', lane: 'yellow', cell: (d) => formatPercent(d.inspectionRate.yellow) },
  { header: 'Red', unit: '% physical', lane: 'red', cell: (d) => formatPercent(d.inspectionRate.red) },
  { header: 'Hit rate', unit: '% targeted', cell: (d) => formatRateOf(d.hitRateTargeted, d.targetedInspections) },
  { header: 'Hit rate', unit: '% random', cell: (d) => formatRateOf(d.hitRateRandom, d.randomInspections) },
  { header: 'Detection', unit: '%', cell: (d) => formatRateOf(d.detectionRate, d.nonCompliant) },
  { header: 'Clearance', unit: 'median', cell: (d) => (d.clearance.all.count > 0 ? formatHours(d.clearance.all.p50) : MISSING) },
  { header: 'Clearance', unit: '95th pct', cell: (d) => (d.clearance.all.count > 0 ? formatHours(d.clearance.all.p95) : MISSING) },
  { header: 'Recovered', unit: 'USD', cell: (d) => formatUsd(d.revenueRecovered) },
  { header: 'At risk', unit: 'USD', cell: (d) => formatUsd(d.revenueAtRisk) },
  { header: 'Delay cost', unit: 'USD', cell: (d) => formatUsd(d.delayCost) },
  { header: 'Compliance', unit: '% est.', cell: (d) => (d.complianceEstimate.sample > 0 ? formatPercent(d.complianceEstimate.rate) : MISSING) },
];

function headerCell(column: Column): HTMLTableCellElement {
  return el('th', { attrs: { scope: 'col' } }, [
    column.lane ? laneLabel(column.lane, column.header) : column.header,
    el('span', { class: 'col-unit', text: column.unit }),
  ]);
}

/** Builds the table's caption and header row into `table` (once). */
export function createDailyTable(table: HTMLTableElement): void {
  table.replaceChildren(
    el('caption', { text: 'KPIs of each of the last 14 days, newest first' }),
    el('thead', {}, [el('tr', {}, [el('th', { attrs: { scope: 'col' } }, ['Day', el('span', { class: 'col-unit', text: 'weekday' })]), ...COLUMNS.map(headerCell)])]),
    el('tbody'),
  );
}

/**
 * Fills the table's body with `days` (oldest first, as the worker sends them), newest on top.
 * Day numbers are shown 1-based: the first simulated day is day 1. The rows are patched into the
 * page (patchChildren.ts), so only the texts that changed are written.
 */
export function renderDailyTable(table: HTMLTableElement, days: readonly DailyKpis[], startWeekday: number): void {
  const body = table.tBodies[0];
  if (!body) return;
  if (days.length === 0) {
    patchChildren(body, [el('tr', {}, [el('td', { class: 'empty', text: 'No days simulated yet.', attrs: { colspan: String(COLUMNS.length + 1) } })])]);
    return;
  }
  const rows = [...days].reverse().map((d) =>
    el('tr', { attrs: { 'data-day': String(d.day + 1) } }, [
      el('th', { attrs: { scope: 'row' } }, [`${d.day + 1}`, el('span', { class: 'weekday', text: weekdayOf(d.day, startWeekday) })]),
      ...COLUMNS.map((c) => el('td', { text: c.cell(d) })),
    ]),
  );
  patchChildren(body, rows);
}
