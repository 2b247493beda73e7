/**
 * The animation clock of one simulated day: progress from 0 (start of the day) to 1 (end), advanced
 * by wall time x days per second while playing. Pure so the pause, speed and reduced-motion rules
 * are testable without a ticker.
 */

/** Clock state. */
export interface DayClock {
  /** Fraction of the day shown, 0 to 1. */ progress: number;
  /** Animation runs (false: paused). */ playing: boolean;
  /** Simulated days per wall-clock second. */ daysPerSecond: number;
  /** No motion: the day is always shown at its end. */ reducedMotion: boolean;
}

/** A clock at the start of a day. */
export function createDayClock(playing: boolean, daysPerSecond: number, reducedMotion: boolean): DayClock {
  return { progress: reducedMotion ? 1 : 0, playing, daysPerSecond: sanitiseSpeed(daysPerSecond), reducedMotion };
}

/** A usable speed: finite and positive, else 1 day per second. */
export function sanitiseSpeed(daysPerSecond: number): number {
  return Number.isFinite(daysPerSecond) && daysPerSecond > 0 ? daysPerSecond : 1;
}

/**
 * Starts a new day: at its start while playing; at its end when paused (a day stepped while paused
 * is shown settled, since nothing may move) or under reduced motion.
 */
export function restartDay(clock: DayClock): void {
  clock.progress = clock.reducedMotion || !clock.playing ? 1 : 0;
}

/**
 * Pauses: the day holds where it is, except in its first simulated hour, when hardly a consignment
 * has arrived: then it is shown settled (a run paused just as a new day came in shows that day).
 */
export function pauseDay(clock: DayClock): void {
  clock.playing = false;
  if (clock.progress < 1 / 24) clock.progress = 1;
}

/** Replays the day from its start (no-op under reduced motion); the caller makes the clock play. */
export function rewindDay(clock: DayClock): void {
  if (!clock.reducedMotion) clock.progress = 0;
}

/** Advances by `elapsedMs` of wall time; returns true when the shown moment changed. */
export function advanceDayClock(clock: DayClock, elapsedMs: number): boolean {
  if (clock.reducedMotion) {
    const changed = clock.progress !== 1;
    clock.progress = 1;
    return changed;
  }
  if (!clock.playing || clock.progress >= 1 || !(elapsedMs > 0)) return false;
  clock.progress = Math.min(1, clock.progress + (elapsedMs / 1000) * clock.daysPerSecond);
  return true;
}

/** Whether the clock needs frames (it is playing and the day is not over). */
export function clockIsAnimating(clock: DayClock): boolean {
  return clock.playing && !clock.reducedMotion && clock.progress < 1;
}

/** "Day 3 · 14:00": the simulated day (1-based) and the hour shown, to the hour. */
export function clockLabel(day: number, progress: number): string {
  const hour = Math.min(23, Math.floor(progress * 24));
  return progress >= 1 ? `Day ${day} · end of day` : `Day ${day} · ${String(hour).padStart(2, '0')}:00`;
}
