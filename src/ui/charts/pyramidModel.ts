/**
 * View model of the compliance pyramid: importers per tier (1 willing … 4 decided not to comply)
 * with the treatment each tier calls for, and the compliance rate estimated from random checks
 * beside the true rate. When daily KPIs carry tier counts (`population.tiers`, which traders who
 * respond move) the pyramid is shown over time; otherwise as a static pyramid from the snapshot.
 */
import type { DailyKpis, ProportionEstimate } from '../../sim';
import type { ChartsInput, RunView } from './chartTypes';
import { COLORS } from './palette';

/** A compliance tier and its treatment (WCO compliance pyramid). */
export interface TierDef {
  /** Tier number, 1 (base) to 4 (top). */ readonly tier: number;
  /** Short name. */ readonly name: string;
  /** Treatment the tier calls for. */ readonly treatment: string;
  /** Fill colour (dark ink text reads on all four). */ readonly color: string;
}

/** The four tiers, base first. */
export const TIERS: readonly TierDef[] = [
  { tier: 1, name: 'willing', treatment: 'make it easy', color: COLORS.green },
  { tier: 2, name: 'trying', treatment: 'help to comply', color: COLORS.sky },
  { tier: 3, name: 'unwilling', treatment: 'deter by detection', color: COLORS.orange },
  { tier: 4, name: 'decided not to comply', treatment: 'full force of the law', color: COLORS.red },
];

/** One run's importers per tier. */
export interface TierCounts {
  /** Importers per tier, tier 1 first. */ readonly counts: readonly number[];
  /** Shares per tier (fractions summing to 1, or all 0). */ readonly shares: readonly number[];
  /** Importers in all tiers. */ readonly total: number;
}

/** One day of the pyramid over time. */
export interface TierDay {
  /** Day of the run, 1-based. */ readonly day: number;
  /** Shares per tier, tier 1 first. */ readonly shares: readonly number[];
}

/** A run's compliance rate: estimated from random checks, and the truth. */
export interface ComplianceView {
  /** Run label. */ readonly label: string;
  /** Estimate with its Wilson 95 % interval; null without random checks. */ readonly estimate: ProportionEstimate | null;
  /** True share of compliant declarations (fraction), null before the first day. */ readonly trueRate: number | null;
}

/** The chart's model. */
export interface PyramidModel {
  /** Current run's label. */ readonly currentLabel: string;
  /** Baseline's label, or null. */ readonly baselineLabel: string | null;
  /** Current run's pyramid (from the snapshot). */ readonly current: TierCounts;
  /** Baseline's pyramid, or null. */ readonly baseline: TierCounts | null;
  /** Daily tier shares of the current run, or null when the daily KPIs do not carry them. */ readonly overTime: readonly TierDay[] | null;
  /** Daily tier shares of the baseline, or null. */ readonly baselineOverTime: readonly TierDay[] | null;
  /** Compliance of the current run and of the baseline. */ readonly compliance: readonly ComplianceView[];
}

/** Counts and shares of a tier list. */
export function tierCounts(counts: readonly number[]): TierCounts {
  const total = counts.reduce((a, b) => a + b, 0);
  return { counts, shares: counts.map((c) => (total > 0 ? c / total : 0)), total };
}

/**
 * The tier counts a day's KPIs carry as `population.tiers` (four non-negative numbers), or null.
 * Read defensively: a run exported before the behaviour model has no such field.
 */
export function dailyTiers(d: DailyKpis): readonly number[] | null {
  const tiers = (d as unknown as { readonly population?: { readonly tiers?: unknown } }).population?.tiers;
  if (!Array.isArray(tiers) || tiers.length !== TIERS.length) return null;
  return tiers.every((t) => typeof t === 'number' && Number.isFinite(t) && t >= 0) ? (tiers as number[]) : null;
}

/** Daily tier shares when every day carries them (and there is at least one day), else null. */
export function tiersOverTime(days: readonly DailyKpis[]): TierDay[] | null {
  const out: TierDay[] = [];
  for (const d of days) {
    const tiers = dailyTiers(d);
    if (tiers === null) return null;
    out.push({ day: d.day + 1, shares: tierCounts(tiers).shares });
  }
  return out.length > 0 ? out : null;
}

/** A run's compliance view. */
export function complianceView(run: RunView): ComplianceView {
  const k = run.snapshot.kpis;
  return {
    label: run.label,
    estimate: k.complianceEstimate.sample > 0 ? k.complianceEstimate : null,
    trueRate: k.declarations > 0 ? k.trueComplianceRate : null,
  };
}

/**
 * Domain of the compliance axis: from a round 5 % step below every value to 100 %, at least
 * 10 points wide, so that estimates near 97 % are not squeezed against a 0-100 % axis.
 */
export function complianceDomain(views: readonly ComplianceView[]): [number, number] {
  let low = 1;
  for (const v of views) {
    for (const x of [v.estimate?.low, v.estimate?.rate, v.trueRate]) if (x !== undefined && x !== null && x < low) low = x;
  }
  const floor = Math.floor((low - 0.005) * 20) / 20;
  return [Math.max(0, Math.min(floor, 0.9)), 1];
}

/** Builds the chart's model. */
export function buildPyramidModel(input: ChartsInput): PyramidModel {
  const { current, baseline } = input;
  return {
    currentLabel: current.label,
    baselineLabel: baseline?.label ?? null,
    current: tierCounts(current.snapshot.population.tiers),
    baseline: baseline ? tierCounts(baseline.snapshot.population.tiers) : null,
    overTime: tiersOverTime(current.daily),
    baselineOverTime: baseline ? tiersOverTime(baseline.daily) : null,
    compliance: baseline ? [complianceView(current), complianceView(baseline)] : [complianceView(current)],
  };
}
