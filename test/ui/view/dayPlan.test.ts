import { describe, expect, it } from 'vitest';
import type { ConsignmentView } from '../../../src/sim';
import { createDayPlan, evaluateDayPlan, finalPosition, planDay, MAX_WAYPOINTS, type PlanContext } from '../../../src/ui/view/dayPlan';
import { flowTimingOf } from '../../../src/ui/view/flowTiming';
import { layoutAdministration } from '../../../src/ui/view/officeLayout';
import { rectContains } from '../../../src/ui/view/geometry';
import { consignment } from './fixtures';

const layout = layoutAdministration(2);
const ctx: PlanContext = { layout, timing: flowTimingOf(null), screening: ['scan', 'dog'], dayStart: 48 };

function evaluate(sample: ConsignmentView[], hour: number) {
  const plan = createDayPlan();
  planDay(plan, sample, ctx);
  const n = sample.length;
  const xs = new Float32Array(n), ys = new Float32Array(n), visible = new Uint8Array(n), folded = new Int32Array(plan.groups);
  evaluateDayPlan(plan, hour, xs, ys, visible, folded);
  return { plan, xs, ys, visible, folded };
}

describe('planDay / evaluateDayPlan', () => {
  it('hides a consignment before arrival and shows it at the gate on arrival', () => {
    const c = consignment({ arrivalHour: 48 + 10 });
    expect(evaluate([c], 9.9).visible[0]).toBe(0);
    const at = evaluate([c], 10);
    expect(at.visible[0]).toBe(1);
    expect(at.xs[0]).toBeCloseTo(layout.offices[0].entry.x);
  });
  it('ends a green consignment in its office green exit cluster', () => {
    const { plan } = evaluate([consignment({ office: 1, arrivalHour: 49 })], 24);
    const end = finalPosition(plan, 0);
    const exit = layout.offices[1].lanes[0].exit;
    expect(rectContains(exit, end.x, end.y)).toBe(true);
  });
  it('holds a pending red consignment in the screening crowd at the end of the day', () => {
    const c = consignment({ lane: 'red', outcome: 'pending', reasons: ['targeted'], arrivalHour: 60 });
    const { xs, ys, visible } = evaluate([c], 24);
    expect(visible[0]).toBe(1);
    expect(rectContains(layout.offices[0].stations.scan.crowd, xs[0], ys[0])).toBe(true);
  });
  it('passes a red hit through dog screening and examination (office with dog screening)', () => {
    const c = consignment({ office: 1, lane: 'red', outcome: 'hit', truthOffence: 'IPR counterfeit', reasons: ['targeted'], arrivalHour: 49 });
    const { plan } = evaluate([c], 0);
    expect(plan.wpCount[0]).toBe(MAX_WAYPOINTS);
    const s = layout.offices[1].stations;
    expect(rectContains(s.dog.crowd, plan.wp[9 + 1], plan.wp[9 + 2])).toBe(true);
    expect(rectContains(s.physical.crowd, plan.wp[15 + 1], plan.wp[15 + 2])).toBe(true);
  });
  it('keeps waypoint times increasing and every trip within the day, even for late arrivals', () => {
    const sample = [0.5, 12, 23.9, 24].map((h, i) => consignment({ id: i, lane: i % 2 ? 'red' : 'yellow', outcome: 'clean', reasons: ['targeted'], arrivalHour: 48 + h }));
    const { plan } = evaluate(sample, 0);
    for (let i = 0; i < sample.length; i++) {
      for (let k = 1; k < plan.wpCount[i]; k++) expect(plan.wp[i * 24 + k * 3]).toBeGreaterThanOrEqual(plan.wp[i * 24 + (k - 1) * 3]);
      expect(plan.wp[i * 24 + (plan.wpCount[i] - 1) * 3]).toBeLessThanOrEqual(24 + 1e-4);
    }
  });
  it('moves continuously between waypoints', () => {
    const c = consignment({ arrivalHour: 48 });
    const a = evaluate([c], 0.2), b = evaluate([c], 0.21);
    expect(Math.hypot(a.xs[0] - b.xs[0], a.ys[0] - b.ys[0])).toBeLessThan(5);
  });
  it('folds consignments beyond the exit cluster into a count once they arrive', () => {
    const sample = Array.from({ length: 400 }, (_, i) => consignment({ id: i, arrivalHour: 48 + i * 0.01 }));
    const end = evaluate(sample, 24);
    const shown = end.visible.reduce((a, b) => a + b, 0);
    expect(shown).toBeGreaterThan(40);
    expect(shown + end.folded[0]).toBe(400);
    expect(evaluate(sample, 0).folded[0]).toBe(0);
  });
  it('reuses its arrays for a smaller day', () => {
    const plan = createDayPlan();
    planDay(plan, Array.from({ length: 10 }, (_, i) => consignment({ id: i })), ctx);
    const wp = plan.wp;
    planDay(plan, [consignment()], ctx);
    expect(plan.wp).toBe(wp);
    expect(plan.count).toBe(1);
  });
});
