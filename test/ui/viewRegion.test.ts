import { describe, expect, it } from 'vitest';
import { isViewSelection } from '../../src/ui/viewRegion';

describe('view selection contract', () => {
  it('accepts the details card the view reports, and nothing else', () => {
    expect(isViewSelection({ title: 'Consignment 1', summary: 'port · red', sections: [{ heading: 'Declaration', rows: [] }] })).toBe(true);
    expect(isViewSelection(null)).toBe(false);
    expect(isViewSelection({ id: 3, lane: 'red' })).toBe(false);
    expect(isViewSelection({ title: 'x', summary: 'y', sections: 'none' })).toBe(false);
  });
});
