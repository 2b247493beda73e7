/**
 * View model of "Where the risk moved": the organised networks' smuggling consignments (ground
 * truth) per week, all together with their seizures, then by office of entry (lodged and seized),
 * by route and by the goods declared as cover, as small multiples of the daily chart's kind. A profile that starts
 * catching a network shows as its traffic leaving one line for another (displacement). Pure.
 */
import { ROUTE_KEYS, SECTOR_KEYS, type DailyKpis } from '../../sim';
import type { ChartsInput } from './chartTypes';
import { buildPanelsModel, type DailyModel, type DailyPanelDef, type DailySeriesDef } from './dailySeries';
import { categoryStyle, COLORS, DASH } from './palette';

/** Days per point: networks lodge a few dozen smuggling consignments a day, too few to read daily. */
export const RISK_PERIOD_DAYS = 7;
/** Goods groups drawn one by one; the rest are summed as "other". */
export const TOP_COMMODITIES = 5;

/** A breakdown of the day's network consignments. */
export type Breakdown = 'byOffice' | 'byRoute' | 'byCommodity' | 'seizedByOffice';

/** The breakdown of a day's network KPIs. */
function breakdown(d: DailyKpis, key: Breakdown): Readonly<Record<string, number>> {
  return d.networks[key];
}

/** Keys of a breakdown ordered by their total over the runs' days, largest first. */
export function keysByTotal(days: readonly DailyKpis[], key: Breakdown): string[] {
  return [...breakdownTotals(days, key)].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
}

/** Totals of a breakdown over the days from `fromDay` to `toDay` (1-based, inclusive; all by default). */
export function breakdownTotals(days: readonly DailyKpis[], key: Breakdown, fromDay = 1, toDay = Infinity): Map<string, number> {
  const totals = new Map<string, number>();
  for (const d of days) {
    if (d.day + 1 < fromDay || d.day + 1 > toDay) continue;
    for (const [k, v] of Object.entries(breakdown(d, key))) totals.set(k, (totals.get(k) ?? 0) + v);
  }
  return totals;
}

/** One series per key, in a fixed order (so a key keeps its style between updates). */
function keySeries(key: Breakdown, keys: readonly string[], label: (k: string) => string): DailySeriesDef[] {
  return keys.map((k, i) => ({ key: k, label: label(k), style: categoryStyle(i), value: (d: DailyKpis) => breakdown(d, key)[k] ?? 0 }));
}

/** The panels for the runs of `input`. */
export function riskPanels(input: ChartsInput): DailyPanelDef[] {
  const days = [...input.current.daily, ...(input.baseline?.daily ?? [])];
  const offices = input.current.snapshot.offices.map((o) => o.id);
  const ranked = days.length > 0 ? keysByTotal(days, 'byCommodity') : SECTOR_KEYS.slice();
  const top = ranked.slice(0, TOP_COMMODITIES);
  const rest = ranked.slice(TOP_COMMODITIES);
  const commodities = keySeries('byCommodity', top, (k) => k);
  if (rest.length > 0) {
    commodities.push({
      key: 'other', label: `other (${rest.length})`, style: categoryStyle(TOP_COMMODITIES),
      value: (d) => rest.reduce((sum, k) => sum + (breakdown(d, 'byCommodity')[k] ?? 0), 0),
    });
  }
  const unit = `consignments per ${RISK_PERIOD_DAYS} days`;
  return [
    {
      key: 'total', title: 'All network smuggling', unit, kind: 'count', periodDays: RISK_PERIOD_DAYS,
      series: [
        { key: 'consignments', label: 'Lodged', style: { color: COLORS.black, casing: null, dash: DASH.solid, marker: 'circle' }, value: (d) => d.networks.consignments },
        { key: 'seized', label: 'Seized', style: { color: COLORS.red, casing: null, dash: DASH.solid, marker: 'triangle' }, value: (d) => d.networks.seized },
      ],
    },
    { key: 'office', title: 'By office of entry', unit, kind: 'count', periodDays: RISK_PERIOD_DAYS, series: keySeries('byOffice', offices, (k) => k) },
    { key: 'seizedOffice', title: 'Seized, by office of entry', unit: `seizures per ${RISK_PERIOD_DAYS} days`, kind: 'count', periodDays: RISK_PERIOD_DAYS, series: keySeries('seizedByOffice', offices, (k) => k) },
    { key: 'route', title: 'By route', unit, kind: 'count', periodDays: RISK_PERIOD_DAYS, series: keySeries('byRoute', ROUTE_KEYS, (k) => (k === 'direct' ? 'direct' : `via ${k}`)) },
    { key: 'commodity', title: 'By goods declared as cover', unit, kind: 'count', periodDays: RISK_PERIOD_DAYS, series: commodities },
  ];
}

/** Builds the chart's model. */
export function buildRiskModel(input: ChartsInput): DailyModel {
  return buildPanelsModel(input, riskPanels(input));
}
