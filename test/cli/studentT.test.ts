import { describe, expect, it } from 'vitest';
import { studentT975 } from '../../src/cli/studentT';

describe('studentT975', () => {
  it('gives the table values for few degrees of freedom', () => {
    expect(studentT975(1)).toBeCloseTo(12.706, 3);
    expect(studentT975(4)).toBeCloseTo(2.776, 3);
    expect(studentT975(30)).toBeCloseTo(2.042, 3);
  });

  it('continues smoothly past the table and tends to the normal 1.96', () => {
    // Published values: t(0.975; 40) = 2.021, t(0.975; 60) = 2.000, t(0.975; 120) = 1.980.
    expect(studentT975(40)).toBeCloseTo(2.021, 3);
    expect(studentT975(60)).toBeCloseTo(2.0, 3);
    expect(studentT975(120)).toBeCloseTo(1.98, 3);
    expect(studentT975(31)).toBeLessThan(studentT975(30));
    expect(studentT975(31)).toBeGreaterThan(2.035);
    expect(studentT975(100000)).toBeCloseTo(1.96, 3);
  });

  it('refuses degrees of freedom that are not whole and positive', () => {
    expect(() => studentT975(0)).toThrow(/integer >= 1/);
    expect(() => studentT975(2.5)).toThrow(/integer >= 1/);
  });
});
