import { describe, expect, it } from 'vitest';
import { createSimulation, type DailyKpis } from '../../../src/sim/index';
import type { RuleInput } from '../../../src/sim/targeting/compileRules';
import { smallScenario } from '../fixtures';

/**
 * A controlled experiment: busier networks than the default so that a few weeks give enough
 * smuggling consignments; no score thresholds and no other profiles, so that the route profile
 * (and the 0.5 % random selection) is the only risk and the only thing that differs between routes;
 * red consignments at the express hub examined rather than dog-screened; trader behaviour off, so
 * fronts offend at their drawn propensities.
 */
const BASE = [
  'intelligence.enabled=false', 'behaviour.enabled=false', 'traders.networks.activity=10', 'offices.2.redScreening=none', 'policy.rules=[]',
  'policy.thresholds.red=100000', 'policy.thresholds.yellow=100000', 'policy.thresholds.blue=100000',
];

/** A profile that examines every consignment departing Singapore, one of the transshipment hubs. */
const SG_PROFILE: RuleInput = {
  id: 'sg-route', name: 'All consignments departing Singapore', status: 'active',
  conditions: [{ field: 'departure', op: '=', value: 'SG' }], lane: 'red',
};

/** A profile that examines everything crossing the road border. */
const BORDER_PROFILE: RuleInput = {
  id: 'border', name: 'All consignments at the road border', status: 'active',
  conditions: [{ field: 'office', op: '=', value: 'border' }], lane: 'red',
};

/** Network smuggling consignments by route (or by office), summed over `days`. */
function countBy(days: readonly DailyKpis[], group: 'byRoute' | 'byOffice' = 'byRoute'): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of days) for (const [k, v] of Object.entries(d.networks[group])) out[k] = (out[k] ?? 0) + v;
  return out;
}

/** Runs 20 days, optionally puts a profile live, runs 60 more; returns days 40-79 (after learning). */
function runWithProfile(extra: string[], profile: boolean, seed: number, rule = SG_PROFILE): readonly DailyKpis[] {
  const sim = createSimulation(smallScenario([...BASE, ...extra]), seed);
  sim.run(20);
  if (profile) sim.apply({ type: 'upsertRule', rule });
  sim.run(60);
  return sim.daily().slice(40);
}

const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

describe('adaptive networks: displacement', () => {
  it('moves smuggling away from a route that a profile targets heavily, to the other routes', () => {
    const before = countBy(runWithProfile([], false, 11));
    const after = countBy(runWithProfile([], true, 11));
    expect(before.SG).toBeGreaterThan(100);
    expect(after.SG).toBeLessThan(0.2 * before.SG);
    // The smuggling did not stop: it went elsewhere.
    expect(total(after) - after.SG).toBeGreaterThan(total(before) - before.SG);
  });

  it('moves smuggling from an office under heavy control to the other offices its modes allow (whack-a-mole)', () => {
    const before = countBy(runWithProfile([], false, 12, BORDER_PROFILE), 'byOffice');
    const after = countBy(runWithProfile([], true, 12, BORDER_PROFILE), 'byOffice');
    expect(before.border).toBeGreaterThan(100);
    expect(after.border).toBeLessThan(0.2 * before.border);
    expect(after.port).toBeGreaterThan(before.port);
  });

  it('leaves static networks where the generator puts them, whatever the policy (same traffic)', () => {
    const fixed = ['networks.adaptive=false'];
    const before = countBy(runWithProfile(fixed, false, 11));
    const after = countBy(runWithProfile(fixed, true, 11));
    expect(after).toEqual(before);
  });

  it('keeps a choice fixed when that choice does not adapt', () => {
    const frozen = ['networks.choices.route=false'];
    const before = countBy(runWithProfile(frozen, false, 5));
    const after = countBy(runWithProfile(frozen, true, 5));
    // Routes follow the generator's draws; only the other choices (office, cover, concealment) adapt.
    expect(after.SG).toBeGreaterThan(0.5 * before.SG);
  });
});
