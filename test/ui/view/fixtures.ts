/** Small literal snapshots pieces for the view's pure modules. */
import type { ConsignmentView, OfficeView, QueueView } from '../../../src/sim';

/** A consignment with sensible defaults. */
export function consignment(over: Partial<ConsignmentView> = {}): ConsignmentView {
  return {
    id: 2_000_000, office: 0, mode: 'sea', importer: 12, declarant: 3, hs6: '851712', origin: 'SG', departure: 'SG',
    declaredValue: 125_000, massKg: 2_812.5, arrivalHour: 50.5, indicators: [], score: 0, matrix: [1, 2],
    lane: 'green', reasons: [], outcome: 'released', truthOffence: 'none', truthRevenue: 0,
    ...over,
  };
}

/** A queue. */
export function queue(units: number, utilisation = 0, waiting = 0, arriving = 0): QueueView {
  return { units, utilisation, waiting, arriving };
}

/** An office with every queue staffed by one idle unit unless overridden. */
export function office(over: Omit<Partial<OfficeView>, 'queues'> & { queues?: Partial<OfficeView['queues']> } = {}): OfficeView {
  const q = queue(1);
  return {
    id: 'port', name: 'Harbour', mode: 'sea', declarations: 100, lanes: [90, 5, 4, 1], laneCapacity: [0, 10, 10, 2], inspectedHours: { yellow: 3, red: 20 },
    ...over,
    queues: { documentary: q, scan: q, analysis: q, physical: q, dog: q, audit: q, ...over.queues },
  };
}
