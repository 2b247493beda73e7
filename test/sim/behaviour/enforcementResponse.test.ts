import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../../src/sim/index';
import { complianceOverLast, runSmall } from './behaviourFixtures';

const YEAR = 365;
/** Commands take effect after the 30-day warm-up, when traders have calibrated to the default policy. */
const AFTER_WARMUP = 31;
const WEAK_ENFORCEMENT: CommandInput[] = [
  { type: 'setRules', rules: [] },
  { type: 'setThresholds', thresholds: { blue: 100000, yellow: 100000, red: 100000 } },
  { type: 'setRandomRate', rate: 0.001 },
];
const GOOD_TREATMENTS: CommandInput[] = [
  { type: 'setTreatment', lever: 'help', settings: { reachPerMonth: 150 } },
  { type: 'setTreatment', lever: 'easy', settings: { simplifiedProcedures: true } },
];
const deliberate = (tiers: readonly number[]) => tiers[2] + tiers[3];

describe('the pyramid over a year responds to enforcement and treatments', () => {
  for (const seed of [1, 3]) {
    it(`random-only enforcement at a very low rate lets compliance erode (seed ${seed})`, () => {
      const control = runSmall([], seed, YEAR);
      const weak = runSmall([], seed, YEAR, WEAK_ENFORCEMENT, AFTER_WARMUP);
      expect(complianceOverLast(weak.daily(), 90)).toBeLessThan(complianceOverLast(control.daily(), 90));
      const end = (s: typeof control) => s.daily().at(-1)!;
      // Tier counts after a year are mostly random turnover (some 70 moves against a handful caused by
      // the policy), so the test reads the moves by cause: weak enforcement emboldens traders up the
      // pyramid and deters none down it.
      const moves = (s: typeof control) => s.snapshot({ sampleSize: 0 }).kpis.behaviour.migrations;
      expect(moves(weak).emboldened).toBeGreaterThan(moves(control).emboldened);
      expect(moves(weak).deterred).toBeLessThan(moves(control).deterred);
      // Traders saw it coming: they perceive a lower detection probability than under the default policy.
      expect(end(weak).behaviour.perceivedDetection).toBeLessThan(end(control).behaviour.perceivedDetection / 2);
    });
  }

  it('outreach and simplified procedures move traders down the pyramid, and say why and at what cost', () => {
    const control = runSmall([], 2, YEAR);
    const good = runSmall([], 2, YEAR, GOOD_TREATMENTS, AFTER_WARMUP);
    const tiers = (s: typeof control) => s.daily().at(-1)!.population.tiers;
    expect(tiers(good)[0]).toBeGreaterThan(tiers(control)[0]);
    expect(deliberate(tiers(good))).toBeLessThan(deliberate(tiers(control)));
    expect(complianceOverLast(good.daily(), 90)).toBeGreaterThan(complianceOverLast(control.daily(), 90));
    const run = good.snapshot({ sampleSize: 0 }).kpis.behaviour;
    expect(run.migrations.outreach).toBeGreaterThan(0);
    // About 150 contacts a month from day 31: (365 - 31) days x 150 / (365 / 12).
    expect(run.treatments.helpContacts).toBeGreaterThan(1600);
    expect(run.treatments.helpContacts).toBeLessThan(1700);
    expect(run.treatments.cost.help).toBe(run.treatments.helpContacts * 500);
    expect(run.treatments.cost.easy).toBeCloseTo((2_000_000 / 365) * (YEAR - AFTER_WARMUP), 0);
    expect(control.snapshot({ sampleSize: 0 }).kpis.behaviour.treatments.cost.help).toBe(0);
  });
});
