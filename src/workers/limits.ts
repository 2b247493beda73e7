/**
 * Limits of the simulation worker's API, in a module without dependencies so the page can
 * validate input against them without bundling the simulation.
 */

/** Largest seed: the simulation core takes seeds from 0 to 2^31 - 1. */
export const MAX_SEED = 2 ** 31 - 1;

/** Largest number of days one `step` call may simulate. */
export const MAX_STEP_DAYS = 36_500;

/** Longest horizon the page offers, days (ten years). */
export const MAX_HORIZON = 3_650;

/** Smallest and largest traffic scale (multiplies every office's daily volume). */
export const MIN_SCALE = 0.01;
/** Largest traffic scale. */
export const MAX_SCALE = 4;

/** Most consignments of the last day a snapshot may carry to the page. */
export const MAX_SAMPLE_SIZE = 5_000;

/** Slowest and fastest play speeds, simulated days per second. */
export const MIN_SPEED = 0.25;
/** Fastest play speed, simulated days per second. */
export const MAX_SPEED = 60;

/** Most tips an instructor may inject into one run. */
export const MAX_TIPS = 200;
