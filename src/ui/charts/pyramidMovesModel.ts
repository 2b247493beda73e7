/**
 * View model of "Why the pyramid moves": the importers moving between compliance tiers per week,
 * by cause (turnover, deterred, outreach and AEO validation toward compliance; turnover and
 * emboldened away from it), the detection probability traders perceive beside the one realised,
 * and the compliance the pyramid's treatments aim at, as small multiples of the daily chart's
 * kind. Pure.
 */
import type { DailyKpis } from '../../sim';
import type { ChartsInput } from './chartTypes';
import { buildPanelsModel, type DailyModel, type DailyPanelDef } from './dailySeries';
import { categoryStyle, COLORS, DASH } from './palette';

/** Days per point of the migration panels (tiers move once per migration interval, 7 days by default). */
export const MOVES_PERIOD_DAYS = 7;

/** Causes of moves toward compliance (one tier down), with their labels. */
export const TOWARD_CAUSES = [['turnoverDown', 'turnover'], ['deterred', 'deterred'], ['outreach', 'outreach'], ['aeoValidation', 'AEO validation']] as const;
/** Causes of moves away from compliance (one tier up). */
export const AWAY_CAUSES = [['turnoverUp', 'turnover'], ['emboldened', 'emboldened']] as const;

const moves = (d: DailyKpis) => d.behaviour.migrations;
const unit = `importers per ${MOVES_PERIOD_DAYS} days`;

/** The four panels. */
export const MOVES_PANELS: readonly DailyPanelDef[] = [
  {
    key: 'toward', title: 'Moves toward compliance', unit, kind: 'count', periodDays: MOVES_PERIOD_DAYS,
    series: TOWARD_CAUSES.map(([key, label], i) => ({ key, label, style: categoryStyle(i), value: (d: DailyKpis) => moves(d)[key] })),
  },
  {
    key: 'away', title: 'Moves away from compliance', unit, kind: 'count', periodDays: MOVES_PERIOD_DAYS,
    series: AWAY_CAUSES.map(([key, label], i) => ({ key, label, style: categoryStyle(i), value: (d: DailyKpis) => moves(d)[key] })),
  },
  {
    key: 'detection', title: 'Detection probability', unit: '% of evasions detected', kind: 'percent',
    series: [
      { key: 'perceived', label: 'Perceived', style: { color: COLORS.blue, casing: null, dash: DASH.solid, marker: 'circle' }, value: (d) => (d.declarations > 0 ? d.behaviour.perceivedDetection : null) },
      { key: 'actual', label: 'Realised', style: { color: COLORS.red, casing: null, dash: DASH.long, marker: 'triangle' }, value: (d) => (d.declarations > 0 ? d.behaviour.actualDetection : null) },
    ],
  },
  {
    key: 'compliance', title: 'Compliance the treatments aim at', unit: '% of declarations', kind: 'percent',
    series: [
      { key: 'voluntary', label: 'Voluntary (tiers 1–2)', style: { color: COLORS.green, casing: null, dash: DASH.solid, marker: 'circle' }, value: (d) => (d.declarations > 0 ? d.behaviour.voluntaryComplianceRate : null) },
      { key: 'deliberate', label: 'Tiers 3–4 compliant', style: { color: COLORS.orange, casing: null, dash: DASH.dashDot, marker: 'square' }, value: (d) => (d.declarations > 0 ? d.behaviour.deliberateCompliance : null) },
      { key: 'aeoShare', label: 'AEO share of trade', style: { color: COLORS.purple, casing: null, dash: DASH.dotted, marker: 'diamond' }, value: (d) => (d.declarations > 0 ? d.behaviour.aeoShareOfTrade : null) },
    ],
  },
];

/** Builds the chart's model. */
export function buildMovesModel(input: ChartsInput): DailyModel {
  return buildPanelsModel(input, MOVES_PANELS);
}
