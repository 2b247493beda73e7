import type { Scenario } from '../config/schema';
import { createServicePool, type ServicePool } from './servicePool';
import { createServiceTimeSampler, sampleServiceHours, type ServiceTimeSampler } from './serviceTime';
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
 * Called when a declaration leaves inspection: `kind` is the last stage, `found` whether it
 * detected an offence. Scans and dog screens that raise no alert end with found = false.
 */
export type FinishHandler = (job: number, endHour: number, kind: number, found: boolean) => void;

/**
 * The inspection side of every office: one service pool per resource kind, and the routes between
 * them (documentary check; scan -> image analysis -> examination on alert; dog -> examination on
 * alert; examination; post-clearance audit). Service times and detection outcomes are
 * counter-based draws keyed on the declaration, so a policy change does not reshuffle them.
 */
export interface InspectionNetwork {
  /** Pools, [office * KINDS + kind]. */ readonly pools: ServicePool[];
  /** Service-time samplers, [office * KINDS + kind]. */ readonly samplers: ServiceTimeSampler[];
  /** Red-lane screening per office (SCREEN_*). */ readonly screening: Uint8Array;
  /** Units configured per pool. */ readonly units: Int32Array;
  /** Queues a job at the first stage `kind` of its route. */ enqueue(job: number, kind: number, arrivalHour: number): void;
  /** Advances every pool to `hour`. */ advanceTo(hour: number): void;
  /** Changes the units of one pool. */ setUnits(office: number, kind: number, units: number): void;
  /** Counter-based draws made so far. */ draws(): number;
}

/** Builds the network for a scenario. */
export function createInspectionNetwork(
  scenario: Scenario, seed: number, jobs: JobTable, onFinish: FinishHandler, onStart: (kind: number, office: number) => void,
): InspectionNetwork {
  const pools: ServicePool[] = [];
  const samplers: ServiceTimeSampler[] = [];
  const units = new Int32Array(scenario.offices.length * KINDS);
  const screening = new Uint8Array(scenario.offices.length);
  const key = counterKey(seed, 'inspection');
  const det = scenario.detection;
  const detection = new Float64Array(KINDS * OFFENCE_COUNT);
  const rows: [number, readonly number[]][] = [
    [K_DOCUMENTARY, det.documentary], [K_ANALYSIS, det.scanAlert], [K_PHYSICAL, det.physical], [K_DOG, det.dogAlert], [K_AUDIT, det.audit],
  ];
  for (const [k, row] of rows) for (let o = 0; o < OFFENCE_COUNT; o++) detection[k * OFFENCE_COUNT + o] = row[o];

  scenario.offices.forEach((office, o) => {
    const r = office.resources;
    const specs = [
      { n: r.documentary.officers, p: r.documentary, s: r.documentary.service },
      { n: r.scanner.units, p: r.scanner, s: r.scanner.service },
      { n: r.scanner.analysts, p: r.scanner, s: r.scanner.analysis },
      { n: r.physical.teams, p: r.physical, s: r.physical.service },
      { n: r.dog.teams, p: r.dog, s: r.dog.service },
      { n: r.audit.auditors, p: r.audit, s: r.audit.service },
    ];
    specs.forEach((spec, k) => {
      // Priority discipline always: FIFO policy is expressed as equal priorities (ties go by arrival).
      pools.push(createServicePool({ units: spec.n, shifts: spec.p.shifts, weekdays: spec.p.weekdays, startWeekday: scenario.startWeekday, discipline: 'priority' }));
      samplers.push(createServiceTimeSampler(spec.s));
      units[o * KINDS + k] = spec.n;
    });
    screening[o] = office.redScreening === 'scan' ? SCREEN_SCAN : office.redScreening === 'dog' ? SCREEN_DOG : SCREEN_NONE;
  });

  let draws = 0;
  const enqueue = (job: number, kind: number, arrivalHour: number): void => {
    draws += 2;
    const office = jobs.office[job];
    const p = office * KINDS + kind;
    const id = jobs.declId[job];
    const hours = sampleServiceHours(samplers[p], counterUniform(key, id, 8 + kind * 2), counterUniform(key, id, 9 + kind * 2));
    pools[p].submit(job, arrivalHour, jobs.priority[job], hours);
  };
  const found = (job: number, kind: number): boolean =>
    ++draws > 0 && counterUniform(key, jobs.declId[job], 40 + kind) < detection[kind * OFFENCE_COUNT + jobs.offence[job]];

  // One start handler per kind, created once: each decides the job's next stage or its end.
  const handlers = [K_DOCUMENTARY, K_SCAN, K_ANALYSIS, K_PHYSICAL, K_DOG, K_AUDIT].map((kind) => (job: number, _start: number, end: number) => {
    onStart(kind, jobs.office[job]);
    if (kind === K_SCAN) {
      const analysts = units[jobs.office[job] * KINDS + K_ANALYSIS];
      if (analysts > 0) enqueue(job, K_ANALYSIS, end);
      else enqueue(job, K_PHYSICAL, end);
    } else if (kind === K_ANALYSIS || kind === K_DOG) {
      if (found(job, kind)) enqueue(job, K_PHYSICAL, end);
      else onFinish(job, end, kind, false);
    } else {
      onFinish(job, end, kind, found(job, kind));
    }
  });

  return {
    pools, samplers, screening, units,
    enqueue,
    draws: () => draws,
    advanceTo(hour: number): void {
      for (let o = 0; o < scenario.offices.length; o++) {
        for (const k of ADVANCE_ORDER) pools[o * KINDS + k].advanceTo(hour, handlers[k]);
      }
    },
    setUnits(office: number, kind: number, n: number): void {
      units[office * KINDS + kind] = n;
      pools[office * KINDS + kind].setUnits(n);
    },
  };
}
