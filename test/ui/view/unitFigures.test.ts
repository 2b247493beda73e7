import { describe, expect, it } from 'vitest';
import { stationStatus, unitFigures } from '../../../src/ui/view/unitFigures';
import { queue } from './fixtures';

describe('unitFigures', () => {
  it('draws one figure per unit, the busy share highlighted', () => {
    expect(unitFigures(queue(5, 0.56), 10)).toEqual({ shown: 5, busy: 3, extra: 0 });
    expect(unitFigures(queue(4, 1), 10)).toEqual({ shown: 4, busy: 4, extra: 0 });
  });
  it('keeps a slot for "+n" when the units do not fit', () => {
    expect(unitFigures(queue(30, 0.5), 10)).toEqual({ shown: 9, busy: 9, extra: 21 });
  });
  it('survives odd inputs', () => {
    expect(unitFigures(queue(0, 0.5), 10)).toEqual({ shown: 0, busy: 0, extra: 0 });
    expect(unitFigures(queue(3, Number.NaN), 10).busy).toBe(0);
    expect(unitFigures(queue(3, 1.7), 10).busy).toBe(3);
  });
});

describe('stationStatus', () => {
  it('states busy share and waiting count', () => {
    expect(stationStatus([queue(5, 0.563, 8)])).toBe('56% busy · 8 waiting');
    expect(stationStatus([queue(2, 0.17, 0), queue(2, 0.53, 1)])).toBe('17/53% busy · 1 waiting');
    expect(stationStatus([queue(0, 0, 4)])).toBe('none on duty · 4 waiting');
    expect(stationStatus([queue(4, 0.3, 2, 27)])).toBe('30% busy · 2 waiting\n+27 on the way');
    expect(stationStatus([queue(2, 0.17, 0, 5), queue(2, 0.53, 1, 0)])).toBe('17/53% busy · 1 waiting\n+5 on the way');
  });
});
