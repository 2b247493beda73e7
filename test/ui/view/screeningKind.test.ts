import { describe, expect, it } from 'vitest';
import { screeningOf } from '../../../src/ui/view/screeningKind';
import { office, queue } from './fixtures';

describe('screeningOf', () => {
  it('uses the office setting when the snapshot has it', () => {
    expect(screeningOf({ ...office(), redScreening: 'dog' })).toBe('dog');
    expect(screeningOf({ ...office(), redScreening: 'none' })).toBe('none');
    expect(screeningOf({ ...office({ queues: { scan: queue(0) } }), redScreening: 'scan' })).toBe('none');
  });
  it('infers the screening that worked on the last day', () => {
    expect(screeningOf(office({ queues: { scan: queue(2, 0.17), analysis: queue(2, 0.5), dog: queue(1, 0) } }))).toBe('scan');
    expect(screeningOf(office({ queues: { scan: queue(2, 0), analysis: queue(2, 0), dog: queue(1, 0.02) } }))).toBe('dog');
    // Containers still being positioned for the scanner count as its work.
    expect(screeningOf(office({ queues: { scan: queue(2, 0, 0, 3), analysis: queue(2, 0), dog: queue(1, 0.02) } }))).toBe('scan');
  });
  it('prefers the scanner when neither worked, and skips unstaffed resources', () => {
    expect(screeningOf(office())).toBe('scan');
    expect(screeningOf(office({ queues: { scan: queue(0) } }))).toBe('dog');
    expect(screeningOf(office({ queues: { scan: queue(0), dog: queue(0) } }))).toBe('none');
  });
});
