import { describe, expect, it } from 'vitest';
import { LANES } from '../../../src/sim';
import { LANE_COLOURS, VIEW_LANES, laneCss, laneIndexOf, laneTextColour } from '../../../src/ui/view/palette';

describe('palette', () => {
  it('keeps the simulation lane order', () => {
    expect([...VIEW_LANES]).toEqual([...LANES]);
  });
  it('uses the Okabe-Ito colours', () => {
    expect(VIEW_LANES.map(laneCss)).toEqual(['#009e73', '#f0e442', '#d55e00', '#0072b2']);
    expect(LANE_COLOURS.red).toBe(0xd55e00);
  });
  it('maps lane names to indices, unknown as green', () => {
    expect(laneIndexOf('blue')).toBe(3);
    expect(laneIndexOf('purple')).toBe(0);
  });
  it('picks white text only on blue', () => {
    expect(laneTextColour('blue')).toBe(0xffffff);
    expect(laneTextColour('yellow')).not.toBe(0xffffff);
  });
});
