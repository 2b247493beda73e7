import type { IntelligenceConfig } from './intelligenceSchema';

/** Subject codes of a tip. */
export const SUBJECT_TRADER = 0;
/** A route: office and country of departure. */ export const SUBJECT_ROUTE = 1;
/** A commodity, at one office or any. */ export const SUBJECT_COMMODITY = 2;
/** Subject names by code. */
export const SUBJECTS = ['trader', 'route', 'commodity'] as const;

/** Action codes: a one-off target, or a profile with a validity window. */
export const ACTION_TARGET = 0;
/** Every matching consignment in the window goes red. */ export const ACTION_PROFILE = 1;

/** A tip: what it points at, when, how reliable it is, and what it has selected so far. */
export interface Tip {
  /** Sequential id, from 1. */ readonly id: number;
  /** Where it came from: the intelligence stream or an instructor's command. */ readonly source: 'stream' | 'command';
  /** SUBJECT_* code. */ readonly subject: number;
  /** Importer index (trader tips), else -1. */ readonly importer: number;
  /** Office index (route tips; commodity tips at one office), else -1 = any office. */ readonly office: number;
  /** Country of departure index (route tips), else -1. */ readonly departure: number;
  /** Declared commodity index (commodity tips), else -1. */ readonly commodity: number;
  /** Stated reliability: probability the tip is true (fraction). */ readonly reliability: number;
  /** Hidden truth of a generated tip (true: points at real smuggling); null for injected tips. */ readonly truth: boolean | null;
  /** Day received. */ readonly receivedDay: number;
  /** First day the covered consignments arrive (receipt + lead time). */ readonly fromDay: number;
  /** Last day it is valid. */ readonly toDay: number;
  /** ACTION_* code. */ readonly action: number;
  /** Consignments a target may still select. */ remaining: number;
  /** Consignments it routed to the red lane. */ selected: number;
  /** Of them, non-compliant (truth). */ nonCompliant: number;
  /** Life cycle. */ status: 'pending' | 'active' | 'used' | 'expired';
  /** Free text. */ readonly note: string;
}

/** Counter indices of the intelligence KPIs (day and run arrays). */
export const T_RECEIVED = 0;
/** Tips that selected their first consignment. */ export const T_ACTED = 1;
/** Targets that selected all their consignments. */ export const T_USED = 2;
/** Tips whose window ended. */ export const T_EXPIRED = 3;
/** Consignments routed red by tips. */ export const T_SELECTED = 4;
/** Inspections of tip-selected consignments completed. */ export const T_INSPECTED = 5;
/** Of them, hits. */ export const T_HITS = 6;
/** Number of counters. */ export const T_COUNTERS = 7;

/** Recently closed tips kept for the snapshot. */
export const CLOSED_KEPT = 20;

/** The intelligence unit's book: open tips, recently closed ones, counters. */
export interface TipBook {
  /** Live configuration (commands replace it). */ config: IntelligenceConfig;
  /** Run seed. */ readonly seed: number;
  /** Next tip id. */ nextId: number;
  /** Tips pending or active, in order of receipt. */ readonly open: Tip[];
  /** The last CLOSED_KEPT used or expired tips, oldest first. */ readonly closed: Tip[];
  /** Tips injected by command since the last day started: counted as received on the next day. */ injectedPending: number;
  /** Today's counters (T_*). */ readonly day: Float64Array;
  /** Counters over the run. */ readonly run: Float64Array;
}

/** Creates an empty book. */
export function createTipBook(config: IntelligenceConfig, seed: number): TipBook {
  return { config, seed, nextId: 1, open: [], closed: [], injectedPending: 0, day: new Float64Array(T_COUNTERS), run: new Float64Array(T_COUNTERS) };
}

/** Adds `n` to counter `k` of the day and the run. */
export function countTip(book: TipBook, k: number, n = 1): void {
  book.day[k] += n;
  book.run[k] += n;
}

/** Records the end of an inspection of a tip-selected consignment (from the finish handler). */
export function noteTipInspection(book: TipBook, hit: boolean): void {
  countTip(book, T_INSPECTED);
  if (hit) countTip(book, T_HITS);
}
