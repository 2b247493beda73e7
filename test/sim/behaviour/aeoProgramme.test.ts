import { describe, expect, it } from 'vitest';
import { runSmall } from './behaviourFixtures';

/** An active programme, so that a year shows its effect: many applications, validators enough, 30-day validations. */
const ACTIVE_PROGRAMME = [
  'behaviour.aeoProgramme.applicationsPerYear=0.5', 'behaviour.aeoProgramme.validationCapacity=300', 'behaviour.aeoProgramme.validationDays=30',
];
const SEEDS = [1, 2, 3];

describe('the AEO programme', () => {
  it('with facilitation raises the compliant share without raising the revenue gap', () => {
    let gapOn = 0, gapOff = 0;
    for (const seed of SEEDS) {
      const on = runSmall([...ACTIVE_PROGRAMME, 'policy.aeo.facilitation=true'], seed, 365);
      const off = runSmall([...ACTIVE_PROGRAMME, 'policy.aeo.facilitation=false'], seed, 365);
      const tier1 = (s: typeof on) => s.daily().at(-1)!.population.tiers[0];
      expect(tier1(on)).toBeGreaterThan(tier1(off));
      expect(on.snapshot({ sampleSize: 0 }).kpis.behaviour.aeoShareOfTrade).toBeGreaterThan(off.snapshot({ sampleSize: 0 }).kpis.behaviour.aeoShareOfTrade);
      gapOn += on.snapshot({ sampleSize: 0 }).kpis.revenueGap;
      gapOff += off.snapshot({ sampleSize: 0 }).kpis.revenueGap;
    }
    // Not raised beyond run-to-run noise (a few per cent between policies on the same traffic).
    expect(gapOn).toBeLessThan(gapOff * 1.05);
  });

  it('validates with limited capacity and time: no decisions before the validation time, never more in progress than validators', () => {
    const sim = runSmall(['behaviour.aeoProgramme.applicationsPerYear=1', 'behaviour.aeoProgramme.validationCapacity=5', 'behaviour.aeoProgramme.validationDays=40',
      'behaviour.aeoProgramme.revalidationYears=50'], 4, 120);
    const daily = sim.daily();
    for (const d of daily) expect(d.population.aeoValidating).toBeLessThanOrEqual(5);
    expect(daily.slice(0, 40).reduce((sum, d) => sum + d.behaviour.treatments.aeoGranted, 0)).toBe(0);
    expect(daily.at(-1)!.population.aeoQueue).toBeGreaterThan(0);
    const run = sim.snapshot({ sampleSize: 0 }).kpis.behaviour.treatments;
    expect(run.aeoValidations).toBeGreaterThan(0);
    expect(run.cost.aeo).toBe(run.aeoValidations * 5000);
  });

  it('lets networks infiltrate trusted chains, and an offence found suspends the holder', () => {
    const sim = runSmall(['behaviour.aeoProgramme.infiltrationPerYear=50', 'behaviour.aeoProgramme.infiltrationShare=1'], 6, 120);
    const run = sim.snapshot({ sampleSize: 0 }).kpis.behaviour.treatments;
    expect(run.infiltrations).toBeGreaterThan(10);
    expect(run.aeoSuspended).toBeGreaterThan(0);
    const infiltrated = sim.daily().map((d) => d.population.infiltrated);
    expect(Math.max(...infiltrated)).toBeGreaterThan(0);
  });
});
