/**
 * View model of the detection-versus-inspection-rate chart: the risk score's targeting (gains)
 * curve, the random-selection diagonal, the best possible curve min(1, x / prevalence) and the
 * run's operating point (share of declarations inspected, share of non-compliant ones detected).
 * Pure; the drawing is in drawCurve.ts.
 */
import type { SimulationSnapshot } from '../../sim';
import type { ChartsInput, RunView } from './chartTypes';

/** A point of a curve, both coordinates fractions. */
export interface XY {
  /** Share of declarations inspected (fraction). */ readonly x: number;
  /** Share of non-compliant declarations reached (fraction). */ readonly y: number;
}

/** One run's curve and operating point. */
export interface CurveRun {
  /** Run label. */ readonly label: string;
  /** Day whose traffic the curve was computed on, 1-based. */ readonly day: number;
  /** Share of that day's declarations that were non-compliant (fraction). */ readonly prevalence: number;
  /** Detection reachable with perfect examinations, highest scores inspected first. */ readonly points: readonly XY[];
  /** Share of revenue at risk reachable, at the same inspection rates. */ readonly revenue: readonly XY[];
  /** The run so far: share in the red and yellow lanes, share of non-compliant detected; null before any. */ readonly operating: XY | null;
}

/** The chart's model. */
export interface CurveModel {
  /** Current run, or null before its first day. */ readonly current: CurveRun | null;
  /** Baseline run, or null. */ readonly baseline: CurveRun | null;
  /** Random selection: detection equals inspection rate. */ readonly diagonal: readonly XY[];
  /** Perfect ranking for the current run's prevalence, or empty. */ readonly best: readonly XY[];
}

/** The operating point of a snapshot: x = red + yellow lane share, y = detection rate. */
export function operatingPoint(snapshot: SimulationSnapshot): XY | null {
  const k = snapshot.kpis;
  if (k.declarations === 0 || k.nonCompliant === 0) return null;
  return { x: k.inspectionRate.red + k.inspectionRate.yellow, y: k.detectionRate };
}

/** A run's curve, or null when its snapshot has none yet. */
export function curveRun(run: RunView): CurveRun | null {
  const curve = run.snapshot.targetingCurve;
  if (!curve || curve.points.length === 0) return null;
  return {
    label: run.label,
    day: curve.day + 1,
    prevalence: curve.prevalence,
    points: curve.points.map((p) => ({ x: p.inspectionRate, y: p.detectionRate })),
    revenue: curve.points.map((p) => ({ x: p.inspectionRate, y: p.revenueRate })),
    operating: operatingPoint(run.snapshot),
  };
}

/** Points of y = x, spaced evenly on a square-root axis. */
export function diagonalPoints(steps = 40): XY[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const x = (i / steps) ** 2;
    return { x, y: x };
  });
}

/** Points of the best possible curve y = min(1, x / prevalence); empty when prevalence is not positive. */
export function bestPoints(prevalence: number, steps = 24): XY[] {
  if (!(prevalence > 0)) return [];
  const knee = Math.min(1, prevalence);
  const rising = Array.from({ length: steps + 1 }, (_, i) => {
    const x = knee * (i / steps) ** 2;
    return { x, y: Math.min(1, x / prevalence) };
  });
  return knee < 1 ? [...rising, { x: 1, y: 1 }] : rising;
}

/** The curve's value at `x`, interpolated linearly between its points (clamped at the ends). */
export function curveAt(points: readonly XY[], x: number): number {
  if (points.length === 0) return 0;
  const first = points[0]!;
  if (x <= first.x) return first.y;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (x <= b.x) return b.x === a.x ? b.y : a.y + ((x - a.x) / (b.x - a.x)) * (b.y - a.y);
  }
  return points[points.length - 1]!.y;
}

/** The smallest inspection rate at which the curve reaches `y`, interpolated; null if never. */
export function rateToReach(points: readonly XY[], y: number): number | null {
  for (let i = 0; i < points.length; i++) {
    const b = points[i]!;
    if (b.y >= y) {
      const a = points[i - 1];
      if (!a || b.y === a.y) return b.x;
      return a.x + ((y - a.y) / (b.y - a.y)) * (b.x - a.x);
    }
  }
  return null;
}

/** Builds the chart's model. */
export function buildCurveModel(input: ChartsInput): CurveModel {
  const current = curveRun(input.current);
  return {
    current,
    baseline: input.baseline ? curveRun(input.baseline) : null,
    diagonal: diagonalPoints(),
    best: current ? bestPoints(current.prevalence) : [],
  };
}
