import { describe, expect, it } from 'vitest';
import { createServicePool, type ServicePoolSpec } from '../../../src/sim/inspection/servicePool';
import { mulberry32 } from '../support/stats';


const exponential = (rnd: () => number, rate: number): number => -Math.log(1 - rnd()) / rate;
const ALL_DAYS = [true, true, true, true, true, true, true];
const MON_FRI = [true, true, true, true, true, false, false];

function spec(over: Partial<ServicePoolSpec> = {}): ServicePoolSpec {
  return { units: 1, shifts: [{ start: 0, end: 24 }], weekdays: ALL_DAYS, startWeekday: 0, discipline: 'fifo', ...over };
}

interface QueueRun { meanWait: number; batchSe: number; utilisation: number; maxBusy: number }

/**
 * Poisson arrivals at rate `lambda` per hour into a 24/7 FIFO pool of `units` servers, submitted
 * and advanced one day at a time as the simulation driver does. The first `warmup` jobs are
 * dropped from the mean wait (the queue starts empty).
 */
function runQueue(units: number, lambda: number, service: (rnd: () => number) => number, n: number, seed: number): QueueRun {
  const rnd = mulberry32(seed);
  const pool = createServicePool(spec({ units }));
  const arrival = new Float64Array(n);
  let t = 0;
  for (let i = 0; i < n; i++) { t += exponential(rnd, lambda); arrival[i] = t; }
  const start = new Float64Array(n).fill(NaN);
  let maxBusy = 0;
  const onStart = (job: number, s: number): void => {
    start[job] = s;
    maxBusy = Math.max(maxBusy, pool.busyUnits(s));
  };
  let next = 0;
  for (let day = 0; next < n || pool.waiting() > 0; day++) {
    const end = 24 * (day + 1);
    while (next < n && arrival[next] < end) { pool.submit(next, arrival[next], 0, service(rnd)); next++; }
    pool.advanceTo(end, { jobStarted: onStart });
  }
  const warmup = Math.floor(n / 50);
  const batches = 20;
  const per = Math.floor((n - warmup) / batches);
  const means: number[] = [];
  for (let b = 0; b < batches; b++) {
    let sum = 0;
    for (let i = warmup + b * per; i < warmup + (b + 1) * per; i++) sum += start[i] - arrival[i];
    means.push(sum / per);
  }
  const meanWait = means.reduce((a, b) => a + b, 0) / batches;
  const variance = means.reduce((a, m) => a + (m - meanWait) ** 2, 0) / (batches - 1);
  const utilisation = pool.busyHours() / pool.onDutyHours(0, arrival[n - 1]);
  return { meanWait, batchSe: Math.sqrt(variance / batches), utilisation, maxBusy };
}

/** Erlang C: probability that an arrival waits in M/M/c with offered load a = lambda / mu. */
function erlangC(c: number, a: number): number {
  let term = 1;
  let sum = 0;
  for (let k = 0; k < c; k++) { sum += term; term *= a / (k + 1); }
  const top = term / (1 - a / c); // a^c / c! / (1 - rho)
  return top / (sum + top);
}

describe('servicePool queueing theory', () => {
  const mm1 = { lambda: 0.7, mu: 1 };
  let mm1Run: QueueRun | undefined;
  const getMm1 = (): QueueRun => (mm1Run ??= runQueue(1, mm1.lambda, (r) => exponential(r, mm1.mu), 400_000, 11));

  it('M/M/1 at rho = 0.7: mean wait matches rho / (mu - lambda) within 5 %', () => {
    const run = getMm1();
    const rho = mm1.lambda / mm1.mu;
    const wq = rho / (mm1.mu - mm1.lambda);
    expect(run.batchSe / wq).toBeLessThan(0.0125);
    expect(Math.abs(run.meanWait / wq - 1)).toBeLessThan(0.05);
    expect(run.maxBusy).toBe(1);
  });

  it('M/M/1 utilisation busyHours / onDutyHours is close to rho', () => {
    const run = getMm1();
    expect(Math.abs(run.utilisation - mm1.lambda / mm1.mu)).toBeLessThan(0.01);
  });

  it('M/M/3 at rho = 0.8: mean wait matches Erlang C within 6 %', () => {
    const c = 3;
    const mu = 1;
    const lambda = 0.8 * c * mu;
    const run = runQueue(c, lambda, (r) => exponential(r, mu), 800_000, 23);
    const wq = erlangC(c, lambda / mu) / (c * mu - lambda);
    // The tolerance should be several standard errors wide, or a pass would say little.
    expect(run.batchSe / wq).toBeLessThan(0.015);
    expect(Math.abs(run.meanWait / wq - 1)).toBeLessThan(0.06);
    expect(run.maxBusy).toBe(c);
    expect(Math.abs(run.utilisation - 0.8)).toBeLessThan(0.01);
  });

  it('M/D/1 at rho = 0.7: mean wait matches Pollaczek-Khinchine within 6 %', () => {
    const mu = 2; // fixed 30-minute service
    const lambda = 0.7 * mu;
    const run = runQueue(1, lambda, () => 1 / mu, 300_000, 37);
    const rho = lambda / mu;
    const wq = rho / (2 * mu * (1 - rho));
    expect(run.batchSe / wq).toBeLessThan(0.015);
    expect(Math.abs(run.meanWait / wq - 1)).toBeLessThan(0.06);
  });
});

type Start = [job: number, start: number, end: number];

function collect(pool: ReturnType<typeof createServicePool>, hour: number): Start[] {
  const out: Start[] = [];
  pool.advanceTo(hour, { jobStarted: (j, s, e) => { out.push([j, s, e]); } });
  return out;
}

describe('servicePool discipline', () => {
  it('FIFO on a 24/7 pool reproduces the c-server FCFS recursion exactly', () => {
    for (const c of [1, 2, 4]) {
      const rnd = mulberry32(100 + c);
      const n = 5000;
      const arrival: number[] = [];
      const service: number[] = [];
      let t = 0;
      for (let i = 0; i < n; i++) { t += exponential(rnd, 0.9 * c); arrival.push(t); service.push(exponential(rnd, 1)); }
      // Reference: each job in arrival order takes the server that frees first.
      const free = new Array<number>(c).fill(0);
      const expected: number[] = [];
      for (let i = 0; i < n; i++) {
        let k = 0;
        for (let u = 1; u < c; u++) if (free[u] < free[k]) k = u;
        expected.push(Math.max(arrival[i], free[k]));
        free[k] = expected[i] + service[i];
      }
      const pool = createServicePool(spec({ units: c }));
      const got = new Array<number>(n).fill(NaN);
      let next = 0;
      for (let hour = 5; next < n || pool.waiting() > 0; hour += 5) {
        while (next < n && arrival[next] < hour) { pool.submit(next, arrival[next], 0, service[next]); next++; }
        pool.advanceTo(hour, { jobStarted: (j, s, e) => {
          got[j] = s;
          expect(s).toBeLessThan(hour);
          expect(e).toBe(s + service[j]);
        } });
      }
      expect(got).toEqual(expected);
    }
  });

  it('priority: higher priority first even if it arrived later, then earliest arrival, then lowest id', () => {
    const pool = createServicePool(spec({ discipline: 'priority' }));
    pool.submit(0, 0, 0, 1); // occupies the only unit while the backlog forms
    const jobs: Array<[id: number, arrival: number, priority: number]> = [
      [1, 0.1, 1], [2, 0.2, 3], [3, 0.3, 1], [4, 0.4, 2], [5, 0.5, 3], [6, 0.6, 2], [7, 0.7, 1],
      [10, 0.5, 2], [9, 0.5, 2], // same arrival and priority: id 9 must precede id 10
    ];
    for (const [id, a, p] of jobs) pool.submit(id, a, p, 0.25);
    const order = collect(pool, 100).map((s) => s[0]);
    const expected = [...jobs].sort((x, y) => y[2] - x[2] || x[1] - y[1] || x[0] - y[0]).map((j) => j[0]);
    expect(order).toEqual([0, ...expected]);
    expect(order.indexOf(2)).toBeLessThan(order.indexOf(1)); // later but more urgent
    expect(order.indexOf(1)).toBeLessThan(order.indexOf(3)); // FIFO among equals
    expect(order.indexOf(9)).toBeLessThan(order.indexOf(10));

    // The same backlog under FIFO goes strictly by arrival (ties by id).
    const fifo = createServicePool(spec());
    fifo.submit(0, 0, 0, 1);
    for (const [id, a, p] of jobs) fifo.submit(id, a, p, 0.25);
    const fifoOrder = collect(fifo, 100).map((s) => s[0]);
    expect(fifoOrder).toEqual([0, ...[...jobs].sort((x, y) => x[1] - y[1] || x[0] - y[0]).map((j) => j[0])]);
  });

  it('every start takes the best arrived job, starts never go back in time, and no unit idles while a job waits', () => {
    for (const discipline of ['fifo', 'priority'] as const) {
      const rnd = mulberry32(discipline === 'fifo' ? 5 : 6);
      const c = 2;
      const n = 400;
      const arrival: number[] = [];
      const prio: number[] = [];
      for (let i = 0; i < n; i++) { arrival.push(rnd() * 150); prio.push(Math.floor(rnd() * 3)); }
      const pool = createServicePool(spec({ units: c, discipline }));
      for (let i = 0; i < n; i++) pool.submit(i, arrival[i], prio[i], exponential(rnd, 1.5));
      const starts: Start[] = [];
      for (let hour = 24; pool.waiting() > 0; hour += 24) starts.push(...collect(pool, hour));
      expect(starts.length).toBe(n);
      const better = (a: number, b: number): boolean =>
        discipline === 'priority' && prio[a] !== prio[b] ? prio[a] > prio[b]
          : arrival[a] !== arrival[b] ? arrival[a] < arrival[b] : a < b;
      const started = new Set<number>();
      let last = -Infinity;
      for (const [job, s] of starts) {
        expect(s).toBeGreaterThanOrEqual(last);
        expect(s).toBeGreaterThanOrEqual(arrival[job]);
        last = s;
        for (let other = 0; other < n; other++) {
          if (other !== job && !started.has(other) && arrival[other] <= s) expect(better(job, other)).toBe(true);
        }
        started.add(job);
      }
      // Work conservation: while a job waits, all c units are busy (checked at every change point).
      const busyAt = (x: number): number => starts.filter(([, s, e]) => s <= x && x < e).length;
      for (const [job, s] of starts) {
        if (s === arrival[job]) continue;
        const points = [arrival[job], ...starts.map((st) => st[2]).filter((e) => e > arrival[job] && e < s)];
        for (const x of points) expect(busyAt(x)).toBe(c);
      }
    }
  });

  it('arrivals submitted out of order produce the same starts as sorted submission', () => {
    const rnd = mulberry32(77);
    const n = 2000;
    const jobs: Array<{ id: number; arrival: number; prio: number; service: number }> = [];
    for (let i = 0; i < n; i++) {
      jobs.push({ id: i, arrival: rnd() * 24 * 60, prio: Math.floor(rnd() * 4), service: exponential(rnd, 0.8) });
    }
    const shopSpec = spec({
      units: 3, discipline: 'priority', startWeekday: 2,
      shifts: [{ start: 6, end: 14 }, { start: 14.5, end: 22 }], weekdays: [true, true, true, true, true, true, false],
    });
    const shuffled = <T>(xs: T[]): T[] => {
      const out = [...xs];
      for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [out[i], out[j]] = [out[j], out[i]]; }
      return out;
    };
    const runDays = (pool: ReturnType<typeof createServicePool>, feed: (day: number) => void): Start[] => {
      const out: Start[] = [];
      for (let day = 0; day < 200; day++) { feed(day); out.push(...collect(pool, 24 * (day + 1))); }
      return out;
    };

    const sortedPool = createServicePool(shopSpec);
    for (const j of [...jobs].sort((a, b) => a.arrival - b.arrival)) sortedPool.submit(j.id, j.arrival, j.prio, j.service);
    const reference = runDays(sortedPool, () => {});

    const shuffledPool = createServicePool(shopSpec);
    for (const j of shuffled(jobs)) shuffledPool.submit(j.id, j.arrival, j.prio, j.service);
    expect(runDays(shuffledPool, () => {})).toEqual(reference);

    // As downstream stages do: each job is submitted up to three days ahead, in random order.
    const submitDay = new Map<number, number>(jobs.map((j) => [j.id, Math.max(0, Math.floor(j.arrival / 24) - Math.floor(rnd() * 4))]));
    const order = shuffled(jobs);
    const lazyPool = createServicePool(shopSpec);
    const lazy = runDays(lazyPool, (day) => {
      for (const j of order) if (submitDay.get(j.id) === day) lazyPool.submit(j.id, j.arrival, j.prio, j.service);
    });
    expect(lazy).toEqual(reference);
    expect(reference.length).toBe(n);
  });
});

describe('servicePool shifts and calendar', () => {
  // Day 0 is a Thursday, so day 1 = Friday, days 2-3 = weekend, day 4 = Monday.
  const office = spec({ shifts: [{ start: 8, end: 16 }], weekdays: MON_FRI, startWeekday: 3 });
  const weekdayOf = (hour: number): number => (3 + Math.floor(hour / 24)) % 7;
  const hourOfDay = (hour: number): number => hour - 24 * Math.floor(hour / 24);

  it('never starts a job outside a shift on a working day, under random load', () => {
    const rnd = mulberry32(99);
    const pool = createServicePool({ ...office, units: 2 });
    for (let i = 0; i < 3000; i++) pool.submit(i, rnd() * 24 * 7 * 8, 0, exponential(rnd, 1 / 1.5));
    let count = 0;
    let overtime = 0;
    for (let day = 0; day < 400 && pool.waiting() > 0; day++) {
      pool.advanceTo(24 * (day + 1), { jobStarted: (_job, s, e) => {
        count++;
        expect(weekdayOf(s)).toBeLessThan(5);
        expect(hourOfDay(s)).toBeGreaterThanOrEqual(8);
        expect(hourOfDay(s)).toBeLessThan(16);
        expect(s).toBeLessThan(24 * (day + 1));
        if (e > 24 * Math.floor(s / 24) + 16) overtime++;
      } });
    }
    expect(count).toBe(3000);
    expect(overtime).toBeGreaterThan(0); // the check above did see jobs running past the shift
  });

  it('runs a job started at 15:50 into overtime, then waits for the next shift', () => {
    const pool = createServicePool(office);
    pool.submit(0, 15 + 50 / 60, 0, 1);
    pool.submit(1, 15.9, 0, 0.5); // unit busy until 16:50, after the shift
    const starts = collect(pool, 24 * 7);
    expect(starts[0][1]).toBeCloseTo(15 + 50 / 60, 12);
    expect(starts[0][2]).toBeCloseTo(16 + 50 / 60, 12);
    expect(starts[1][1]).toBe(24 * 1 + 8); // Friday 08:00
  });

  it('starts a job that arrives on Saturday at Monday 08:00, and not before', () => {
    const saturday = [0, 1, 2, 3, 4, 5, 6].find((d) => weekdayOf(24 * d) === 5) as number;
    const monday = [0, 1, 2, 3, 4, 5, 6].find((d) => d > saturday && weekdayOf(24 * d) === 0) as number;
    const pool = createServicePool(office);
    pool.submit(0, 24 * saturday + 10, 0, 1);
    pool.submit(1, 24 * 1 + 16, 0, 0.5); // Friday 16:00: the shift has just ended
    expect(collect(pool, 24 * monday + 8)).toEqual([]); // a start at exactly T is not allowed
    const starts = collect(pool, 24 * monday + 9);
    expect(starts.map((s) => s[0])).toEqual([1, 0]);
    expect(starts[0][1]).toBe(24 * monday + 8);
    expect(starts[1][1]).toBe(24 * monday + 8.5);
  });

  it('starts nothing when there are no shifts, no working days, or no units', () => {
    const variants: ServicePoolSpec[] = [
      { ...office, shifts: [] },
      { ...office, weekdays: [false, false, false, false, false, false, false] },
      { ...office, units: 0 },
    ];
    for (const v of variants) {
      const pool = createServicePool(v);
      pool.submit(0, 1, 0, 1);
      expect(collect(pool, 1e6)).toEqual([]);
      expect(pool.waiting()).toBe(1);
    }
  });

  it('onDutyHours integrates shifts over the calendar, matching a quarter-hour sum', () => {
    const shifts = [{ start: 6.5, end: 12 }, { start: 13, end: 17.25 }];
    const pool = createServicePool({ ...office, units: 2, shifts });
    const bruteForce = (from: number, to: number): number => {
      let h = 0;
      for (let x = from; x < to; x += 0.25) {
        const hod = hourOfDay(x);
        if (weekdayOf(x) < 5 && shifts.some((s) => hod >= s.start && hod < s.end)) h += 0.25;
      }
      return 2 * h;
    };
    expect(pool.onDutyHours(0, 24 * 7)).toBe(2 * 5 * (5.5 + 4.25));
    expect(pool.onDutyHours(10, 12)).toBe(2 * 2);
    expect(pool.onDutyHours(48, 96)).toBe(0); // the weekend
    expect(pool.onDutyHours(50, 40)).toBe(0);
    const rnd = mulberry32(3);
    for (let i = 0; i < 200; i++) {
      const from = Math.floor(rnd() * 4 * 24 * 40) / 4;
      const to = from + Math.floor(rnd() * 4 * 24 * (i % 2 === 0 ? 3 : 60)) / 4;
      expect(pool.onDutyHours(from, to)).toBeCloseTo(bruteForce(from, to), 9);
    }
  });
});

describe('servicePool staffing changes and bookkeeping', () => {
  it('setUnits: more units raise throughput, 0 stops starts; waiting and drainWaiting', () => {
    const pool = createServicePool(spec());
    for (let i = 0; i < 100; i++) pool.submit(i, 0, 0, 1);
    const first = collect(pool, 10);
    expect(first.length).toBe(10);
    pool.setUnits(3);
    const second = collect(pool, 20);
    expect(second.length).toBe(30); // three per hour from hour 10 on
    expect(second.every(([, s]) => s >= 10)).toBe(true);
    expect(pool.busyUnits(19.5)).toBe(3);
    pool.setUnits(0);
    expect(collect(pool, 30)).toEqual([]);
    expect(pool.waiting()).toBe(60);
    pool.submit(500, 1000, 0, 1); // not yet arrived: still counts as waiting
    expect(pool.waiting()).toBe(61);
    const drained: number[] = [];
    pool.drainWaiting((j) => drained.push(j));
    const started = new Set([...first, ...second].map((s) => s[0]));
    expect(drained.length).toBe(61);
    expect(new Set(drained).size).toBe(61);
    expect(drained.some((j) => started.has(j))).toBe(false);
    expect(drained[60]).toBe(500); // arrived jobs first, then the not-yet-arrived
    expect(pool.waiting()).toBe(0);
    pool.setUnits(1);
    expect(collect(pool, 2000)).toEqual([]);
  });

  it('setUnits down keeps the earliest-free units; in-progress jobs finish', () => {
    const pool = createServicePool(spec({ units: 3 }));
    pool.submit(0, 0, 0, 10);
    pool.submit(1, 0, 0, 2);
    pool.submit(2, 0, 0, 10);
    expect(collect(pool, 1).length).toBe(3);
    expect(pool.busyUnits(0.5)).toBe(3);
    for (let i = 3; i < 6; i++) pool.submit(i, 1, 0, 1);
    pool.setUnits(1);
    const starts = collect(pool, 50);
    // One unit left, the one that frees at hour 2: jobs run back to back from there.
    expect(starts.map((s) => s[1])).toEqual([2, 3, 4]);
  });

  it('accumulates busyHours and clamps late submissions to the pool clock', () => {
    const pool = createServicePool(spec({ units: 2 }));
    pool.submit(0, 1, 0, 2.5);
    pool.submit(1, 3, 0, 0.5);
    collect(pool, 50);
    expect(pool.busyHours()).toBe(3);
    pool.submit(2, 10, 0, 1); // arrival before hour 50, which the pool has already passed
    expect(collect(pool, 60)).toEqual([[2, 50, 51]]);
    expect(pool.busyHours()).toBe(4);
  });

  it('lets a started job id be reused, even from inside onStart', () => {
    const pool = createServicePool(spec());
    pool.submit(7, 0, 0, 1);
    expect(() => pool.submit(7, 5, 0, 1)).toThrow(/\[sim\/servicePool\] job:/);
    const starts: Start[] = [];
    let reworked = false;
    pool.advanceTo(10, { jobStarted: (j, s, e) => {
      starts.push([j, s, e]);
      if (!reworked) { reworked = true; pool.submit(j, e, 0, 2); } // rework: same id, back in the queue
    } });
    expect(starts).toEqual([[7, 0, 1], [7, 1, 3]]);
  });

  it('validation errors name the field', () => {
    const bad: Array<[Partial<ServicePoolSpec>, RegExp]> = [
      [{ units: -1 }, /\[sim\/servicePool\] units: .*got -1/],
      [{ units: 1.5 }, /units:/],
      [{ units: Number.NaN }, /units:/],
      [{ shifts: [{ start: -1, end: 8 }] }, /shifts\[0\]\.start:/],
      [{ shifts: [{ start: 8, end: 25 }] }, /shifts\[0\]\.end:/],
      [{ shifts: [{ start: 8, end: 8 }] }, /shifts\[0\]\.end:/],
      [{ shifts: [{ start: 8, end: 12 }, { start: 11, end: 16 }] }, /shifts\[1\]\.start:/],
      [{ shifts: [{ start: 13, end: 16 }, { start: 8, end: 12 }] }, /shifts\[1\]\.start:/],
      [{ weekdays: [true, true, true, true, true, true] }, /weekdays:.*length 6/],
      [{ startWeekday: 7 }, /startWeekday:/],
      [{ startWeekday: 0.5 }, /startWeekday:/],
      [{ discipline: 'lifo' as 'fifo' }, /discipline:/],
    ];
    for (const [over, re] of bad) expect(() => createServicePool(spec(over))).toThrow(re);
    const pool = createServicePool(spec());
    expect(() => pool.setUnits(-2)).toThrow(/\[sim\/servicePool\] units:/);
    expect(() => pool.setUnits(2.5)).toThrow(/units:/);
    expect(() => pool.submit(0, Number.NaN, 0, 1)).toThrow(/arrivalHour:/);
    expect(() => pool.submit(0, 0, 0, -1)).toThrow(/serviceHours:/);
    expect(() => pool.submit(-1, 0, 0, 1)).toThrow(/job:/);
    expect(() => createServicePool(spec({ shifts: [{ start: 0, end: 8 }, { start: 8, end: 24 }] }))).not.toThrow();
  });
});
