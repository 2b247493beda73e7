import { describe, expect, it } from 'vitest';
import { createInspectionNetwork, K_DOCUMENTARY, K_PHYSICAL, KINDS, type InspectionListener } from '../../../src/sim/inspection/inspectionNetwork';
import { allocateJob, createJobTable } from '../../../src/sim/inspection/jobTable';
import { smallScenario } from '../fixtures';

/** Every start and end the network reports, by job. */
function recorder(): InspectionListener & { starts: number[]; ends: Map<number, number> } {
  const ends = new Map<number, number>();
  const starts: number[] = [];
  return { starts, ends, started: (kind) => { starts.push(kind); }, finished: (job, endHour) => { ends.set(job, endHour); } };
}

/**
 * Sends `n` clean declarations of office 0 (the port) to `kind` at hour 7 of day 0 and runs the
 * network for ten days; returns each job's end hour and the network.
 */
function inspect(extra: readonly string[], kind: number, n: number, reversed = false) {
  const scenario = smallScenario(['offices.0.resources.physical.teams=50', 'offices.0.resources.documentary.officers=50', ...extra]);
  const jobs = createJobTable(64);
  const listener = recorder();
  const net = createInspectionNetwork(scenario, 5, jobs, listener);
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const job = allocateJob(jobs);
    jobs.declId[job] = 1000 + (reversed ? n - 1 - i : i);
    jobs.office[job] = 0;
    jobs.offence[job] = 0;
    jobs.priority[job] = 0;
    net.enqueue(job, kind, 7);
    ids.push(job);
  }
  const atEight = net.pools[K_PHYSICAL].arrivingAfter(8);
  net.advanceTo(24 * 10);
  // End hours in declaration order, whatever the order they were queued in.
  const ends = new Array<number>(n);
  ids.forEach((j) => { ends[jobs.declId[j] - 1000] = listener.ends.get(j)!; });
  return { ends, net, atEight };
}

describe('inspection network: handling before an inspection', () => {
  it('delays each examination by its handling time without taking the teams\' time', () => {
    const without = inspect(['offices.0.resources.physical.handling.meanHours=0'], K_PHYSICAL, 40);
    const withHandling = inspect([], K_PHYSICAL, 40);
    const teamHours = (r: typeof without) => r.net.pools[K_PHYSICAL].busyHours();
    // Same service draws (counter-based on the declaration): the teams work exactly as long.
    expect(teamHours(withHandling)).toBeCloseTo(teamHours(without), 9);
    const added = withHandling.ends.map((e, i) => e - without.ends[i]);
    for (const a of added) expect(a).toBeGreaterThan(0);
    const mean = added.reduce((s, a) => s + a, 0) / added.length;
    // The default port devans in about 48 h (lognormal, cv 0.6); 40 draws: the mean within 30 %.
    expect(mean).toBeGreaterThan(48 * 0.7);
    expect(mean).toBeLessThan(48 * 1.3);
    // Before their handling ends, the consignments are on their way, not waiting for a team.
    expect(withHandling.atEight).toBe(40);
    expect(without.atEight).toBe(0);
  });

  it('leaves a stage without handling as it was, and draws handling from the declaration, not the order', () => {
    const docs = inspect(['offices.0.resources.documentary.handling.meanHours=0'], K_DOCUMENTARY, 5);
    for (const e of docs.ends) expect(e).toBeLessThan(7 + 24);
    // Teams to spare, so no one waits: a declaration's end is its own handling and service.
    const forward = inspect([], K_PHYSICAL, 6);
    const backward = inspect([], K_PHYSICAL, 6, true);
    expect(backward.ends).toEqual(forward.ends);
    expect(new Set(forward.ends).size).toBe(6);
    expect(forward.net.handling[0 * KINDS + K_PHYSICAL]).not.toBeNull();
    expect(docs.net.handling[0 * KINDS + K_DOCUMENTARY]).toBeNull();
  });
});
