import { beforeAll, describe, expect, it } from 'vitest';
import { createSignalTable, SIGNALS } from '../../../src/sim/declarations/signals';
import { OFFENCE_COUNT, OFF_NONE, OFF_UNDERVALUATION } from '../../../src/sim/declarations/codes';
import { loadBuiltinScenario } from '../../../src/sim/config/loadScenario';
import { createTraderPopulation } from '../../../src/sim/traders/population';
import { createGeneratorContext } from '../../../src/sim/declarations/generatorContext';
import { createDayBuffer } from '../../../src/sim/declarations/dayBuffer';
import { generateDay } from '../../../src/sim/declarations/generateDay';
import { createIndicatorContext, evaluateIndicators } from '../../../src/sim/indicators/evaluateIndicators';
import { findIndicator, hasIndicator, INDICATOR_COUNT, INDICATORS } from '../../../src/sim/indicators/catalogue';
import { twoProportionSe } from '../support/stats';

describe('createSignalTable', () => {
  it('makes every signal equally likely whatever the offence at lift 0', () => {
    const t = createSignalTable(0);
    SIGNALS.forEach((s, k) => {
      for (let o = 0; o < OFFENCE_COUNT; o++) expect(t[k * OFFENCE_COUNT + o]).toBeCloseTo(s.base, 12);
    });
  });

  it('applies base x ratio at lift 1 and scales the excess linearly with lift, capped at 0.95', () => {
    for (const lift of [0.5, 1, 2, 5]) {
      const t = createSignalTable(lift);
      SIGNALS.forEach((s, k) => {
        for (let o = 0; o < OFFENCE_COUNT; o++) {
          const expected = Math.min(0.95, s.base * (1 + (s.ratio[o] - 1) * lift));
          expect(t[k * OFFENCE_COUNT + o]).toBeCloseTo(expected, 12);
          expect(t[k * OFFENCE_COUNT + o]).toBeLessThanOrEqual(0.95);
        }
        expect(t[k * OFFENCE_COUNT + OFF_NONE]).toBeCloseTo(s.base, 12);
      });
    }
  });
});

/** Ten days of the default scenario at a given lift, summarised by truth. */
function tenDays(lift: number) {
  const scenario = loadBuiltinScenario('default', [`generator.indicatorLift=${lift}`]);
  const pop = createTraderPopulation(scenario, 5);
  const gen = createGeneratorContext(scenario, pop, 5);
  const ctx = createIndicatorContext(gen);
  const buf = createDayBuffer(1024);
  const watched = ['G3', 'G5', 'G13', 'G14'].map(findIndicator);
  const group = () => ({ n: 0, score: 0, score2: 0, fired: 0, hits: new Map<number, number>(watched.map((b) => [b, 0])) });
  const off = group(), ok = group();
  let under = 0, underG3 = 0;
  for (let d = 0; d < 10; d++) {
    generateDay(gen, buf, d);
    evaluateIndicators(ctx, buf);
    for (let i = 0; i < buf.count; i++) {
      const g = buf.truthOffence[i] !== OFF_NONE ? off : ok;
      let score = 0;
      for (let b = 0; b < INDICATOR_COUNT; b++) {
        if (!hasIndicator(buf.indicatorsLo, buf.indicatorsHi, i, b)) continue;
        score += INDICATORS[b].defaultWeight;
        g.fired++;
        if (g.hits.has(b)) g.hits.set(b, g.hits.get(b)! + 1);
      }
      g.n++;
      g.score += score;
      g.score2 += score * score;
      if (buf.truthOffence[i] === OFF_UNDERVALUATION) {
        under++;
        if (hasIndicator(buf.indicatorsLo, buf.indicatorsHi, i, findIndicator('G3'))) underG3++;
      }
    }
  }
  const stats = (g: ReturnType<typeof group>) => {
    const mean = g.score / g.n;
    return { n: g.n, mean, se: Math.sqrt((g.score2 / g.n - mean * mean) / g.n), firedPerDecl: g.fired / g.n, rate: (id: string) => g.hits.get(findIndicator(id))! / g.n };
  };
  return { off: stats(off), ok: stats(ok), under, underG3 };
}

describe('indicator informativeness (generator + indicators)', () => {
  let lifted!: ReturnType<typeof tenDays>;
  let flat!: ReturnType<typeof tenDays>;
  beforeAll(() => {
    lifted = tenDays(1);
    flat = tenDays(0);
  });

  it('has enough offences in ten days to measure anything', () => {
    expect(lifted.off.n).toBeGreaterThan(500);
    expect(lifted.ok.n).toBeGreaterThan(20 * lifted.off.n);
  });

  it('scores offending declarations clearly higher than compliant ones at lift 1', () => {
    const { off, ok } = lifted;
    expect(off.mean - ok.mean).toBeGreaterThan(10 * Math.hypot(off.se, ok.se));
    expect(off.mean).toBeGreaterThan(1.5 * ok.mean);
    expect(off.firedPerDecl).toBeGreaterThan(ok.firedPerDecl + 1);
  });

  it('widens the score gap between offending and compliant declarations when lift goes from 0 to 1', () => {
    const gap1 = lifted.off.mean - lifted.ok.mean;
    const gap0 = flat.off.mean - flat.ok.mean;
    expect(gap1 - gap0).toBeGreaterThan(5 * Math.hypot(lifted.off.se, flat.off.se));
  });

  it('at lift 0 fires signal-only indicators (G5, G13, G14) at the same rate for both', () => {
    for (const id of ['G5', 'G13', 'G14']) {
      const p1 = flat.off.rate(id), p0 = flat.ok.rate(id);
      const pooled = (p1 * flat.off.n + p0 * flat.ok.n) / (flat.off.n + flat.ok.n);
      expect(Math.abs(p1 - p0), id).toBeLessThan(4 * twoProportionSe(pooled, flat.off.n, flat.ok.n));
    }
  });

  it('at lift 1 fires those signal-only indicators more often on offending declarations', () => {
    for (const id of ['G5', 'G13', 'G14']) {
      const p1 = lifted.off.rate(id), p0 = lifted.ok.rate(id);
      const pooled = (p1 * lifted.off.n + p0 * lifted.ok.n) / (lifted.off.n + lifted.ok.n);
      expect(p1 - p0, id).toBeGreaterThan(4 * twoProportionSe(pooled, lifted.off.n, lifted.ok.n));
    }
  });

  it('fires G3 on a much larger share of undervaluation offences than of compliant declarations', () => {
    // Undervaluation hides 30-80 % of the value, so the declared unit value is 20-70 % of a price
    // spread of +-25 % (lognormal) around the reference: below 50 % in roughly 60 % of cases. A
    // compliant declaration falls below 50 % only 0.3 % of the time (z < ln 0.5 / 0.25), plus
    // the few whose declared commodity is switched to another sector's.
    expect(lifted.under).toBeGreaterThan(200);
    const shareUnder = lifted.underG3 / lifted.under;
    const shareOk = lifted.ok.rate('G3');
    expect(shareUnder).toBeGreaterThan(0.4);
    expect(shareOk).toBeLessThan(0.05);
    expect(shareUnder).toBeGreaterThan(10 * shareOk);
  });
});
