import type { DayBuffer } from '../declarations/dayBuffer';
import type { GeneratorContext } from '../declarations/generatorContext';
import type { TargetingContext } from './targetingContext';
import type { RuleRegistry } from './ruleRegistry';
import { matchRuleWords } from './matchRule';
import { LANE_RANK, RANK_LANE } from './compileRules';
import { counterUniform } from '../random/counterUniform';
import { LANE_RED, REASON_DRYRUN_HIT, REASON_RANDOM, REASON_TARGETED } from '../declarations/codes';

/** Purposes of the targeting draws (see counterUniform). */
export const DRAW_RANDOM = 0;
/** Draw deciding whether an AEO targeted selection is kept. */
export const DRAW_AEO = 1;
/** First purpose of the per-rule selection-percent draws. */
export const DRAW_RULE_BASE = 16;
/** Declarations a day can hold in the global id (day * DAY_ID_SPAN + position). */
export const DAY_ID_SPAN = 2 ** 21;

/**
 * Scores the day's declarations, applies the live profiles, and assigns lanes: weighted indicator
 * score, likelihood x consequence matrix, rule lanes (highest precedence wins: red > yellow >
 * blue > green), AEO facilitation, and the random compliance-measurement draw — which is kept
 * separate from targeting: a random pick goes to the red lane whatever its score. The day's
 * `consequence` column holds each declaration's level before the safety rule and `randomDraw` its
 * random-selection uniform (declarationConstants.ts, written first); the safety rule is applied here.
 *
 * `ruleSlots[r]` is the registry slot of compiled rule r; `ruleLive[r]` is 1 for active rules valid
 * today, 2 for dry-run rules valid today, 0 otherwise (computed once per day by the caller).
 * Returns the number of counter-based draws made.
 */
export function assignLanes(
  t: TargetingContext, gen: GeneratorContext, day: DayBuffer, registry: RuleRegistry, ruleSlots: Int32Array, ruleLive: Uint8Array,
): number {
  const pop = gen.pop, w = t.weights, rules = t.rules, nRules = rules.length;
  const n = day.count, idBase = day.day * DAY_ID_SPAN;
  let draws = n;
  // Everything the loop reads for every declaration, as locals: the calls it makes for the few
  // declarations a rule's masks let through would otherwise reload them from their objects.
  const band0 = t.bands[0], band1 = t.bands[1], band2 = t.bands[2], band3 = t.bands[3];
  const byMatrix = t.byMatrix, matrixLane = t.matrixLane, red = t.red, yellow = t.yellow, blue = t.blue;
  const safetyLo = t.safetyMaskLo, safetyHi = t.safetyMaskHi, randomRate = t.randomRate, drawKey = t.drawKey;
  const aeoFacilitation = t.aeoFacilitation, aeoKeep = t.aeoKeep, aeo = pop.aeo, chapters = t.chapters;
  const indicatorsLo = day.indicatorsLo, indicatorsHi = day.indicatorsHi, truthOffence = day.truthOffence, importer = day.importer;
  const consequenceColumn = day.consequence, randomDraw = day.randomDraw;
  const scoreColumn = day.score, likelihoodColumn = day.likelihood, laneColumn = day.lane, reasonColumn = day.reason, firstRuleColumn = day.firstRule;
  // The rules' masks in arrays: most declarations fail every rule on them without a call.
  const requireLo = new Int32Array(nRules), requireHi = new Int32Array(nRules), forbidLo = new Int32Array(nRules), forbidHi = new Int32Array(nRules);
  // A rule matches only declarations with all the indicators it requires, so a declaration with
  // none of the indicators any rule requires matches no rule, when every rule requires one
  // (most declarations, with the default profiles: the loop over the rules is skipped for them).
  let anyLo = 0, anyHi = 0, everyRuleRequires = true;
  for (let r = 0; r < nRules; r++) {
    requireLo[r] = rules[r].requireLo;
    requireHi[r] = rules[r].requireHi;
    forbidLo[r] = rules[r].forbidLo;
    forbidHi[r] = rules[r].forbidHi;
    anyLo |= requireLo[r];
    anyHi |= requireHi[r];
    if (requireLo[r] === 0 && requireHi[r] === 0) everyRuleRequires = false;
  }
  for (let i = 0; i < n; i++) {
    let score = 0;
    const wordLo = indicatorsLo[i], wordHi = indicatorsHi[i];
    let lo = wordLo;
    while (lo !== 0) {
      const low = lo & -lo;
      score += w[31 - Math.clz32(low)];
      lo ^= low;
    }
    let hi = wordHi;
    while (hi !== 0) {
      const low = hi & -hi;
      score += w[63 - Math.clz32(low)];
      hi ^= low;
    }
    let ruleRank = 0, reason = 0, firstRule = -1;
    const rulesToTry = everyRuleRequires && (wordLo & anyLo) === 0 && (wordHi & anyHi) === 0 ? 0 : nRules;
    for (let r = 0; r < rulesToTry; r++) {
      const live = ruleLive[r];
      if (live === 0 || (wordLo & requireLo[r]) !== requireLo[r] || (wordHi & requireHi[r]) !== requireHi[r]
        || (wordLo & forbidLo[r]) !== 0 || (wordHi & forbidHi[r]) !== 0) continue;
      const compiled = rules[r];
      if (compiled.fieldConditions.length > 0 && !matchRuleWords(compiled, wordLo, wordHi, day, pop, chapters, i)) continue;
      const slot = ruleSlots[r];
      registry.hitsLastDay[slot]++;
      if (truthOffence[i] !== 0) registry.nonCompliant[slot]++;
      if (live === 2) { reason |= REASON_DRYRUN_HIT; continue; }
      score += compiled.rule.score;
      if (compiled.laneRank > 0 && ++draws > 0 && counterUniform(drawKey, idBase + i, DRAW_RULE_BASE + r) * 100 < compiled.rule.selectionPercent) {
        if (compiled.laneRank > ruleRank) ruleRank = compiled.laneRank;
        if (firstRule < 0) firstRule = slot;
        registry.selected[slot]++;
      }
    }
    const likelihood = 1 + (score >= band0 ? 1 : 0) + (score >= band1 ? 1 : 0) + (score >= band2 ? 1 : 0) + (score >= band3 ? 1 : 0);
    let consequence = consequenceColumn[i];
    if (consequence < 4 && ((wordLo & safetyLo) !== 0 || (wordHi & safetyHi) !== 0)) consequence = 4;
    const scoreLane = byMatrix
      ? matrixLane[(likelihood - 1) * 5 + consequence - 1]
      : score >= red ? 2 : score >= yellow ? 1 : score >= blue ? 3 : 0;
    let rank: number = LANE_RANK[scoreLane];
    if (ruleRank > rank) rank = ruleRank;
    // AEO facilitation: a trusted trader's targeted selection is kept only with the multiplier.
    if (rank > 0 && aeoFacilitation && aeo[importer[i]] === 1 && ++draws > 0 && counterUniform(drawKey, idBase + i, DRAW_AEO) >= aeoKeep) {
      rank = 0;
      firstRule = -1;
    }
    if (rank > 0) reason |= REASON_TARGETED;
    let lane: number = RANK_LANE[rank];
    if (randomDraw[i] < randomRate) {
      reason |= REASON_RANDOM;
      lane = LANE_RED;
    }
    scoreColumn[i] = score;
    likelihoodColumn[i] = likelihood;
    consequenceColumn[i] = consequence;
    laneColumn[i] = lane;
    reasonColumn[i] = reason;
    firstRuleColumn[i] = firstRule;
  }
  return draws;
}
