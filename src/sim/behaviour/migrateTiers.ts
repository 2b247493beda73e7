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
    const z = (s.margin[t] - s.margin0[t]) * scale * m.riskSensitivity;
    const tilt = Math.exp(Math.max(-20, Math.min(20, z)));
    const down0 = tier > 0 ? m.turnoverPerYear[tier - 1] * years : 0;
    const up0 = tier < 3 ? s.upRate[tier] * trustFactor(s, scenario, t) * years : 0;
    const u = rnd.next();
    // 1 - exp(-x) <= x: a draw above the sum of the hazards moves nobody, and most draws are, so the
    // exponentials are skipped (with a margin over rounding, so that no decision changes).
    if (u > (down0 / tilt + up0 * tilt) * (1 + 1e-9) + 1e-12) continue;
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

/** Moves importer `t` to tier `to` (0-3): the new tier's error rate, or a moral cost fitted to the tier's mean evasion. */
export function moveTier(s: BehaviourState, pop: TraderPopulation, scenario: Scenario, t: number, to: number): void {
  s.tiers[pop.tier[t]]--;
  s.tiers[to]++;
  pop.tier[t] = to;
  if (to <= 1) s.base[t] = scenario.traders.violationProbability[to];
  else s.moral[t] = moralCostFor(s, scenario, t, to);
}
