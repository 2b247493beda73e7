import { describe, expect, it } from 'vitest';
import { consignmentSummary, describeConsignment, formatArrival, selectionAnnouncement, truthVisible } from '../../../src/ui/view/consignmentDetails';
import { consignment } from './fixtures';

const rows = (d: ReturnType<typeof describeConsignment>) => Object.fromEntries(d.sections.flatMap((s) => s.rows.map((r) => [r.label, r.value])));

describe('describeConsignment', () => {
  const hit = consignment({
    id: 2000003, lane: 'red', outcome: 'hit', reasons: ['targeted'], indicators: ['G2', 'M3'], score: 30, matrix: [2, 4],
    truthOffence: 'undervaluation', truthRevenue: 12_300,
  });
  it('shows declaration, targeting and outcome', () => {
    const r = rows(describeConsignment(hit, { officeName: 'Harbour', revealTruth: false }));
    expect(r['Indicators fired']).toBe('G2, M3');
    expect(r['Risk score']).toBe('30 points');
    expect(r['Risk matrix']).toBe('likelihood 2 × consequence 4');
    expect(r['Lane']).toBe('red lane (physical examination)');
    expect(r['Reasons']).toBe('targeted');
    expect(r['Outcome']).toBe('hit: offence found (triangle)');
    expect(r['Declared value']).toBe('$125k');
    expect(r['Arrival']).toBe('day 3, 02:30');
  });
  it('shows what a hit found', () => {
    const r = rows(describeConsignment(hit, { officeName: 'Harbour', revealTruth: false }));
    expect(r['Offence found']).toBe('undervaluation');
    expect(r['Duty evaded']).toBe('$12.3k');
  });
  it('hides the truth of released and clean consignments until the debrief', () => {
    const missed = consignment({ lane: 'yellow', outcome: 'clean', truthOffence: 'misclassification', truthRevenue: 800 });
    const before = rows(describeConsignment(missed, { officeName: 'Harbour', revealTruth: false }));
    expect(JSON.stringify(before)).not.toContain('misclassification');
    expect(before['Hidden']).toMatch(/debrief/);
    const after = rows(describeConsignment(missed, { officeName: 'Harbour', revealTruth: true }));
    expect(after['Offence']).toBe('misclassification');
    expect(after['Detected']).toBe('no: missed by the inspection');
  });
  it('says "none" for empty indicator and reason lists', () => {
    const r = rows(describeConsignment(consignment(), { officeName: 'Harbour', revealTruth: true }));
    expect(r['Indicators fired']).toBe('none');
    expect(r['Reasons']).toBe('none (not selected)');
    expect(r['Offence']).toBe('none (compliant)');
  });
});

describe('helpers', () => {
  it('formats arrival hours as day and clock time', () => {
    expect(formatArrival(0)).toBe('day 1, 00:00');
    expect(formatArrival(71.99)).toBe('day 3, 23:59');
  });
  it('shows the truth after a hit or in the debrief only', () => {
    expect(truthVisible({ outcome: 'hit' }, false)).toBe(true);
    expect(truthVisible({ outcome: 'clean' }, false)).toBe(false);
    expect(truthVisible({ outcome: 'released' }, true)).toBe(true);
  });
  it('summarises in one line', () => {
    expect(consignmentSummary(consignment({ id: 7, score: 1234 }), 'Port')).toBe('7 · Port · green lane (release) · released without inspection · score 1,234');
  });
});

describe('selectionAnnouncement', () => {
  it('says which consignment, where it is in the browsing order, and the truth only when it may be shown', () => {
    const clean = consignment({ id: 3000007, lane: 'yellow', outcome: 'clean', truthOffence: 'misclassification' });
    const said = selectionAnnouncement(clean, 'Harbour', 4, 120, false);
    expect(said).toContain('3000007');
    expect(said).toContain('5 of 120.');
    expect(said).not.toContain('misclassification');
    expect(selectionAnnouncement(clean, 'Harbour', -1, 120, true)).toMatch(/Truth: misclassification\.$/);
    expect(selectionAnnouncement(consignment(), 'Harbour', 0, 1, true)).toMatch(/Truth: compliant\.$/);
  });
});
