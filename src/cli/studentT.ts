/**
 * The 0.975 quantile of Student's t distribution (two-sided 95 % intervals), for confidence
 * intervals of a mean over a few replicated runs, where the normal 1.96 would be too narrow.
 *
 * Degrees of freedom 1-30 come from the standard table (e.g. Abramowitz & Stegun, table 26.10);
 * above 30, the Cornish-Fisher expansion of t in terms of the normal quantile (Abramowitz & Stegun
 * 26.7.5), whose error there is below 1e-4.
 */

/** t(0.975; df) for df = 1..30. */
const TABLE = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
  2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086,
  2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];
/** The normal distribution's 0.975 quantile. */
const Z = 1.959963984540054;

/** Student's t 0.975 quantile for `df` degrees of freedom (an integer >= 1). */
export function studentT975(df: number): number {
  if (!Number.isInteger(df) || df < 1) throw new Error(`[cli/studentT] degrees of freedom must be an integer >= 1, got ${df}`);
  if (df <= TABLE.length) return TABLE[df - 1];
  const z2 = Z * Z;
  const g1 = (z2 + 1) * Z / 4;
  const g2 = ((5 * z2 + 16) * z2 + 3) * Z / 96;
  const g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * Z / 384;
  return Z + g1 / df + g2 / df ** 2 + g3 / df ** 3;
}
