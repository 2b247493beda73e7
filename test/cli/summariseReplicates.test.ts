import { describe, expect, it } from 'vitest';
import type { Kpis } from '../../src/sim';
import { summariseReplicates } from '../../src/cli/summariseReplicates';

/** KPI-shaped objects for the summary (it reads any nested numbers). */
const runs = (...objects: object[]) => objects as unknown as Kpis[];

describe('summariseReplicates', () => {
  it('gives mean, sample sd and the Student t 95 % interval of the mean by KPI path', () => {
    const s = summariseReplicates(runs({ declarations: 1, lanes: { red: 10 } }, { declarations: 2, lanes: { red: 10 } }, { declarations: 3, lanes: { red: 10 } }, { declarations: 4, lanes: { red: 10 } }));
    const d = s['declarations']!;
    expect(d.n).toBe(4);
    expect(d.mean).toBe(2.5);
    expect(d.sd).toBeCloseTo(1.2909944, 6);
    // t(0.975; 3) = 3.182: half-width 3.182 x 1.291 / 2 = 2.054.
    expect(d.low).toBeCloseTo(2.5 - 2.054, 3);
    expect(d.high).toBeCloseTo(2.5 + 2.054, 3);
    expect(s['lanes.red']).toEqual({ n: 4, mean: 10, sd: 0, low: 10, high: 10 });
  });

  it('leaves a run without a value out of that KPI, and gives no interval below two values', () => {
    const s = summariseReplicates(runs({ lift: 2, hitRateRandom: null }, { lift: null, hitRateRandom: null }));
    expect(s['lift']).toEqual({ n: 1, mean: 2, sd: null, low: null, high: null });
    expect(s['hitRateRandom']).toEqual({ n: 0, mean: null, sd: null, low: null, high: null });
  });
});
