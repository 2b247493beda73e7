import { describe, expect, it } from 'vitest';
import { baselineFigureText } from '../../src/ui/kpiTiles';

describe('KPI tiles: the baseline beside the run', () => {
  it('shows the baseline figure as it is when both cover the same days', () => {
    expect(baselineFigureText('64,828', true, 13, 13)).toBe('before: 64,828');
  });

  it('says over how many days a total was counted when the baseline covers other days', () => {
    expect(baselineFigureText('64,828', true, 23, 13)).toBe('before: 64,828 in 13 days');
    expect(baselineFigureText('$1.2M', true, 5, 1)).toBe('before: $1.2M in 1 day');
    expect(baselineFigureText('1,204,550', true, 10, 1250)).toBe('before: 1,204,550 in 1,250 days');
  });

  it('leaves rates and levels alone whatever the days', () => {
    expect(baselineFigureText('3.3%', false, 23, 13)).toBe('before: 3.3%');
  });
});
