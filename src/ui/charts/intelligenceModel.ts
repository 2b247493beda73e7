/**
 * View model of "The value of intelligence": the tips received and acted on per week, and the
 * inspections they fed, split into hits and wasted inspections (what false tips cost), as small
 * multiples of the daily chart's kind. Pure.
 */
import type { DailyKpis } from '../../sim';
import type { ChartsInput } from './chartTypes';
import { buildPanelsModel, type DailyModel, type DailyPanelDef } from './dailySeries';
import { COLORS, DASH } from './palette';

/** Days per point: a handful of tips arrive a month. */
export const INTEL_PERIOD_DAYS = 7;

const i = (d: DailyKpis) => d.intelligence;

/** The two panels. */
export const INTEL_PANELS: readonly DailyPanelDef[] = [
  {
    key: 'inspections', title: 'Inspections fed by tips', unit: `inspections per ${INTEL_PERIOD_DAYS} days`, kind: 'count', periodDays: INTEL_PERIOD_DAYS,
    series: [
      { key: 'hits', label: 'Hits', style: { color: COLORS.green, casing: null, dash: DASH.solid, marker: 'triangle' }, value: (d) => i(d).tipHits },
      { key: 'wasted', label: 'Wasted', style: { color: COLORS.red, casing: null, dash: DASH.long, marker: 'square' }, value: (d) => i(d).tipInspectionsWasted },
    ],
  },
  {
    key: 'tips', title: 'Tips', unit: `tips per ${INTEL_PERIOD_DAYS} days`, kind: 'count', periodDays: INTEL_PERIOD_DAYS,
    series: [
      { key: 'received', label: 'Received', style: { color: COLORS.blue, casing: null, dash: DASH.solid, marker: 'circle' }, value: (d) => i(d).tipsReceived },
      { key: 'acted', label: 'Acted on', style: { color: COLORS.black, casing: null, dash: DASH.dotted, marker: 'diamond' }, value: (d) => i(d).tipsActed },
      { key: 'expired', label: 'Expired', style: { color: COLORS.purple, casing: null, dash: DASH.dashDot, marker: 'square' }, value: (d) => i(d).tipsExpired },
    ],
  },
];

/** Builds the chart's model. */
export function buildIntelligenceModel(input: ChartsInput): DailyModel {
  return buildPanelsModel(input, INTEL_PANELS);
}
