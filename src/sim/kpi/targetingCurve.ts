import type { DayBuffer } from '../declarations/dayBuffer';

/** One point of a targeting (gains) curve. */
export interface CurvePoint {
  /** Share of declarations inspected, highest scores first (fraction). */ readonly inspectionRate: number;
  /** Share of non-compliant declarations among them (fraction). */ readonly detectionRate: number;
  /** Share of the revenue at risk among them (fraction). */ readonly revenueRate: number;
}

/**
 * The detection-versus-inspection-rate curve of the risk score on one day's traffic: if customs
 * inspected the top x of declarations by score, with perfect examinations, what share of the
 * non-compliant ones (and of the revenue at risk) would it reach? Random selection is the diagonal;
 * the best possible ranking reaches everything at x = prevalence. Grigoriou (WCJ) reports 80 % of
 * offences within the top 30 % of scores; this curve is the simulator's version of that figure.
 */
export interface TargetingCurve {
  /** Day of the traffic. */ readonly day: number;
  /** Share of declarations that were non-compliant (fraction). */ readonly prevalence: number;
  /** The curve, from (0, 0) to (1, 1). */ readonly points: readonly CurvePoint[];
}

/** Inspection rates at which the curve is sampled: dense near zero, where policies operate. */
const RATES = [0, 0.0025, 0.005, 0.01, 0.015, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.1, 0.125, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

/** Builds the curve from a day's scores and truth (allocates; called for snapshots, not per tick). */
export function computeTargetingCurve(day: DayBuffer): TargetingCurve {
  const n = day.count;
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => day.score[b] - day.score[a] || a - b);
  let offenders = 0, revenue = 0;
  for (let i = 0; i < n; i++) if (day.truthOffence[i] !== 0) { offenders++; revenue += day.truthRevenue[i]; }
  const points: CurvePoint[] = [];
  let k = 0, found = 0, foundRevenue = 0;
  for (const rate of RATES) {
    const upTo = Math.round(rate * n);
    for (; k < upTo; k++) {
      const i = order[k];
      if (day.truthOffence[i] !== 0) { found++; foundRevenue += day.truthRevenue[i]; }
    }
    points.push({
      inspectionRate: rate,
      detectionRate: offenders > 0 ? found / offenders : 0,
      revenueRate: revenue > 0 ? foundRevenue / revenue : 0,
    });
  }
  return { day: day.day, prevalence: n > 0 ? offenders / n : 0, points };
}
