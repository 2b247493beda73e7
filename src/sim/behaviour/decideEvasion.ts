/**
 * The trader's evasion decision, as pure functions (domain reference §6.1).
 *
 * Allingham-Sandmo with the Yitzhaki penalty, customs form [derived]: evading a consignment gains
 * the duty g if it is not detected, and costs a penalty F (on top of paying the duty) if it is,
 * with detection probability q = P(select) x P(detect | inspected). A risk-neutral trader evades iff
 *
 *     (1 - q) g - q F > 0   <=>   q < g / (g + F).
 *
 * With the penalty a multiple m of the duty (F = m g; 19 USC 1592, domain §5.5) the threshold is
 * 1 / (1 + m), whatever the duty. Per USD evaded the margin is
 *
 *     margin = 1 - q (1 + m) - delay - moral,
 *
 * where `delay` is the expected extra delay cost per USD evaded (evasion raises the chance of
 * selection, domain §6.1) and `moral` the moral and social cost per USD (tier and peers, §6.4).
 * Across consignments the margin varies; the probability of evading an opportunity is a logistic
 * (quantal response) in margin / noise, and the deterministic rule when noise is 0.
 */

/** The Allingham-Sandmo detection threshold g / (g + F): evasion pays below it (risk-neutral). */
export function evasionThreshold(gain: number, fine: number): number {
  return gain + fine > 0 ? gain / (gain + fine) : 1;
}

/**
 * Net expected benefit of evading, per USD evaded: `1 - q (1 + m) - delay - moral`, for a perceived
 * detection probability `q`, a penalty of `m` times the duty, the expected delay cost and the moral
 * cost per USD evaded.
 */
export function evasionMargin(q: number, penaltyMultiple: number, delay: number, moral: number): number {
  return 1 - q * (1 + penaltyMultiple) - delay - moral;
}

/**
 * Probability of evading an opportunity with this margin: sigmoid(margin / noise), or for
 * noise 0 the deterministic rule (1 above 0, 0 below, 1/2 at indifference).
 */
export function evasionProbability(margin: number, noise: number): number {
  if (noise <= 0) return margin > 0 ? 1 : margin < 0 ? 0 : 0.5;
  const z = margin / noise;
  // Clamped: exp overflows past 709 and the sigmoid is 0 or 1 to double precision well before.
  return z > 40 ? 1 : z < -40 ? 0 : 1 / (1 + Math.exp(-z));
}

/**
 * Whether a risk-neutral trader with full information evades a consignment with gain `g`, penalty
 * `F` if detected and detection probability `q` (no delay, no moral cost): expected gain
 * (1 - q) g against expected penalty q F. Indifference counts as complying.
 *
 * @example decideEvasion(100, 400, 0.19) // true: 0.19 < 100 / 500
 */
export function decideEvasion(gain: number, fine: number, q: number): boolean {
  return (1 - q) * gain - q * fine > 0;
}

/**
 * Expected delay cost per USD evaded: the extra selection probability evasion brings, times the
 * days of dwell an examination adds, times the trader's cost of a day (fraction of value), over the
 * duty evaded as a fraction of value.
 */
export function delayCostPerUsd(extraSelection: number, delayDays: number, timeCostPerDay: number, gainShareOfValue: number): number {
  return (extraSelection * delayDays * timeCostPerDay) / gainShareOfValue;
}
