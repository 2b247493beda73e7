import type { Scenario } from '../config/schema';
import { createServicePool, type JobStartListener, type ServicePool } from './servicePool';
import { createHandlingSampler, createServiceTimeSampler, sampleServiceHours, type ServiceTimeSampler } from './serviceTime';
import type { JobTable } from './jobTable';
import { counterKey, counterUniform } from '../random/counterUniform';
import { OFFENCE_COUNT } from '../declarations/codes';

/** Resource kinds, in RESOURCE_KINDS order. */
export const K_DOCUMENTARY = 0;
/** NII scanner. */ export const K_SCAN = 1;
/** Image analysts. */ export const K_ANALYSIS = 2;
/** Physical examination teams. */ export const K_PHYSICAL = 3;
/** Detector-dog teams. */ export const K_DOG = 4;
/** Post-clearance auditors. */ export const K_AUDIT = 5;
/** Number of resource kinds. */ export const KINDS = 6;
/** Pools are advanced in this order so that each stage's hand-offs reach the next before it runs. */
const ADVANCE_ORDER = [K_DOCUMENTARY, K_SCAN, K_ANALYSIS, K_DOG, K_PHYSICAL, K_AUDIT];
/** Red-lane screening codes per office. */
export const SCREEN_NONE = 0, SCREEN_SCAN = 1, SCREEN_DOG = 2;

/**
 * Told of the network's events: an inspection stage starting, and a declaration leaving inspection
 * (`kind` its last stage, `found` whether it detected an offence; scans and dog screens that raise
 * no alert end with found = false). An object with methods, so that the calls, made for every
 * inspection, have one target V8 can inline.
 */
export interface InspectionListener {
  /** A stage of kind `kind` starts at office `office`. */ started(kind: number, office: number): void;
  /** Job `job` leaves inspection at `endHour`. */ finished(job: number, endHour: number, kind: number, found: boolean): void;
}

/**
 * The inspection side of every office: one service pool per resource kind, and the routes between
 * them (documentary check; scan -> image analysis -> examination on alert; dog -> examination on
 * alert; examination; post-clearance audit). Service times and detection outcomes are
 * counter-based draws keyed on the declaration, so a policy change does not reshuffle them.
 */
export interface InspectionNetwork {
  /** Pools, [office * KINDS + kind]. */ readonly pools: ServicePool[];
  /** Service-time samplers, [office * KINDS + kind]. */ readonly samplers: ServiceTimeSampler[];
  /** Handling before each stage (hours of elapsed time, no unit's time), [office * KINDS + kind]; null for none. */ readonly handling: (ServiceTimeSampler | null)[];
  /** Red-lane screening per office (SCREEN_*). */ readonly screening: Uint8Array;
  /** Units configured per pool. */ readonly units: Int32Array;
  /** Queues a job at stage `kind`, reaching it at `arrivalHour` plus the stage's handling. */ enqueue(job: number, kind: number, arrivalHour: number): void;
  /** Advances every pool to `hour`. */ advanceTo(hour: number): void;
  /** Changes the units of one pool. */ setUnits(office: number, kind: number, units: number): void;
  /** Counter-based draws made so far. */ draws(): number;
}

/** Builds the network for a scenario. */
export function createInspectionNetwork(scenario: Scenario, seed: number, jobs: JobTable, listener: InspectionListener): InspectionNetwork {
  const det = scenario.detection;
  const detection = new Float64Array(KINDS * OFFENCE_COUNT);
  const rows: [number, readonly number[]][] = [
    [K_DOCUMENTARY, det.documentary], [K_ANALYSIS, det.scanAlert], [K_PHYSICAL, det.physical], [K_DOG, det.dogAlert], [K_AUDIT, det.audit],
  ];
  for (const [k, row] of rows) for (let o = 0; o < OFFENCE_COUNT; o++) detection[k * OFFENCE_COUNT + o] = row[o];
  const pools: ServicePool[] = [];
  const samplers: ServiceTimeSampler[] = [];
  const handling: (ServiceTimeSampler | null)[] = [];
  const units = new Int32Array(scenario.offices.length * KINDS);
  const screening = new Uint8Array(scenario.offices.length);
  scenario.offices.forEach((office, o) => {
    const r = office.resources;
    // Handling comes before the documentary check, the scan (positioning), the examination
    // (devanning, unloading) and the dog screen; an image reaches the analysts as it is taken, and
    // an audit holds no goods.
    const specs = [
      { n: r.documentary.officers, p: r.documentary, s: r.documentary.service, h: r.documentary.handling },
      { n: r.scanner.units, p: r.scanner, s: r.scanner.service, h: r.scanner.handling },
      { n: r.scanner.analysts, p: r.scanner, s: r.scanner.analysis, h: undefined },
      { n: r.physical.teams, p: r.physical, s: r.physical.service, h: r.physical.handling },
      { n: r.dog.teams, p: r.dog, s: r.dog.service, h: r.dog.handling },
      { n: r.audit.auditors, p: r.audit, s: r.audit.service, h: undefined },
    ];
    specs.forEach((spec, k) => {
      // Priority discipline always: FIFO policy is expressed as equal priorities (ties go by arrival).
      pools.push(createServicePool({ units: spec.n, shifts: spec.p.shifts, weekdays: spec.p.weekdays, startWeekday: scenario.startWeekday, discipline: 'priority' }));
      samplers.push(createServiceTimeSampler(spec.s));
      handling.push(spec.h !== undefined && spec.h.meanHours > 0 ? createHandlingSampler(spec.h) : null);
      units[o * KINDS + k] = spec.n;
    });
    screening[o] = office.redScreening === 'scan' ? SCREEN_SCAN : office.redScreening === 'dog' ? SCREEN_DOG : SCREEN_NONE;
  });
  return new TypedInspectionNetwork(pools, samplers, handling, screening, units, jobs, listener, counterKey(seed, 'inspection'), detection);
}

/**
 * The network as a class: one set of methods for every network, so the per-inspection calls
 * (queueing, a pool telling of a start, the listener) keep their targets across simulations.
 */
class TypedInspectionNetwork implements InspectionNetwork, JobStartListener {
  /** Counter-based draws made so far (count). */
  private drawCount = 0;
  /** The kind of the pool being advanced, for the starts it reports. */
  private advancing = 0;

  constructor(
    readonly pools: ServicePool[], readonly samplers: ServiceTimeSampler[], readonly handling: (ServiceTimeSampler | null)[], readonly screening: Uint8Array, readonly units: Int32Array,
    private readonly jobs: JobTable, private readonly listener: InspectionListener,
    /** Key of the service-time and detection draws. */ private readonly key: number,
    /** Detection probability by [kind * OFFENCE_COUNT + offence]. */ private readonly detection: Float64Array,
  ) {}

  enqueue(job: number, kind: number, arrivalHour: number): void {
    this.drawCount += 2;
    const jobs = this.jobs;
    const p = jobs.office[job] * KINDS + kind;
    const id = jobs.declId[job];
    const hours = sampleServiceHours(this.samplers[p], counterUniform(this.key, id, 8 + kind * 2), counterUniform(this.key, id, 9 + kind * 2));
    let ready = arrivalHour;
    const handling = this.handling[p];
    if (handling !== null) {
      this.drawCount += 2;
      ready += sampleServiceHours(handling, counterUniform(this.key, id, 60 + kind * 2), counterUniform(this.key, id, 61 + kind * 2));
    }
    this.pools[p].submit(job, ready, jobs.priority[job], hours);
  }

  advanceTo(hour: number): void {
    const offices = this.screening.length;
    for (let o = 0; o < offices; o++) {
      for (let i = 0; i < ADVANCE_ORDER.length; i++) {
        this.advancing = ADVANCE_ORDER[i];
        this.pools[o * KINDS + this.advancing].advanceTo(hour, this);
      }
    }
  }

  /** A pool of kind `advancing` started `job`: its next stage, or its end. */
  jobStarted(job: number, _startHour: number, endHour: number): void {
    const kind = this.advancing, office = this.jobs.office[job];
    this.listener.started(kind, office);
    if (kind === K_SCAN) {
      this.enqueue(job, this.units[office * KINDS + K_ANALYSIS] > 0 ? K_ANALYSIS : K_PHYSICAL, endHour);
    } else if (kind === K_ANALYSIS || kind === K_DOG) {
      if (this.found(job, kind)) this.enqueue(job, K_PHYSICAL, endHour);
      else this.listener.finished(job, endHour, kind, false);
    } else {
      this.listener.finished(job, endHour, kind, this.found(job, kind));
    }
  }

  setUnits(office: number, kind: number, n: number): void {
    this.units[office * KINDS + kind] = n;
    this.pools[office * KINDS + kind].setUnits(n);
  }

  draws(): number {
    return this.drawCount;
  }

  /** Whether a stage of `kind` detects the job's offence (a counter-based draw against its thoroughness). */
  private found(job: number, kind: number): boolean {
    this.drawCount++;
    return counterUniform(this.key, this.jobs.declId[job], 40 + kind) < this.detection[kind * OFFENCE_COUNT + this.jobs.offence[job]];
  }
}
