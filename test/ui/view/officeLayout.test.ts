import { describe, expect, it } from 'vitest';
import { OFFICE_HEIGHT, OFFICE_WIDTH, STATIONS, layoutAdministration, officesSignature } from '../../../src/ui/view/officeLayout';
import { layoutRegions } from '../../../src/ui/view/regionGrid';
import { rectContains, type Rect } from '../../../src/ui/view/geometry';

const inside = (outer: Rect, inner: Rect): boolean =>
  rectContains(outer, inner.x, inner.y) && rectContains(outer, inner.x + inner.width, inner.y + inner.height);
const overlap = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutRegions', () => {
  it('puts four offices on a 2 x 2 grid and one alone', () => {
    const four = layoutRegions(4, 100, 50, 10);
    expect(four.regions.map((r) => [r.x, r.y])).toEqual([[0, 0], [110, 0], [0, 60], [110, 60]]);
    expect(four.bounds).toEqual({ x: 0, y: 0, width: 210, height: 110 });
    expect(layoutRegions(1, 100, 50, 10).bounds).toEqual({ x: 0, y: 0, width: 100, height: 50 });
  });
  it('uses three columns for five to nine offices', () => {
    expect(layoutRegions(5, 10, 10, 0).bounds.width).toBe(30);
  });
});

describe('layoutAdministration', () => {
  const layout = layoutAdministration(4);
  it('keeps every part of an office inside its region', () => {
    for (const o of layout.offices) {
      expect(o.region.width).toBe(OFFICE_WIDTH);
      expect(o.region.height).toBe(OFFICE_HEIGHT);
      for (const l of o.lanes) { expect(inside(o.region, l.row)).toBe(true); expect(inside(l.row, l.exit)).toBe(true); }
      for (const k of STATIONS) { expect(inside(o.region, o.stations[k].box)).toBe(true); expect(inside(o.region, o.stations[k].crowd)).toBe(true); }
      expect(rectContains(o.region, o.entry.x, o.entry.y)).toBe(true);
    }
  });
  it('stacks the lane rows in lane order without overlap', () => {
    const rows = layout.offices[1].lanes.map((l) => l.row);
    expect(layout.offices[1].lanes.map((l) => l.lane)).toEqual(['green', 'yellow', 'red', 'blue']);
    for (let i = 1; i < rows.length; i++) expect(rows[i].y).toBe(rows[i - 1].y + rows[i - 1].height);
  });
  it('puts each station in its lane row, the crowd before the box, nothing overlapping', () => {
    const o = layout.offices[2];
    const rowOf = (lane: string): Rect => o.lanes.find((l) => l.lane === lane)!.row;
    const boxes: Rect[] = [];
    for (const k of STATIONS) {
      const s = o.stations[k];
      expect(inside(rowOf(s.lane), s.box)).toBe(true);
      expect(s.crowd.x + s.crowd.width).toBeLessThanOrEqual(s.box.x);
      boxes.push(s.box, s.crowd);
    }
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j])).toBe(false);
    expect(o.stations.scan.lane).toBe('red');
    expect(o.stations.dog.box.y).toBeGreaterThan(o.stations.scan.box.y);
  });
  it('changes the signature only when offices change', () => {
    const a = [{ id: 'p', name: 'Port', mode: 'sea' }];
    expect(officesSignature(a)).toBe(officesSignature([{ ...a[0] }]));
    expect(officesSignature(a)).not.toBe(officesSignature([{ ...a[0], name: 'Harbour' }]));
  });
});
