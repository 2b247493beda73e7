import { describe, expect, it } from 'vitest';
import { RANDOM_ONLY_PERFECT, RISK_NEUTRAL_FULL_INFORMATION, meanPropensityByTier, runSmall } from './behaviourFixtures';

/**
 * Issue 4 §7: with risk-neutral traders and full information, evasion stops once the detection
 * probability passes g / (g + F). With random-only selection and exams that find everything, the
 * detection probability is the random rate r; the penalty is 4x the duty for tier 3 (gross
 * negligence) and 6x for tier 4 (fraud), so the thresholds are 1/5 and 1/7.
 */
describe('risk-neutral traders with full information', () => {
  const tiers34 = (rate: number) => {
    const sim = runSmall([...RANDOM_ONLY_PERFECT, ...RISK_NEUTRAL_FULL_INFORMATION, `policy.randomRate=${rate}`], 5, 60);
    const [, , t3, t4] = meanPropensityByTier(sim);
    return { t3, t4, q: sim.daily().at(-1)!.behaviour.perceivedDetection };
  };

  const cases = [
    { rate: 0.1, what: 'evade every consignment below both thresholds (r = 0.10 < 1/7 < 1/5)', qRange: [0, 1 / 7], evades: [1, 1] },
    { rate: 0.17, what: 'between the thresholds only the tier facing the smaller fine evades (1/7 < r = 0.17 < 1/5)', qRange: [1 / 7, 1 / 5], evades: [1, 0] },
    { rate: 0.3, what: 'stop evading above both thresholds (r = 0.30 > 1/5)', qRange: [1 / 5, 1], evades: [0, 0] },
  ];
  for (const { rate, what, qRange, evades } of cases) {
    it(what, () => {
      const { t3, t4, q } = tiers34(rate);
      expect(q).toBeGreaterThan(qRange[0]);
      expect(q).toBeLessThan(qRange[1]);
      expect([t3, t4]).toEqual(evades);
    });
  }
});
