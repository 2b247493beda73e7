import { beforeAll, describe, expect, it } from 'vitest';
import type { DailyKpis } from '../../../src/sim';
import type { ChartsInput } from '../../../src/ui/charts/chartTypes';
import { chartSpec } from '../../../src/ui/charts/chartRegistry';
import { periodPoints } from '../../../src/ui/charts/dailySeries';
import { buildIntelligenceModel } from '../../../src/ui/charts/intelligenceModel';
import { intelligenceSummary } from '../../../src/ui/charts/intelligenceSummary';
import { buildMovesModel } from '../../../src/ui/charts/pyramidMovesModel';
import { movesSummary } from '../../../src/ui/charts/pyramidMovesSummary';
import { buildRiskModel, TOP_COMMODITIES } from '../../../src/ui/charts/riskMovedModel';
import { largestGain, riskSummary, shares } from '../../../src/ui/charts/riskMovedSummary';
import { setIn } from '../../../src/ui/panel/policyEdits';
import { defaultRunSpec } from '../../../src/workers/runSpec';
import { createSimulationApi } from '../../../src/workers/simulationApi';
import type { RunResult } from '../../../src/workers/runMessages';

/** 8 full weeks, past the 30-day warm-up, at a small traffic scale. */
const DAYS = 56;
const spec = { ...defaultRunSpec('default', 11), scale: 0.1, horizon: 90 };
const outreach = setIn(spec, ['policy', 'treatments', 'help', 'reachPerMonth'], 2000);
let plain: RunResult, treated: RunResult;

beforeAll(async () => {
  plain = await createSimulationApi().simulate({ spec, days: DAYS });
  treated = await createSimulationApi().simulate({ spec: outreach, days: DAYS });
});

const input = (current: RunResult, baseline: RunResult | null = null): ChartsInput => ({
  current: { label: 'Current', daily: current.daily, snapshot: current.snapshot },
  baseline: baseline ? { label: 'Before', daily: baseline.daily, snapshot: baseline.snapshot } : null,
});
const total = (days: readonly DailyKpis[], pick: (d: DailyKpis) => number): number => days.reduce((s, d) => s + pick(d), 0);
const sumPoints = (points: readonly { value: number | null }[]): number => points.reduce((s, p) => s + (p.value ?? 0), 0);

describe('period points', () => {
  const pts = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((day) => ({ day, value: day === 2 ? null : 1 }));
  it('sums counts per period at the period\'s last day, scaling a partial period to a full one', () => {
    expect(periodPoints(pts, 7, 'count')).toEqual([{ day: 7, value: 6 }, { day: 10, value: 7 }]);
  });
  it('averages the other kinds over the defined days; one day per period leaves them as they are', () => {
    expect(periodPoints(pts, 7, 'percent')).toEqual([{ day: 7, value: 1 }, { day: 10, value: 1 }]);
    expect(periodPoints(pts, 1, 'count')).toEqual(pts);
  });
});

describe('Where the risk moved', () => {
  it('has a series per office of the run and sums to the network consignments of each', () => {
    const model = buildRiskModel(input(plain));
    const offices = model.panels.find((p) => p.def.key === 'office')!;
    expect(offices.series.map((s) => s.def.key)).toEqual(plain.snapshot.offices.map((o) => o.id));
    for (const s of offices.series) expect(sumPoints(s.current)).toBe(total(plain.daily, (d) => d.networks.byOffice[s.def.key] ?? 0));
    expect(offices.series[0]!.current).toHaveLength(DAYS / 7);
    const seized = model.panels.find((p) => p.def.key === 'seizedOffice')!;
    for (const s of seized.series) expect(sumPoints(s.current)).toBe(total(plain.daily, (d) => d.networks.seizedByOffice[s.def.key] ?? 0));
  });

  it('draws the top goods one by one and the rest as "other", losing nothing', () => {
    const goods = buildRiskModel(input(plain)).panels.find((p) => p.def.key === 'commodity')!;
    expect(goods.series.length).toBeLessThanOrEqual(TOP_COMMODITIES + 1);
    const drawn = goods.series.reduce((s, series) => s + sumPoints(series.current), 0);
    expect(drawn).toBe(total(plain.daily, (d) => d.networks.consignments));
  });

  it('summarises lodged and seized consignments and compares with the baseline', () => {
    const lodged = total(plain.daily, (d) => d.networks.consignments);
    const text = riskSummary(input(treated, plain));
    expect(riskSummary(input(plain))).toContain(`lodged ${lodged.toLocaleString('en-US')} smuggling consignments`);
    expect(text).toMatch(/Against baseline Before over days 1–56/);
  });

  it('finds the share that grew most', () => {
    const before = shares(new Map([['a', 8], ['b', 2]]));
    const after = shares(new Map([['a', 5], ['b', 5]]));
    expect(largestGain(before, after)).toEqual({ key: 'b', from: 0.2, to: 0.5 });
    expect(largestGain(after, after)).toBeNull();
  });
});

describe('Why the pyramid moves', () => {
  it('counts the moves by cause per week, and outreach moves appear only with outreach', () => {
    const series = (run: RunResult) => buildMovesModel(input(run)).panels.find((p) => p.def.key === 'toward')!.series.find((s) => s.def.key === 'outreach')!;
    expect(sumPoints(series(plain).current)).toBe(0);
    const moved = total(treated.daily, (d) => d.behaviour.migrations.outreach);
    expect(moved).toBeGreaterThan(0);
    expect(sumPoints(series(treated).current)).toBe(moved);
    expect(movesSummary(input(treated, plain))).toContain(`${moved.toLocaleString('en-US')} outreach`);
  });

  it('shows perceived and realised detection per day', () => {
    const detection = buildMovesModel(input(plain)).panels.find((p) => p.def.key === 'detection')!;
    expect(detection.series.map((s) => s.current.length)).toEqual([DAYS, DAYS]);
    expect(detection.series[0]!.current[DAYS - 1]!.value).toBe(plain.daily[DAYS - 1]!.behaviour.perceivedDetection);
  });
});

describe('The value of intelligence', () => {
  it('splits tip inspections into hits and wasted ones and says so', () => {
    const panel = buildIntelligenceModel(input(plain)).panels.find((p) => p.def.key === 'inspections')!;
    const hits = total(plain.daily, (d) => d.intelligence.tipHits);
    const wasted = total(plain.daily, (d) => d.intelligence.tipInspectionsWasted);
    expect(panel.series.map((s) => sumPoints(s.current))).toEqual([hits, wasted]);
    expect(intelligenceSummary(input(plain))).toContain(`${(hits + wasted).toLocaleString('en-US')} inspections, ${hits.toLocaleString('en-US')} of which found an offence`);
  });

  it('is registered with a table of one row per period end', () => {
    const table = chartSpec('intelligence').prepare(input(plain, treated)).table();
    expect(table.rows.map((r) => r[0])).toEqual(['7', '14', '21', '28', '35', '42', '49', '56']);
    expect(table.columns.length).toBe(1 + 2 * 5);
  });
});

describe('before the first day', () => {
  it('every new chart has its series and a summary saying there are no days yet', () => {
    const empty: ChartsInput = { current: { label: 'Current', daily: [], snapshot: plain.snapshot }, baseline: null };
    for (const id of ['moves', 'risk', 'intelligence'] as const) {
      const chart = chartSpec(id).prepare(empty);
      expect(chart.summary).toBe('Current: no days simulated yet.');
      expect(chart.table().rows).toEqual([]);
    }
    expect(buildRiskModel(empty).panels.every((p) => p.series.length > 0)).toBe(true);
  });
});
