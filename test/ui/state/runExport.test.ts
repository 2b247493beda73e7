import { describe, expect, it } from 'vitest';
import { csvField, dailyCsv, flattenNumbers, runJson } from '../../../src/ui/state/runExport';
import { decodeRunLink } from '../../../src/ui/state/runLink';
import { createSimulationApi } from '../../../src/workers/simulationApi';
import { defaultRunSpec } from '../../../src/workers/runSpec';

const spec = { ...defaultRunSpec('default', 3), scale: 0.02, horizon: 10 };

describe('run export', () => {
  it('CSV: commented preamble, a header of KPI paths with day first, one row per day, CRLF', async () => {
    const run = await createSimulationApi().simulate({ spec, days: 4 });
    const csv = dailyCsv(run.daily, { scenario: 'default', seed: 3, link: 'http://x/?seed=3' });
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.split('\r\n').slice(0, -1);
    const preamble = lines.filter((l) => l.startsWith('#'));
    expect(preamble[0]).toMatch(/scenario default, seed 3, 4 days/);
    const data = lines.filter((l) => !l.startsWith('#'));
    expect(data).toHaveLength(5);
    const header = data[0]!.split(',');
    expect(header[0]).toBe('day');
    expect(header).toContain('declarations');
    expect(header).toContain('clearance.all.p95');
    const rows = data.slice(1).map((l) => l.split(','));
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3', '4']);
    for (const r of rows) expect(r).toHaveLength(header.length);
    const k = header.indexOf('declarations');
    expect(rows.map((r) => Number(r[k]))).toEqual(run.daily.map((d) => d.declarations));
  });

  it('JSON: the KPIs, every day and a link that decodes to the same run', async () => {
    const run = await createSimulationApi().simulate({ spec, days: 3 });
    const doc = JSON.parse(runJson(run, 'http://localhost:5173/?old=1')) as { link: string; days: number; daily: unknown[]; kpis: unknown; policy: unknown };
    expect(doc.days).toBe(3);
    expect(doc.daily).toEqual(run.daily);
    expect(doc.kpis).toEqual(run.snapshot.kpis);
    const decoded = decodeRunLink(new URL(doc.link).searchParams);
    expect(decoded.problems).toEqual([]);
    expect(decoded.state).toEqual({ spec, day: 3 });
  });

  it('flattens nested KPIs to dotted numeric paths; quotes CSV fields only when needed', () => {
    const flat = flattenNumbers({ a: 1, b: { c: [2, Number.NaN] }, d: true, e: 'text' });
    expect([...flat]).toEqual([['a', 1], ['b.c.0', 2], ['b.c.1', null], ['d', 1]]);
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
  });
});
