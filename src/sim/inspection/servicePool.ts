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

/**
 * Told of every job a pool starts. An object with a method rather than a function: a method of one
 * class is one call target wherever the pools run, which V8 can inline.
 */
export interface JobStartListener {
  /** `job` starts at `startHour` and ends at `endHour`. */
  jobStarted(job: number, startHour: number, endHour: number): void;
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
   * `listener.jobStarted(job, startHour, endHour)` for each as it starts. A job started inside a
   * shift runs to completion even past the shift end. The listener may call `submit` (also with
   * the same id), but not `advanceTo` or `setUnits`.
   */
  advanceTo(hour: number, listener: JobStartListener): void;
  /**
   * Changes the number of units for service starts from now on. New units are free at the hour
   * last advanced to; when shrinking, the units that free up earliest are kept (jobs already
   * started on the others still finish at their reported end hour).
   */
  setUnits(units: number): void;
  /** Jobs submitted (arrived or not yet arrived) and not started. */
  waiting(): number;
  /** Jobs submitted with an arrival after `atHour`: on their way, not yet waiting for a unit (a scan of the queue). */
  arrivingAfter(atHour: number): number;
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
  return new TypedServicePool({ shiftStart, shiftEnd, workday, weekHours, startWeekday, fifo: spec.discipline === 'fifo' }, spec.units);
}

/** A validated pool calendar and discipline. */
interface PoolCalendar {
  /** Shift windows, hours of day. */ readonly shiftStart: Float64Array; readonly shiftEnd: Float64Array;
  /** 1 on working weekdays (index 0 = Monday). */ readonly workday: Uint8Array;
  /** On-duty hours of one unit in a whole week. */ readonly weekHours: number;
  /** Weekday of day 0. */ readonly startWeekday: number;
  /** Earliest arrival first (else highest priority first). */ readonly fifo: boolean;
}

/**
 * The pool as a class, not a closure: every pool shares one set of methods, so the inspection
 * network's calls keep a single target across pools and simulations, and V8 can inline them.
 */
class TypedServicePool implements ServicePool {
  private readonly shiftStart: Float64Array;
  private readonly shiftEnd: Float64Array;
  private readonly nShifts: number;
  private readonly workday: Uint8Array;
  private readonly weekHours: number;
  private readonly startWeekday: number;
  private readonly hasDuty: boolean;
  private readonly fifo: boolean;
  // Per-job data, indexed by job id; grown by doubling to fit the largest id.
  private arrival = new Float64Array(64);
  private priority = new Float64Array(64);
  private service = new Float64Array(64);
  /** 1 while the job is in one of the two heaps. */
  private waitingFlag = new Uint8Array(64);
  // Not yet arrived: by arrival hour, then id. Arrived: by discipline, with the keys stored in the
  // heap (fifo: arrival, then id; priority: highest priority, then arrival, then id).
  private readonly notArrived = createJobHeap(64);
  private readonly queue = createJobHeap(64);
  // Per-unit state: the unit's latest job occupies [startAt, freeAt).
  private units: number;
  private freeAt: Float64Array;
  private startAt: Float64Array;
  /** A lower bound for any future start, hours: the pool never starts a job in its past. */
  private clock = 0;
  /** Service hours of all jobs started so far. */
  private busyTotal = 0;
  private drainBuf = new Int32Array(16);

  constructor(calendar: PoolCalendar, units: number) {
    this.shiftStart = calendar.shiftStart;
    this.shiftEnd = calendar.shiftEnd;
    this.nShifts = calendar.shiftStart.length;
    this.workday = calendar.workday;
    this.weekHours = calendar.weekHours;
    this.startWeekday = calendar.startWeekday;
    // Without any on-duty hour, nextOnDuty is +Infinity and the advance loop exits at once.
    this.hasDuty = calendar.weekHours > 0;
    this.fifo = calendar.fifo;
    this.units = units;
    this.freeAt = new Float64Array(Math.max(units, 4));
    this.startAt = new Float64Array(this.freeAt.length);
  }

  submit(job: number, arrivalHour: number, prio: number, serviceHours: number): void {
    if (!(Number.isInteger(job) && job >= 0 && job <= MAX_JOB_ID)) fail('job', `an integer in [0, ${MAX_JOB_ID}]`, job);
    if (!(arrivalHour >= 0 && arrivalHour < Infinity)) fail('arrivalHour', 'a finite number >= 0', arrivalHour);
    if (!Number.isFinite(prio)) fail('priority', 'a finite number', prio);
    if (!(serviceHours >= 0 && serviceHours < Infinity)) fail('serviceHours', 'a finite number >= 0', serviceHours);
    if (job >= this.arrival.length) this.growJobs(job);
    if (this.waitingFlag[job] === 1) fail('job', 'an id that is not already waiting', job);
    this.waitingFlag[job] = 1;
    this.arrival[job] = arrivalHour;
    this.priority[job] = prio;
    this.service[job] = serviceHours;
    this.notArrived.push(job, arrivalHour, 0);
  }

  advanceTo(hour: number, listener: JobStartListener): void {
    if (Number.isNaN(hour)) fail('hour', 'a number', hour);
    const queue = this.queue, notArrived = this.notArrived;
    // Each pass either starts one job or exits, so the loop always terminates.
    for (;;) {
      const n = this.units;
      if (n === 0) break;
      const freeAt = this.freeAt;
      let minFree = freeAt[0];
      for (let u = 1; u < n; u++) if (freeAt[u] < minFree) minFree = freeAt[u];
      // nextOnDuty is monotone, so the unit that frees first is also first back on duty.
      const clock = this.clock;
      let t = this.nextOnDuty(minFree > clock ? minFree : clock);
      if (!(t < hour)) break;
      this.admit(t);
      if (queue.size() === 0) {
        // Idle: jump to the next arrival, then to the first on-duty moment from there.
        const next = notArrived.peek();
        if (next < 0 || !(this.arrival[next] < hour)) break;
        t = this.nextOnDuty(this.arrival[next]);
        if (!(t < hour)) break;
        this.admit(t); // non-empty now, so a start follows and moves the clock to t
      }
      // Every unit free by t is available at t; units are interchangeable, so take the lowest index.
      let u = 0;
      while (freeAt[u] > t) u++;
      const job = queue.pop();
      this.waitingFlag[job] = 0;
      const dur = this.service[job];
      const end = t + dur;
      this.startAt[u] = t;
      freeAt[u] = end;
      this.busyTotal += dur;
      if (t > clock) this.clock = t;
      // State is consistent before the callback, which may reuse `job` in a new submit.
      listener.jobStarted(job, t, end);
    }
    if (hour > this.clock) this.clock = hour;
  }

  setUnits(next: number): void {
    checkUnits(next);
    const units = this.units;
    if (next < units) {
      const freeAt = this.freeAt, startAt = this.startAt;
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
      if (next > this.freeAt.length) {
        const f = new Float64Array(Math.max(next, this.freeAt.length * 2)); f.set(this.freeAt); this.freeAt = f;
        const s = new Float64Array(f.length); s.set(this.startAt); this.startAt = s;
      }
      const clock = this.clock;
      for (let u = units; u < next; u++) { this.freeAt[u] = clock; this.startAt[u] = clock; }
    }
    this.units = next;
  }

  waiting(): number {
    return this.notArrived.size() + this.queue.size();
  }

  arrivingAfter(atHour: number): number {
    return this.notArrived.countFirstAbove(atHour);
  }

  busyUnits(atHour: number): number {
    let c = 0;
    for (let u = 0; u < this.units; u++) if (this.startAt[u] <= atHour && atHour < this.freeAt[u]) c++;
    return c;
  }

  busyHours(): number {
    return this.busyTotal;
  }

  onDutyHours(fromHour: number, toHour: number): number {
    if (!(toHour > fromHour) || this.units === 0 || !this.hasDuty) return 0;
    const d0 = Math.floor(fromHour / 24);
    const d1 = Math.floor(toHour / 24);
    if (d0 === d1) return this.units * this.dayDuty(d0, fromHour, toHour);
    let h = this.dayDuty(d0, fromHour, toHour) + this.dayDuty(d1, fromHour, toHour);
    // Whole days in between: whole weeks in closed form, the rest day by day.
    const inner = d1 - d0 - 1;
    const weeks = Math.floor(inner / 7);
    h += weeks * this.weekHours;
    for (let d = d0 + 1 + weeks * 7; d < d1; d++) h += this.dayDuty(d, fromHour, toHour);
    return this.units * h;
  }

  drainWaiting(fn: (job: number) => void): void {
    const queue = this.queue, notArrived = this.notArrived;
    const total = notArrived.size() + queue.size();
    if (total > this.drainBuf.length) this.drainBuf = new Int32Array(Math.max(total, this.drainBuf.length * 2));
    const drainBuf = this.drainBuf;
    // Empty both heaps first so that `fn` sees a consistent pool and may submit again.
    let k = 0;
    for (let j = queue.pop(); j >= 0; j = queue.pop()) drainBuf[k++] = j;
    for (let j = notArrived.pop(); j >= 0; j = notArrived.pop()) drainBuf[k++] = j;
    for (let i = 0; i < k; i++) this.waitingFlag[drainBuf[i]] = 0;
    for (let i = 0; i < k; i++) fn(drainBuf[i]);
  }

  private weekdayOf(day: number): number {
    return (((this.startWeekday + day) % 7) + 7) % 7;
  }

  /** The first hour >= f at which a unit is on duty (+Infinity if the pool never works). */
  private nextOnDuty(f: number): number {
    if (!this.hasDuty) return Infinity;
    const day = Math.floor(f / 24);
    const shiftStart = this.shiftStart, shiftEnd = this.shiftEnd;
    if (this.workday[this.weekdayOf(day)] === 1) {
      const hod = f - day * 24;
      for (let s = 0; s < this.nShifts; s++) {
        if (hod < shiftEnd[s]) return hod >= shiftStart[s] ? f : day * 24 + shiftStart[s];
      }
    }
    for (let k = 1; k <= 7; k++) {
      if (this.workday[this.weekdayOf(day + k)] === 1) return (day + k) * 24 + shiftStart[0];
    }
    return Infinity;
  }

  private growJobs(id: number): void {
    const size = Math.max(this.arrival.length * 2, id + 1);
    const a = new Float64Array(size); a.set(this.arrival); this.arrival = a;
    const p = new Float64Array(size); p.set(this.priority); this.priority = p;
    const s = new Float64Array(size); s.set(this.service); this.service = s;
    const w = new Uint8Array(size); w.set(this.waitingFlag); this.waitingFlag = w;
  }

  /** Moves jobs that have arrived by hour t into the discipline queue. */
  private admit(t: number): void {
    const notArrived = this.notArrived, queue = this.queue;
    while (notArrived.peekFirst() <= t) {
      const j = notArrived.pop();
      if (this.fifo) queue.push(j, this.arrival[j], 0);
      else queue.push(j, -this.priority[j], this.arrival[j]);
    }
  }

  /** Unit-hours of one unit on duty in [from, to) on day `day`. */
  private dayDuty(day: number, from: number, to: number): number {
    if (this.workday[this.weekdayOf(day)] === 0) return 0;
    let h = 0;
    for (let s = 0; s < this.nShifts; s++) {
      const lo = Math.max(from, day * 24 + this.shiftStart[s]);
      const hi = Math.min(to, day * 24 + this.shiftEnd[s]);
      if (hi > lo) h += hi - lo;
    }
    return h;
  }
}
