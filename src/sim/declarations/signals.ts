import { OFFENCE_COUNT } from './codes';

/**
 * How non-compliance leaves traces in declared fields. Each signal is a yes/no property of a
 * declaration (a vague description, a third-party payment, a late advance filing ...). A compliant
 * declaration shows it with probability `base`; a declaration with offence o shows it with
 * `base * (1 + (ratio[o] - 1) * lift)`, capped at 0.95, where `lift` is the scenario's
 * `generator.indicatorLift`. Indicators are then computed from the fields, so an indicator is only
 * as informative as the signals behind it: good rules find fraud, bad rules do not.
 *
 * Base rates and ratios are design assumptions shaped by the domain reference §2 (which red flags
 * go with which offence: FATF/Egmont TBML indicators, CBP ISF, OECD/EUIPO small parcels, CBP land
 * interdiction); they are calibration knobs, not published figures.
 */
export interface SignalSpec {
  /** Signal id, used by the generator. */
  readonly id: string;
  /** Modes where the signal can occur, bit mask over MODES (sea 1, air 2, express 4, land 8). */
  readonly modes: number;
  /** Probability on a compliant declaration. */
  readonly base: number;
  /** Likelihood ratio by offence code [none, under, misclass, origin, prohibited, IPR, excise]. */
  readonly ratio: readonly number[];
}

/** Signal ids in table order; the generator refers to them by index constant. */
export const SIGNALS: readonly SignalSpec[] = [
  { id: 'vagueDescription', modes: 15, base: 0.04, ratio: [1, 2, 4, 1.5, 5, 3, 3] },
  { id: 'descriptionInconsistent', modes: 15, base: 0.01, ratio: [1, 1.5, 8, 1.5, 3, 2, 2] },
  { id: 'brandName', modes: 15, base: 0.06, ratio: [1, 1, 1, 1, 1, 5, 1] },
  { id: 'giftOrSample', modes: 6, base: 0.02, ratio: [1, 3, 1, 1, 3, 5, 2] },
  { id: 'residentialConsignee', modes: 15, base: 0.02, ratio: [1, 2, 1, 1, 6, 3, 3] },
  { id: 'forwarderConsignee', modes: 3, base: 0.08, ratio: [1, 1.5, 1, 2, 3, 2, 2] },
  { id: 'riskyPayment', modes: 15, base: 0.04, ratio: [1, 3, 1.5, 2, 4, 2, 2.5] },
  { id: 'documentMismatch', modes: 15, base: 0.02, ratio: [1, 4, 3, 3, 3, 2, 4] },
  { id: 'weightDeviation', modes: 9, base: 0.03, ratio: [1, 1.5, 1, 1, 6, 2, 5] },
  { id: 'sealMismatch', modes: 1, base: 0.005, ratio: [1, 1, 1, 1, 10, 2, 4] },
  { id: 'lateAdvanceData', modes: 7, base: 0.05, ratio: [1, 1.5, 1, 1.5, 4, 2, 3] },
  { id: 'amendedAdvanceData', modes: 3, base: 0.04, ratio: [1, 2, 2, 2, 3, 1.5, 2] },
  { id: 'transshipped', modes: 3, base: 0.1, ratio: [1, 1.5, 1, 5, 3, 2, 2] },
  { id: 'newPartnerPair', modes: 15, base: 0.08, ratio: [1, 1.5, 1, 2, 4, 2, 2] },
  { id: 'relatedParty', modes: 15, base: 0.06, ratio: [1, 3, 1, 1, 1, 1, 1] },
  { id: 'atypicalOrigin', modes: 15, base: 0.03, ratio: [1, 1, 1, 8, 2, 2, 2] },
  { id: 'highFreight', modes: 15, base: 0.03, ratio: [1, 4, 1, 1, 2, 2, 2] },
  { id: 'nearThreshold', modes: 6, base: 0.03, ratio: [1, 4, 1, 1, 2, 3, 2] },
  { id: 'offSector', modes: 15, base: 0.03, ratio: [1, 1, 1.5, 1, 5, 2, 3] },
  { id: 'newCarrier', modes: 8, base: 0.05, ratio: [1, 1, 1, 1, 5, 2, 3] },
  { id: 'transit', modes: 8, base: 0.1, ratio: [1, 1.5, 1, 2, 2, 1.5, 3] },
  { id: 'riskyContainer', modes: 1, base: 0.08, ratio: [1, 1, 1, 1, 3, 1, 2] },
  { id: 'riskyDeparture', modes: 15, base: 0.05, ratio: [1, 1, 1, 2, 5, 4, 2] },
];

/** Signal indices, named for the generator. */
export const SIG = Object.fromEntries(SIGNALS.map((s, i) => [s.id, i])) as Readonly<Record<string, number>>;

/**
 * Precomputes the probability table `p[signal * OFFENCE_COUNT + offence]` for a lift.
 * Done once per simulation (and again only if the scenario changes), never in the loop.
 */
export function createSignalTable(lift: number): Float64Array {
  const table = new Float64Array(SIGNALS.length * OFFENCE_COUNT);
  for (let s = 0; s < SIGNALS.length; s++) {
    const spec = SIGNALS[s];
    for (let o = 0; o < OFFENCE_COUNT; o++) {
      const p = spec.base * (1 + (spec.ratio[o] - 1) * lift);
      table[s * OFFENCE_COUNT + o] = Math.min(0.95, Math.max(0, p));
    }
  }
  return table;
}
