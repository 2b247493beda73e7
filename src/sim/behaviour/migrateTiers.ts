import type { BehaviourState } from './behaviourState';
import type { TraderPopulation } from '../traders/population';
import type { Scenario } from '../config/schema';
import type { RandomStream } from '../random/stream';
import { moralCostFor, trustFactor } from './calibrateBehaviour';
import { B_DOWN_DETERRED, B_DOWN_TURNOVER, B_UP_EMBOLDENED, B_UP_TURNOVER } from './behaviourAccumulator';

/**
 * One migration pass over `days` days (every migration.intervalDays or so): each importer (not network fronts, not an
 * infiltrated chain) may move one tier. Hazards per year: down = turnover x exp(-s z), up =
 * balanced rate x trust x exp(s z), where z is the change of the trader's evasion margin since
 * calibration in logit units (perceived risk and peers; domain §1.1 [S9], §6.4 [S129][S131]).
 * A move within the baseline hazard counts as turnover, the rest as deterred or emboldened.
 */
export function migrateTiers(s: BehaviourState, pop: TraderPopulation, scenario: Scenario, rnd: RandomStream, days: number): void {
  const m = s.config.migration;
  const years = days / 365;
  const scale = 1 / Math.max(0.05, s.config.decision.choiceNoise);
  for (let t = 0; t < pop.count; t++) {
    if (pop.network[t] >= 0 || s.infiltratedTier[t] !== 255) continue;
    const tier = pop.tier[t];
    const z = Math.max(-20, Math.min(20, (s.margin[t] - s.margin0[t]) * scale * m.riskSensitivity));
    const down0 = tier > 0 ? m.turnoverPerYear[tier - 1] * years : 0;
    const up0 = tier < 3 ? s.upRate[tier] * trustFactor(s, scenario, t) * years : 0;
    const u = rnd.next();
    if (!mayMove(u, z, down0, up0)) continue;
    const tilt = Math.exp(z);
    const pDown = 1 - Math.exp(-down0 / tilt), pUp = 1 - Math.exp(-up0 * tilt);
    if (u < pDown) {
      moveTier(s, pop, scenario, t, tier - 1);
      s.day.c[u < 1 - Math.exp(-Math.min(down0, down0 / tilt)) ? B_DOWN_TURNOVER : B_DOWN_DETERRED]++;
    } else if (u < pDown + pUp) {
      moveTier(s, pop, scenario, t, tier + 1);
      s.day.c[u - pDown < 1 - Math.exp(-Math.min(up0, up0 * tilt)) ? B_UP_TURNOVER : B_UP_EMBOLDENED]++;
    }
  }
}

/**
 * False when draw `u` certainly moves nobody, whose hazards are `down0` / e^z and `up0` x e^z
 * (z clamped to [-20, 20]); true when it may. Most draws move nobody, and this check spares them
 * the exponentials: 1 - exp(-x) <= x, so a draw above down0 / tilt + up0 x tilt cannot move, and
 * for |z| < 1/2 the tilt e^z lies in [1 + z, 1 / (1 - z)], where that sum (convex in the tilt) is
 * largest at an end. The margins cover rounding, so that no decision differs from the exact test.
 */
export function mayMove(u: number, z: number, down0: number, up0: number): boolean {
  const margin = 1 + 1e-9, floor = 1e-12;
  if (z > -0.5 && z < 0.5) {
    const low = 1 + z, high = 1 / (1 - z);
    if (u > Math.max(down0 / low + up0 * low, down0 / high + up0 * high) * margin + floor) return false;
  }
  const tilt = Math.exp(z);
  return u <= (down0 / tilt + up0 * tilt) * margin + floor;
}

/** Moves importer `t` to tier `to` (0-3): the new tier's error rate, or a moral cost fitted to the tier's mean evasion. */
export function moveTier(s: BehaviourState, pop: TraderPopulation, scenario: Scenario, t: number, to: number): void {
  s.tiers[pop.tier[t]]--;
  s.tiers[to]++;
  pop.tier[t] = to;
  if (to <= 1) s.base[t] = scenario.traders.violationProbability[to];
  else s.moral[t] = moralCostFor(s, scenario, t, to);
}
