import type { ScenarioInput } from './schema';
import { HANDLED_RESOURCES, SCENARIO_SCHEMA_VERSION } from './schema';
import { defaultIndicatorWeights } from '../indicators/catalogue';

/**
 * Built-in scenarios. `default` is a mid-size administration of a developed economy handling
 * about 5,000 declarations a day over four offices; `developing` has the same offices with the
 * 50/30/15/5 tier mix, fewer resources and a heavier inspection policy. Calibration follows the
 * domain reference §5 and §9: sea physical rates 2-5 %, random selection about 0.5 % of
 * declarations, documentary checks 15-45 min, full devanning exams of hours, NII scans under a
 * minute with interpretation the bottleneck, dog screening of minutes (officers' time, §5.3).
 *
 * Handling before an inspection (the goods' time, not the officers') is a design assumption set
 * inside §5.2's dwell figures: an examination adds about a day to clearance in the US (1 day without,
 * 2 with; X-ray 1-3 days of added dwell, tailgate 2-6, intensive 5-30), while the EU clears 84 % of
 * declarations within an hour. So at the port a container takes about a day to be positioned at the
 * scanner and two more to be devanned for an examination; air cargo hours; an express parcel
 * minutes to be pulled off the line; a truck an hour or so to reach the scanner or unload; a
 * documentary check waits hours for the trader's papers. The developing preset doubles them.
 */
const everyDay = [true, true, true, true, true, true, true];
const weekdaysOnly = [true, true, true, true, true, false, false];
const twoShifts = [{ start: 6, end: 14 }, { start: 14, end: 22 }];
const threeShifts = [{ start: 0, end: 8 }, { start: 8, end: 16 }, { start: 16, end: 24 }];
const dayShift = [{ start: 8, end: 16 }];

const lognormal = (meanMinutes: number, cv = 0.5) => ({ distribution: 'lognormal' as const, meanMinutes, cv });
const exponential = (meanMinutes: number) => ({ distribution: 'exponential' as const, meanMinutes, cv: 1 });
const fixed = (meanMinutes: number) => ({ distribution: 'fixed' as const, meanMinutes, cv: 0 });
/**
 * Handling before an inspection with mean `meanHours` (hours of elapsed time), the built-in worlds'
 * shape: a design assumption within the §5.2 dwell figures, see DEFAULT_SCENARIO.
 */
export const handling = (meanHours: number, cv = 0.6) => ({ distribution: 'lognormal' as const, meanHours, cv });

/** The default scenario (id `default`). */
export const DEFAULT_SCENARIO: ScenarioInput = {
  schemaVersion: SCENARIO_SCHEMA_VERSION,
  id: 'default',
  name: 'Mid-size administration (developed)',
  description:
    'Four offices of entry — a container port, an air-cargo terminal, an express hub and a road border — ' +
    'handling about 5,000 declarations a day. Traders follow the 70/20/8/2 compliance pyramid; six organised ' +
    'networks smuggle drugs, counterfeits and excise goods.',
  days: 90,
  startWeekday: 0,
  offices: [
    {
      id: 'port', name: 'Harbour City container port', mode: 'sea', dailyVolume: 1600,
      weekdayFactors: [1.15, 1.15, 1.15, 1.15, 1.1, 0.5, 0.3], openHours: { start: 6, end: 22 },
      greenReleaseMinutes: 15, redScreening: 'scan',
      resources: {
        documentary: { officers: 5, shifts: twoShifts, weekdays: everyDay, service: lognormal(30), handling: handling(6, 1) },
        scanner: { units: 2, analysts: 2, shifts: twoShifts, weekdays: everyDay, service: fixed(4), handling: handling(24), analysis: lognormal(12) },
        physical: { teams: 4, shifts: twoShifts, weekdays: everyDay, service: lognormal(150), handling: handling(48) },
        dog: { teams: 1, shifts: dayShift, weekdays: weekdaysOnly, service: exponential(8), handling: handling(4) },
        audit: { auditors: 5, shifts: dayShift, weekdays: weekdaysOnly, service: lognormal(60, 0.8) },
      },
    },
    {
      id: 'airport', name: 'Capital airport cargo terminal', mode: 'air', dailyVolume: 700,
      weekdayFactors: [1.05, 1.05, 1.05, 1.05, 1.05, 0.9, 0.85], openHours: { start: 0, end: 24 },
      greenReleaseMinutes: 10, redScreening: 'scan',
      resources: {
        documentary: { officers: 2, shifts: threeShifts, weekdays: everyDay, service: lognormal(25), handling: handling(3, 1) },
        scanner: { units: 1, analysts: 1, shifts: threeShifts, weekdays: everyDay, service: fixed(2), handling: handling(2), analysis: lognormal(6) },
        physical: { teams: 2, shifts: threeShifts, weekdays: everyDay, service: lognormal(60), handling: handling(8) },
        dog: { teams: 1, shifts: threeShifts, weekdays: everyDay, service: exponential(4), handling: handling(1) },
        audit: { auditors: 2, shifts: dayShift, weekdays: weekdaysOnly, service: lognormal(45, 0.8) },
      },
    },
    {
      id: 'express', name: 'Express and postal hub', mode: 'express', dailyVolume: 2000,
      weekdayFactors: [1.1, 1.1, 1.1, 1.1, 1.1, 0.8, 0.7], openHours: { start: 0, end: 24 },
      greenReleaseMinutes: 2, redScreening: 'dog',
      resources: {
        documentary: { officers: 2, shifts: threeShifts, weekdays: everyDay, service: lognormal(10), handling: handling(4, 1) },
        scanner: { units: 2, analysts: 2, shifts: threeShifts, weekdays: everyDay, service: fixed(0.5), handling: handling(0.25), analysis: lognormal(1.5) },
        physical: { teams: 1, shifts: threeShifts, weekdays: everyDay, service: lognormal(20), handling: handling(1) },
        dog: { teams: 1, shifts: threeShifts, weekdays: everyDay, service: exponential(1), handling: handling(0.25) },
        audit: { auditors: 3, shifts: dayShift, weekdays: weekdaysOnly, service: lognormal(20, 0.8) },
      },
    },
    {
      id: 'border', name: 'Northern road border crossing', mode: 'land', dailyVolume: 700,
      weekdayFactors: [1.1, 1.1, 1.1, 1.1, 1.1, 0.7, 0.5], openHours: { start: 6, end: 22 },
      greenReleaseMinutes: 10, redScreening: 'scan',
      resources: {
        documentary: { officers: 2, shifts: twoShifts, weekdays: everyDay, service: lognormal(20), handling: handling(1, 1) },
        scanner: { units: 1, analysts: 1, shifts: twoShifts, weekdays: everyDay, service: fixed(2), handling: handling(0.5), analysis: lognormal(8) },
        physical: { teams: 3, shifts: twoShifts, weekdays: everyDay, service: lognormal(90), handling: handling(4) },
        dog: { teams: 1, shifts: twoShifts, weekdays: everyDay, service: exponential(6), handling: handling(0.25) },
        audit: { auditors: 2, shifts: dayShift, weekdays: weekdaysOnly, service: lognormal(60, 0.8) },
      },
    },
  ],
  traders: {
    importers: 8000,
    declarants: 300,
    tierMix: [0.7, 0.2, 0.08, 0.02],
    violationProbability: [0.002, 0.03, 0.15, 0.6],
    propensitySpread: 20,
    sizeParetoAlpha: 1.5,
    newTraderShare: 0.05,
    aeoShare: 0.3,
    networks: { count: 6, membersPerNetwork: 4, activity: 3 },
  },
  economics: {
    delayCostPerDay: { min: 0.006, max: 0.021 },
    penaltyMultiple: { negligence: 2, grossNegligence: 4, fraud: 6, prohibitedShareOfValue: 0.5 },
  },
  generator: { indicatorLift: 1 },
  policy: {
    indicatorWeights: defaultIndicatorWeights(),
    thresholds: { blue: 45, yellow: 48, red: 60 },
    laneBy: 'score',
    matrixLanes: [
      ['green', 'green', 'green', 'green', 'yellow'],
      ['green', 'green', 'green', 'yellow', 'yellow'],
      ['green', 'blue', 'yellow', 'yellow', 'red'],
      ['blue', 'yellow', 'yellow', 'red', 'red'],
      ['yellow', 'yellow', 'red', 'red', 'red'],
    ],
    likelihoodBands: [20, 35, 50, 65],
    randomRate: 0.005,
    aeo: { facilitation: true, selectionMultiplier: 0.2, queuePriority: true },
    capacity: { overflow: 'wait', expectedRates: { red: 0, yellow: 0, blue: 0 }, queueDiscipline: 'priority' },
    rules: [
      {
        id: 'excise-hubs', name: 'Excise goods routed via transshipment hubs', owner: 'revenue-unit', status: 'active',
        conditions: [{ indicator: 'G18' }, { indicator: 'G9' }], lane: 'red', score: 0, selectionPercent: 100,
      },
      {
        id: 'cover-loads', name: 'Produce from drug-source countries with weight anomaly', owner: 'enforcement', status: 'active',
        conditions: [{ indicator: 'L4' }, { indicator: 'M9' }], lane: 'red', score: 0, selectionPercent: 100,
      },
      {
        id: 'brand-low-value', name: 'Brand-name goods at low declared value', owner: 'ipr-unit', status: 'active',
        conditions: [{ indicator: 'I1' }], lane: 'red', score: 20, selectionPercent: 50,
      },
    ],
  },
  // Traders respond (issue 4), calibrated after a 30-day warm-up so that this policy keeps the pyramid in balance.
  behaviour: { enabled: true },
};

/** An office with each inspection resource cut to `share` of the default (at least one unit). */
function understaffed(office: ScenarioInput['offices'][number], share: number): ScenarioInput['offices'][number] {
  const cut = (n: number) => Math.max(1, Math.round(n * share));
  const r = office.resources;
  return {
    ...office,
    resources: {
      documentary: { ...r.documentary, officers: cut(r.documentary.officers) },
      scanner: { ...r.scanner, units: cut(r.scanner.units), analysts: cut(r.scanner.analysts) },
      physical: { ...r.physical, teams: cut(r.physical.teams) },
      dog: { ...r.dog, teams: cut(r.dog.teams) },
      audit: { ...r.audit, auditors: cut(r.audit.auditors) },
    },
  };
}

/** An office whose handling before inspections takes `factor` times as long (slower logistics and document exchange). */
function slowerHandling(office: ScenarioInput['offices'][number], factor: number): ScenarioInput['offices'][number] {
  const resources = { ...office.resources };
  for (const kind of HANDLED_RESOURCES) {
    const h = resources[kind].handling;
    // One resource's settings with a longer handling (the four resources' types differ, hence the record).
    if (h !== undefined) (resources as Record<string, unknown>)[kind] = { ...resources[kind], handling: { ...h, meanHours: h.meanHours * factor } };
  }
  return { ...office, resources };
}

/** The developing-administration preset (id `developing`). */
export const DEVELOPING_SCENARIO: ScenarioInput = {
  ...DEFAULT_SCENARIO,
  // Added dwell of an examination x2, within the x1.5-3 of domain reference §9's developing column.
  offices: DEFAULT_SCENARIO.offices.map((o) => slowerHandling(understaffed(o, 0.6), 2)),
  id: 'developing',
  name: 'Developing administration',
  description:
    'The same four offices with a 50/30/15/5 compliance pyramid, higher violation rates, fewer examination teams, ' +
    'slower handling of inspected goods and a heavier, less targeted inspection policy (domain reference §9, developing column).',
  traders: {
    ...DEFAULT_SCENARIO.traders,
    tierMix: [0.5, 0.3, 0.15, 0.05],
    violationProbability: [0.005, 0.05, 0.2, 0.6],
    aeoShare: 0.05,
  },
  policy: {
    ...DEFAULT_SCENARIO.policy,
    thresholds: { blue: 30, yellow: 35, red: 45 },
    randomRate: 0.01,
    aeo: { facilitation: false, selectionMultiplier: 0.4, queuePriority: false },
    capacity: { overflow: 'wait', expectedRates: { red: 0, yellow: 0, blue: 0 }, queueDiscipline: 'fifo' },
  },
};

/** Built-in scenarios by id. */
export const BUILTIN_SCENARIOS: Readonly<Record<string, ScenarioInput>> = {
  default: DEFAULT_SCENARIO,
  developing: DEVELOPING_SCENARIO,
};
