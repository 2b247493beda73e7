import { describe, expect, it } from 'vitest';
import { replayButtonState } from '../../../src/ui/view/replayButton';

const paused = { reducedMotion: false, playing: false, replaying: false, progress: 1, day: 3 };

describe('replayButtonState', () => {
  it('offers a replay of a settled day while paused', () => {
    expect(replayButtonState(paused)).toEqual({ usable: true, text: 'Replay day', title: "Replay the last day's movement", pressed: false });
  });
  it('pauses a running replay and resumes a day stopped half-way', () => {
    expect(replayButtonState({ ...paused, replaying: true, progress: 0.4 })).toMatchObject({ usable: true, text: 'Pause replay', pressed: true });
    expect(replayButtonState({ ...paused, progress: 0.4 }).text).toBe('Resume day');
  });
  it('is off while the run plays, under reduced motion and before the first day, saying why', () => {
    expect(replayButtonState({ ...paused, playing: true })).toMatchObject({ usable: false, title: 'The day is playing' });
    expect(replayButtonState({ ...paused, reducedMotion: true })).toMatchObject({ usable: false, title: 'Replay is off while reduced motion is on' });
    expect(replayButtonState({ ...paused, day: 0, progress: 0 })).toMatchObject({ usable: false, text: 'Replay day', title: 'No day simulated yet' });
  });
});
