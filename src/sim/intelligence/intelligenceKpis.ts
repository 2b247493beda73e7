import type { Tip, TipBook } from './tipBook';
import { SUBJECTS, T_ACTED, T_EXPIRED, T_HITS, T_INSPECTED, T_RECEIVED, T_SELECTED, T_USED } from './tipBook';
import { COUNTRIES } from '../world/countries';
import { COMMODITIES } from '../world/commodities';

/** The value of intelligence (issue 4 §5, §6): tips and what the inspections they fed found. */
export interface IntelligenceKpis {
  /** Tips received, generated or injected (count). */ tipsReceived: number;
  /** Tips that selected their first consignment (count). */ tipsActed: number;
  /** One-off targets that selected all their consignments (count). */ tipsUsed: number;
  /** Tips whose window ended (count). */ tipsExpired: number;
  /** Consignments sent to the red lane by tips (count). */ tipSelections: number;
  /** Inspections of tip-selected consignments completed (count). */ tipInspections: number;
  /** Of them, hits: the value of intelligence (count). */ tipHits: number;
  /** tipHits / tipInspections (fraction). */ tipHitRate: number;
  /** Tip inspections that found nothing: what false tips cost (count). */ tipInspectionsWasted: number;
}

/** The KPI record of a counter array (the book's day or run). */
export function summariseIntelligence(c: Float64Array): IntelligenceKpis {
  const inspected = c[T_INSPECTED], hits = c[T_HITS];
  return {
    tipsReceived: c[T_RECEIVED], tipsActed: c[T_ACTED], tipsUsed: c[T_USED], tipsExpired: c[T_EXPIRED],
    tipSelections: c[T_SELECTED], tipInspections: inspected, tipHits: hits,
    tipHitRate: inspected > 0 ? hits / inspected : 0, tipInspectionsWasted: inspected - hits,
  };
}

/** One tip as the app shows it. */
export interface TipView {
  /** Tip id. */ readonly id: number;
  /** "stream" (generated) or "command" (injected). */ readonly source: string;
  /** trader, route or commodity. */ readonly subject: string;
  /** Importer index, or null. */ readonly importer: number | null;
  /** Office id, or null (any office). */ readonly office: string | null;
  /** Country of departure, ISO code, or null. */ readonly departure: string | null;
  /** Declared HS6 code, or null. */ readonly hs6: string | null;
  /** Stated reliability (fraction). */ readonly reliability: number;
  /** Hidden truth of a generated tip, null for injected ones. */ readonly truth: boolean | null;
  /** Day received; first and last day valid (run days). */ readonly receivedDay: number; readonly fromDay: number; readonly toDay: number;
  /** "target" or "profile". */ readonly action: string;
  /** Consignments a target may still select. */ readonly remaining: number;
  /** Consignments it selected, and how many of them were non-compliant (truth). */ readonly selected: number; readonly nonCompliant: number;
  /** pending, active, used or expired. */ readonly status: string;
  /** Free text. */ readonly note: string;
}

/** The intelligence section of a snapshot. */
export interface IntelligenceSnapshot {
  /** Tips pending or active. */ readonly tips: readonly TipView[];
  /** The last tips used or expired, oldest first. */ readonly recent: readonly TipView[];
}

/** A tip as plain data. */
export function viewTip(tip: Tip, officeIds: readonly string[]): TipView {
  return {
    id: tip.id, source: tip.source, subject: SUBJECTS[tip.subject],
    importer: tip.importer >= 0 ? tip.importer : null,
    office: tip.office >= 0 ? officeIds[tip.office] : null,
    departure: tip.departure >= 0 ? COUNTRIES[tip.departure].code : null,
    hs6: tip.commodity >= 0 ? COMMODITIES[tip.commodity].hs6 : null,
    reliability: tip.reliability, truth: tip.truth, receivedDay: tip.receivedDay, fromDay: tip.fromDay, toDay: tip.toDay,
    action: tip.action === 0 ? 'target' : 'profile', remaining: tip.remaining, selected: tip.selected, nonCompliant: tip.nonCompliant,
    status: tip.status, note: tip.note,
  };
}

/** Builds the intelligence section. */
export function viewIntelligence(book: TipBook, officeIds: readonly string[]): IntelligenceSnapshot {
  return { tips: book.open.map((t) => viewTip(t, officeIds)), recent: book.closed.map((t) => viewTip(t, officeIds)) };
}

/** One line per intelligence KPI path with its unit, merged into KPI_DOCS. */
export const INTELLIGENCE_KPI_DOCS: Readonly<Record<string, string>> = {
  'intelligence.tipsReceived': 'Intelligence tips received, generated or injected (count)',
  'intelligence.tipsActed': 'Tips that selected their first consignment (count)',
  'intelligence.tipsUsed': 'One-off targets that selected all their consignments (count)',
  'intelligence.tipsExpired': 'Tips whose validity window ended (count)',
  'intelligence.tipSelections': 'Consignments sent to the red lane by tips (count)',
  'intelligence.tipInspections': 'Inspections of tip-selected consignments completed (count)',
  'intelligence.tipHits': 'Tip-selected inspections that found an offence: the value of intelligence (count)',
  'intelligence.tipHitRate': 'Hit rate of tip-selected inspections (fraction)',
  'intelligence.tipInspectionsWasted': 'Tip-selected inspections that found nothing: the cost of false tips (count)',
};
