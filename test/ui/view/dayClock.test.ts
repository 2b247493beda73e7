import { describe, expect, it } from 'vitest';
import { advanceDayClock, clockIsAnimating, clockLabel, createDayClock, pauseDay, restartDay, rewindDay } from '../../../src/ui/view/dayClock';

describe('dayClock', () => {
  it('takes 1 / daysPerSecond seconds for a day', () => {
    const clock = createDayClock(true, 2, false);
    advanceDayClock(clock, 250);
    expect(clock.progress).toBeCloseTo(0.5);
    advanceDayClock(clock, 1000);
    expect(clock.progress).toBe(1);
    expect(clockIsAnimating(clock)).toBe(false);
  });
  it('does not move while paused', () => {
    const clock = createDayClock(false, 1, false);
    expect(advanceDayClock(clock, 500)).toBe(false);
    expect(clock.progress).toBe(0);
  });
  it('shows the end of the day at once under reduced motion', () => {
    const clock = createDayClock(true, 1, true);
    expect(clock.progress).toBe(1);
    restartDay(clock);
    expect(clock.progress).toBe(1);
    expect(clockIsAnimating(clock)).toBe(false);
  });
  it('starts a new day at its start while playing and settled at its end while paused', () => {
    const clock = createDayClock(true, 1, false);
    advanceDayClock(clock, 400);
    restartDay(clock);
    expect(clock.progress).toBe(0);
    clock.playing = false;
    restartDay(clock);
    expect(clock.progress).toBe(1);
    expect(clockIsAnimating(clock)).toBe(false);
  });
  it('holds a paused day where it is, but settles one paused in its first hour', () => {
    const clock = createDayClock(true, 1, false);
    advanceDayClock(clock, 500);
    pauseDay(clock);
    expect(clock.progress).toBeCloseTo(0.5);
    expect(advanceDayClock(clock, 500)).toBe(false);
    clock.playing = true;
    restartDay(clock);
    advanceDayClock(clock, 10);
    pauseDay(clock);
    expect(clock.progress).toBe(1);
  });
  it('rewinds for a replay unless motion is reduced', () => {
    const clock = createDayClock(false, 1, false);
    restartDay(clock);
    rewindDay(clock);
    expect(clock.progress).toBe(0);
    const still = createDayClock(false, 1, true);
    rewindDay(still);
    expect(still.progress).toBe(1);
  });
  it('falls back to one day per second for a bad speed', () => {
    expect(createDayClock(true, 0, false).daysPerSecond).toBe(1);
    expect(createDayClock(true, Number.NaN, false).daysPerSecond).toBe(1);
  });
  it('labels the hour', () => {
    expect(clockLabel(3, 0.5)).toBe('Day 3 · 12:00');
    expect(clockLabel(3, 1)).toBe('Day 3 · end of day');
  });
});
