/**
 * Limits of the simulation worker's API, in a module without dependencies so the page can
 * validate input against them without bundling the simulation.
 */

/** Largest seed: the simulation uses seeds as unsigned 32-bit integers. */
export const MAX_SEED = 0xffff_ffff;

/** Largest number of days one `step` call may simulate. */
export const MAX_STEP_DAYS = 36_500;
