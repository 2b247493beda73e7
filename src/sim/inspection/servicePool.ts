import { createJobHeap } from './jobHeap';

/**
 * The inspection resource pool: one kind of resource (documentary officers, NII scanners, image
 * analysts, examination teams, dog teams, auditors) at one office, modelled as a discrete-event
 * multi-server queue with working shifts.
 *
 * Time is in hours since the start of the run. Day d covers [24d, 24d + 24); its weekday is
 * `(startWeekday + d) % 7` with 0 = Monday.
 *
 * Jobs wait in two heaps: not yet arrived (by arrival hour) and arrived (by discipline), because
 * downstream stages submit a job at its upstream completion hour, which may lie in the future and
 * need not come in order. Job data lives in typed arrays indexed by job id, and the advance loop
 * allocates nothing, since a run pushes hundreds of thousands of jobs through each pool.
 */

/** A daily working window in hours of the day: `0 <= start < end <= 24`. */
export interface ShiftSpec { start: number; end: number }

/** How a pool is staffed and how it orders its queue. */
export interface ServicePoolSpec {
  /** Servers on duty during every shift (integer >= 0). */
  units: number;
  /** Non-overlapping, sorted daily windows (hours of day); a unit only starts jobs inside them. */
  shifts: readonly ShiftSpec[];
  /** Length 7, index 0 = Monday: the days the pool works. */
  weekdays: readonly boolean[];
  /** Weekday (0 = Monday .. 6 = Sunday) of day 0, i.e. of hours [0, 24). */
  startWeekday: number;
  /** `fifo`: earliest arrival first. `priority`: highest priority first, then earliest arrival. Final tie: lowest job id. */
  discipline: 'fifo' | 'priority';
}

/** A running pool; all times in hours since the start of the run. */
export interface ServicePool {
  /**
   * Queues `job` (integer id >= 0, not currently waiting; ids may be reused once started) that
   * arrives at `arrivalHour` and needs `serviceHours` of one unit. Arrivals may come in any order,
   * but should not precede the hour last advanced to: the pool clock never runs backwards, so such
   * a job is treated as arriving at that hour.
   */
  submit(job: number, arrivalHour: number, priority: number, serviceHours: number): void;
  /**
   * Starts every job that can start before hour `hour`, in time order, calling
   * `onStart(job, startHour, endHour)` for each as it starts. A job started inside a shift runs to
   * completion even past the shift end. `onStart` may call `submit` (also with the same id), but
   * not `advanceTo` or `setUnits`.
   */
  advanceTo(hour: number, onStart: (job: number, startHour: number, endHour: number) => void): void;
  /**
   * Changes the number of units for service starts from now on. New units are free at the hour
   * last advanced to; when shrinking, the units that free up earliest are kept (jobs already
   * started on the others still finish at their reported end hour).
   */
  setUnits(units: number): void;
  /** Jobs submitted (arrived or not yet arrived) and not started. */
  waiting(): number;
  /** Units of the current pool whose latest job covers `atHour` (meaningful from the latest start on). */
  busyUnits(atHour: number): number;
  /** Total service hours of all jobs started so far (utilisation numerator). */
  busyHours(): number;
  /** Unit-hours on duty in [fromHour, toHour) with the current number of units (utilisation denominator). */
  onDutyHours(fromHour: number, toHour: number): number;
  /**
   * Removes all waiting jobs and calls `fn` for each: arrived jobs in discipline order, then not
   * yet arrived ones by arrival hour. `fn` may submit to this pool; those jobs are not drained.
   */
  drainWaiting(fn: (job: number) => void): void;
}

const MAX_JOB_ID = 0x7ffffffe;

function fail(field: string, allowed: string, value: unknown): never {
  throw new Error(`[sim/servicePool] ${field}: ${allowed}, got ${String(value)}`);
}

function checkUnits(units: number): void {
  if (!Number.isInteger(units) || units < 0) fail('units', 'an integer >= 0', units);
}

/** Creates a pool with all units free at hour 0; throws if `spec` is invalid. */
export function createServicePool(spec: ServicePoolSpec): ServicePool {
  checkUnits(spec.units);
  const nShifts = spec.shifts.length;
  const shiftStart = new Float64Array(nShifts);
  const shiftEnd = new Float64Array(nShifts);
  for (let s = 0; s < nShifts; s++) {
    const { start, end } = spec.shifts[s];
    if (!(start >= 0 && start < 24)) fail(`shifts[${s}].start`, 'a number in [0, 24)', start);
    if (!(end > start && end <= 24)) fail(`shifts[${s}].end`, `a number in (start, 24] = (${start}, 24]`, end);
    if (s > 0 && start < shiftEnd[s - 1]) {
      fail(`shifts[${s}].start`, `>= shifts[${s - 1}].end = ${shiftEnd[s - 1]} (sorted, non-overlapping)`, start);
    }
    shiftStart[s] = start;
    shiftEnd[s] = end;
  }
  if (!Array.isArray(spec.weekdays) || spec.weekdays.length !== 7) {
    fail('weekdays', 'an array of 7 booleans (index 0 = Monday)', Array.isArray(spec.weekdays) ? `length ${spec.weekdays.length}` : spec.weekdays);
  }
  const workday = new Uint8Array(7);
  let weekHours = 0; // on-duty hours of one unit in a whole week
  let shiftHours = 0;
  for (let s = 0; s < nShifts; s++) shiftHours += shiftEnd[s] - shiftStart[s];
  for (let w = 0; w < 7; w++) {
    if (typeof spec.weekdays[w] !== 'boolean') fail(`weekdays[${w}]`, 'a boolean', spec.weekdays[w]);
    workday[w] = spec.weekdays[w] ? 1 : 0;
    weekHours += workday[w] * shiftHours;
  }
  const startWeekday = spec.startWeekday;
  if (!Number.isInteger(startWeekday) || startWeekday < 0 || startWeekday > 6) {
    fail('startWeekday', 'an integer in [0, 6] (0 = Monday)', startWeekday);
  }
  if (spec.discipline !== 'fifo' && spec.discipline !== 'priority') {
    fail('discipline', "'fifo' or 'priority'", spec.discipline);
  }
  // Without any on-duty hour, nextOnDuty is +Infinity and the advance loop exits at once.
  const hasDuty = weekHours > 0;

  const weekdayOf = (day: number): number => (((startWeekday + day) % 7) + 7) % 7;

  /** The first hour >= f at which a unit is on duty (+Infinity if the pool never works). */
  function nextOnDuty(f: number): number {
    if (!hasDuty) return Infinity;
    const day = Math.floor(f / 24);
    if (workday[weekdayOf(day)] === 1) {
      const hod = f - day * 24;
      for (let s = 0; s < nShifts; s++) {
        if (hod < shiftEnd[s]) return hod >= shiftStart[s] ? f : day * 24 + shiftStart[s];
      }
    }
    for (let k = 1; k <= 7; k++) {
      if (workday[weekdayOf(day + k)] === 1) return (day + k) * 24 + shiftStart[0];
    }
    return Infinity;
  }

  // Per-job data, indexed by job id; grown by doubling to fit the largest id.
  let arrival = new Float64Array(64);
  let priority = new Float64Array(64);
  let service = new Float64Array(64);
  let waitingFlag = new Uint8Array(64); // 1 while the job is in one of the two heaps
  const growJobs = (id: number): void => {
    const size = Math.max(arrival.length * 2, id + 1);
    const a = new Float64Array(size); a.set(arrival); arrival = a;
    const p = new Float64Array(size); p.set(priority); priority = p;
    const s = new Float64Array(size); s.set(service); service = s;
    const w = new Uint8Array(size); w.set(waitingFlag); waitingFlag = w;
  };

  // Not yet arrived: by arrival hour, then id. Arrived: by discipline, with the keys stored in the
  // heap (fifo: arrival, then id; priority: highest priority, then arrival, then id).
  const fifo = spec.discipline === 'fifo';
  const notArrived = createJobHeap(64);
  const queue = createJobHeap(64);

  // Per-unit state: the unit's latest job occupies [startAt, freeAt).
  let units = spec.units;
  let freeAt = new Float64Array(Math.max(units, 4));
  let startAt = new Float64Array(freeAt.length);
  // The pool's clock (a lower bound for any future start: the pool never starts a job in its past)
  // and its busy hours so far, in a typed array: a double kept in a captured variable is boxed
  // again at every write, and these change at every start.
  const clockAndBusy = new Float64Array(2);
  const CLOCK = 0, BUSY = 1;
  let drainBuf = new Int32Array(16);

  /** Moves jobs that have arrived by hour t into the discipline queue. */
  function admit(t: number): void {
    while (notArrived.peekFirst() <= t) {
      const j = notArrived.pop();
      if (fifo) queue.push(j, arrival[j], 0);
      else queue.push(j, -priority[j], arrival[j]);
    }
  }

  /** Unit-hours of one unit on duty in [from, to) on day `day`. */
  function dayDuty(day: number, from: number, to: number): number {
    if (workday[weekdayOf(day)] === 0) return 0;
    let h = 0;
    for (let s = 0; s < nShifts; s++) {
      const lo = Math.max(from, day * 24 + shiftStart[s]);
      const hi = Math.min(to, day * 24 + shiftEnd[s]);
      if (hi > lo) h += hi - lo;
    }
    return h;
  }

  return {
    submit(job, arrivalHour, prio, serviceHours) {
      if (!(Number.isInteger(job) && job >= 0 && job <= MAX_JOB_ID)) fail('job', `an integer in [0, ${MAX_JOB_ID}]`, job);
      if (!(arrivalHour >= 0 && arrivalHour < Infinity)) fail('arrivalHour', 'a finite number >= 0', arrivalHour);
      if (!Number.isFinite(prio)) fail('priority', 'a finite number', prio);
      if (!(serviceHours >= 0 && serviceHours < Infinity)) fail('serviceHours', 'a finite number >= 0', serviceHours);
      if (job >= arrival.length) growJobs(job);
      if (waitingFlag[job] === 1) fail('job', 'an id that is not already waiting', job);
      waitingFlag[job] = 1;
      arrival[job] = arrivalHour;
      priority[job] = prio;
      service[job] = serviceHours;
      notArrived.push(job, arrivalHour, 0);
    },

    advanceTo(hour, onStart) {
      if (Number.isNaN(hour)) fail('hour', 'a number', hour);
      // Each pass either starts one job or exits, so the loop always terminates.
      for (;;) {
        const n = units;
        if (n === 0) break;
        let minFree = freeAt[0];
        for (let u = 1; u < n; u++) if (freeAt[u] < minFree) minFree = freeAt[u];
        // nextOnDuty is monotone, so the unit that frees first is also first back on duty.
        const clock = clockAndBusy[CLOCK];
        let t = nextOnDuty(minFree > clock ? minFree : clock);
        if (!(t < hour)) break;
        admit(t);
        if (queue.size() === 0) {
          // Idle: jump to the next arrival, then to the first on-duty moment from there.
          const next = notArrived.peek();
          if (next < 0 || !(arrival[next] < hour)) break;
          t = nextOnDuty(arrival[next]);
          if (!(t < hour)) break;
          admit(t); // non-empty now, so a start follows and moves the clock to t
        }
        // Every unit free by t is available at t; units are interchangeable, so take the lowest index.
        let u = 0;
        while (freeAt[u] > t) u++;
        const job = queue.pop();
        waitingFlag[job] = 0;
        const dur = service[job];
        const end = t + dur;
        startAt[u] = t;
        freeAt[u] = end;
        clockAndBusy[BUSY] += dur;
        if (t > clock) clockAndBusy[CLOCK] = t;
        // State is consistent before the callback, which may reuse `job` in a new submit.
        onStart(job, t, end);
      }
      if (hour > clockAndBusy[CLOCK]) clockAndBusy[CLOCK] = hour;
    },

    setUnits(next) {
      checkUnits(next);
      if (next < units) {
        // Stable insertion sort by free hour, so the earliest-free units are the ones kept.
        for (let i = 1; i < units; i++) {
          const f = freeAt[i];
          const s = startAt[i];
          let k = i - 1;
          while (k >= 0 && freeAt[k] > f) { freeAt[k + 1] = freeAt[k]; startAt[k + 1] = startAt[k]; k--; }
          freeAt[k + 1] = f;
          startAt[k + 1] = s;
        }
      } else if (next > units) {
        if (next > freeAt.length) {
          const f = new Float64Array(Math.max(next, freeAt.length * 2)); f.set(freeAt); freeAt = f;
          const s = new Float64Array(f.length); s.set(startAt); startAt = s;
        }
        for (let u = units; u < next; u++) { freeAt[u] = clockAndBusy[CLOCK]; startAt[u] = clockAndBusy[CLOCK]; }
      }
      units = next;
    },

    waiting: () => notArrived.size() + queue.size(),

    busyUnits(atHour) {
      let c = 0;
      for (let u = 0; u < units; u++) if (startAt[u] <= atHour && atHour < freeAt[u]) c++;
      return c;
    },

    busyHours: () => clockAndBusy[BUSY],

    onDutyHours(fromHour, toHour) {
      if (!(toHour > fromHour) || units === 0 || !hasDuty) return 0;
      const d0 = Math.floor(fromHour / 24);
      const d1 = Math.floor(toHour / 24);
      if (d0 === d1) return units * dayDuty(d0, fromHour, toHour);
      let h = dayDuty(d0, fromHour, toHour) + dayDuty(d1, fromHour, toHour);
      // Whole days in between: whole weeks in closed form, the rest day by day.
      const inner = d1 - d0 - 1;
      const weeks = Math.floor(inner / 7);
      h += weeks * weekHours;
      for (let d = d0 + 1 + weeks * 7; d < d1; d++) h += dayDuty(d, fromHour, toHour);
      return units * h;
    },

    drainWaiting(fn) {
      const total = notArrived.size() + queue.size();
      if (total > drainBuf.length) drainBuf = new Int32Array(Math.max(total, drainBuf.length * 2));
      // Empty both heaps first so that `fn` sees a consistent pool and may submit again.
      let k = 0;
      for (let j = queue.pop(); j >= 0; j = queue.pop()) drainBuf[k++] = j;
      for (let j = notArrived.pop(); j >= 0; j = notArrived.pop()) drainBuf[k++] = j;
      for (let i = 0; i < k; i++) waitingFlag[drainBuf[i]] = 0;
      for (let i = 0; i < k; i++) fn(drainBuf[i]);
    },
  };
}
