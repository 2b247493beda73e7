import type { Scenario } from '../config/schema';
import { INDICATORS, findIndicator } from '../indicators/catalogue';
import { compileRules, type CompiledRule } from './compileRules';
import { counterKey } from '../random/counterUniform';
import { COMMODITIES } from '../world/commodities';

/**
 * The policy in the form the targeting loop reads: weights per indicator bit, compiled rules,
 * thresholds and lane table as numbers. Rebuilt whenever a command changes the policy (between
 * days), never inside the loop.
 */
export interface TargetingContext {
  /** Score points per indicator bit. */ readonly weights: Float64Array;
  /** Compiled rules, in policy order. */ readonly rules: readonly CompiledRule[];
  /** Thresholds: blue, yellow, red (points). */ readonly blue: number; readonly yellow: number; readonly red: number;
  /** 1 = route by matrix. */ readonly byMatrix: boolean;
  /** Lane code per matrix cell [(likelihood-1) * 5 + (consequence-1)]. */ readonly matrixLane: Uint8Array;
  /** Likelihood cut-offs (points). */ readonly bands: Float64Array;
  /** Random selection rate (fraction). */ readonly randomRate: number;
  /** AEO facilitation on. */ readonly aeoFacilitation: boolean;
  /** Probability an AEO targeted selection is kept. */ readonly aeoKeep: number;
  /** HS chapter per commodity. */ readonly chapters: Uint8Array;
  /** Indicator bits that point to safety and security consequences (drugs, concealment, security data). */ readonly safetyMaskLo: number;
  /** Same, bits 32-63. */ readonly safetyMaskHi: number;
  /** Key of the counter-based draws for targeting (random selection, selection percent, AEO). */ readonly drawKey: number;
}

const LANE_CODE: Record<string, number> = { green: 0, yellow: 1, red: 2, blue: 3 };
/** Indicators whose hit raises the consequence to at least "major" (security, drugs). */
const SAFETY_INDICATORS = ['M6', 'M7', 'M11', 'L4', 'A1', 'M9'];

/** Builds the targeting context from a validated policy. Throws if rules do not compile. */
export function createTargetingContext(scenario: Scenario, seed: number): TargetingContext {
  const p = scenario.policy;
  const weights = new Float64Array(64);
  for (let b = 0; b < INDICATORS.length; b++) weights[b] = p.indicatorWeights[INDICATORS[b].id] ?? 0;
  const compiled = compileRules(p.rules, scenario.offices.map((o) => o.id));
  if (compiled.issues.length > 0) {
    throw new Error(`[sim/targeting] rules do not compile: ${compiled.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }
  const matrixLane = new Uint8Array(25);
  for (let l = 0; l < 5; l++) for (let c = 0; c < 5; c++) matrixLane[l * 5 + c] = LANE_CODE[p.matrixLanes[l][c]];
  let lo = 0, hi = 0;
  for (const id of SAFETY_INDICATORS) {
    const b = findIndicator(id);
    if (b < 32) lo |= 1 << b; else hi |= 1 << (b - 32);
  }
  return {
    weights,
    rules: compiled.rules,
    blue: p.thresholds.blue, yellow: p.thresholds.yellow, red: p.thresholds.red,
    byMatrix: p.laneBy === 'matrix',
    matrixLane,
    bands: Float64Array.from(p.likelihoodBands),
    randomRate: p.randomRate,
    aeoFacilitation: p.aeo.facilitation,
    aeoKeep: p.aeo.selectionMultiplier,
    chapters: Uint8Array.from(COMMODITIES.map((c) => Number(c.hs6.slice(0, 2)))),
    safetyMaskLo: lo >>> 0,
    safetyMaskHi: hi >>> 0,
    drawKey: counterKey(seed, 'targeting'),
  };
}
