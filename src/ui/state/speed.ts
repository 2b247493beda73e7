import { MAX_SPEED, MIN_SPEED } from '../../workers/limits';

/**
 * Play speeds in simulated days per second, NetLogo style: a slider over a fixed, non-linear
 * ladder, slow enough to follow a day at a time and fast enough to run a quarter in seconds.
 */
export const SPEEDS = [0.25, 0.5, 1, 2, 3, 5, 8, 10, 15, 20, 30, 45, 60] as const;

/** Speed of a new session, days per second. */
export const DEFAULT_SPEED = 5;

/** A speed within [MIN_SPEED, MAX_SPEED]; anything not a finite number gives the default. */
export function clampSpeed(daysPerSecond: number): number {
  if (!Number.isFinite(daysPerSecond)) return DEFAULT_SPEED;
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, daysPerSecond));
}

/** Index of the ladder step nearest to `daysPerSecond`. */
export function speedIndex(daysPerSecond: number): number {
  let best = 0;
  for (let i = 1; i < SPEEDS.length; i++) {
    if (Math.abs(SPEEDS[i]! - daysPerSecond) < Math.abs(SPEEDS[best]! - daysPerSecond)) best = i;
  }
  return best;
}

/** The speed at a ladder index (clamped to the ladder). */
export function speedAt(index: number): number {
  const i = Math.min(SPEEDS.length - 1, Math.max(0, Math.round(Number.isFinite(index) ? index : 0)));
  return SPEEDS[i]!;
}

/** A speed as text: `0.25 days/s`, `1 day/s`, `10 days/s`. */
export function formatSpeed(daysPerSecond: number): string {
  return `${daysPerSecond} ${daysPerSecond === 1 ? 'day' : 'days'}/s`;
}
