/**
 * The text of the details card, the hover tooltip, the list of sampled consignments and the
 * screen-reader announcement. Pure; the DOM layer only copies it into elements.
 *
 * The hidden truth is shown only when the administration knows it: after a hit (what the
 * inspection found) or in the debrief (`revealTruth`). A clean inspection does not reveal whether
 * an offence was missed, as in real life; the debrief does.
 */
import type { ConsignmentView } from '../../sim';
import { formatCount, formatUsd } from '../format';
import { GLYPH_NAMES, OUTCOME_LABELS, glyphOf } from './consignmentGlyph';
import { LANE_MEANINGS, VIEW_LANES } from './palette';

/** One labelled value. */
export interface DetailRow {
  /** Label. */ readonly label: string;
  /** Value. */ readonly value: string;
}

/** A titled group of rows. */
export interface DetailSection {
  /** Heading. */ readonly heading: string;
  /** Rows. */ readonly rows: readonly DetailRow[];
}

/** Everything the details card shows. */
export interface ConsignmentDetails {
  /** Title, e.g. "Consignment 2000003". */ readonly title: string;
  /** One-line summary. */ readonly summary: string;
  /** Sections: declaration, targeting, outcome, truth. */ readonly sections: readonly DetailSection[];
}

/** What the card needs besides the consignment. */
export interface DetailsContext {
  /** Name of the consignment's office. */ readonly officeName: string;
  /** Debrief: show the hidden truth of every consignment. */ readonly revealTruth: boolean;
}

/** "day 3, 14:05" from hours since run start. */
export function formatArrival(hour: number): string {
  const day = Math.floor(hour / 24) + 1;
  const minutes = Math.floor((hour - (day - 1) * 24) * 60);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0'), mm = String(minutes % 60).padStart(2, '0');
  return `day ${day}, ${hh}:${mm}`;
}

/** Lane with its meaning: "red lane (physical examination)". */
export function laneText(lane: string): string {
  const known = (VIEW_LANES as readonly string[]).includes(lane) ? LANE_MEANINGS[lane as (typeof VIEW_LANES)[number]] : null;
  return known ? `${lane} lane (${known})` : `${lane} lane`;
}

/** Whether the card may show the consignment's hidden truth. */
export function truthVisible(c: Pick<ConsignmentView, 'outcome'>, revealTruth: boolean): boolean {
  return revealTruth || c.outcome === 'hit';
}

/**
 * What the live region says when a consignment is selected: its summary, its place in the browsing
 * order (`position` 0-based, -1 when not browsed) and, when it may be shown, the truth.
 */
export function selectionAnnouncement(c: ConsignmentView, officeName: string, position: number, count: number, revealTruth: boolean): string {
  const place = position >= 0 ? ` ${position + 1} of ${count}.` : '';
  const truth = truthVisible(c, revealTruth) ? ` Truth: ${c.truthOffence === 'none' ? 'compliant' : c.truthOffence}.` : '';
  return `Selected consignment ${consignmentSummary(c, officeName)}.${place}${truth}`;
}

/** One line for the list, tooltip and announcements: id, office, lane, outcome, score. */
export function consignmentSummary(c: ConsignmentView, officeName: string): string {
  return `${c.id} · ${officeName} · ${laneText(c.lane)} · ${OUTCOME_LABELS[glyphOf(c)]} · score ${formatCount(c.score)}`;
}

function truthRows(c: ConsignmentView, revealTruth: boolean): DetailRow[] {
  const offence = c.truthOffence === 'none' ? 'none (compliant)' : c.truthOffence;
  if (revealTruth) {
    const rows = [{ label: 'Offence', value: offence }, { label: 'Duty evaded', value: formatUsd(c.truthRevenue) }];
    if (c.truthOffence !== 'none' && c.outcome !== 'hit') {
      rows.push({ label: 'Detected', value: c.outcome === 'clean' ? 'no: missed by the inspection' : c.outcome === 'pending' ? 'not yet: inspection pending' : 'no: released without inspection' });
    }
    return rows;
  }
  if (c.outcome === 'hit') return [{ label: 'Offence found', value: offence }, { label: 'Duty evaded', value: formatUsd(c.truthRevenue) }];
  const why = c.outcome === 'clean' ? 'Inspection found no offence; whether one was missed is shown in the debrief.'
    : c.outcome === 'pending' ? 'Inspection not finished.'
    : 'Not inspected; the truth is shown in the debrief.';
  return [{ label: 'Hidden', value: why }];
}

/** The details card of a consignment. */
export function describeConsignment(c: ConsignmentView, ctx: DetailsContext): ConsignmentDetails {
  const glyph = glyphOf(c);
  return {
    title: `Consignment ${c.id}`,
    summary: consignmentSummary(c, ctx.officeName),
    sections: [
      {
        heading: 'Declaration',
        rows: [
          { label: 'Office', value: `${ctx.officeName} (${c.mode})` },
          { label: 'Importer', value: `#${c.importer}` },
          { label: 'Declarant', value: `#${c.declarant}` },
          { label: 'HS code', value: c.hs6 },
          { label: 'Origin', value: c.origin },
          { label: 'Departure', value: c.departure },
          { label: 'Declared value', value: formatUsd(c.declaredValue) },
          { label: 'Mass', value: `${formatCount(c.massKg)} kg` },
          { label: 'Arrival', value: formatArrival(c.arrivalHour) },
        ],
      },
      {
        heading: 'Targeting',
        rows: [
          { label: 'Indicators fired', value: c.indicators.length ? c.indicators.join(', ') : 'none' },
          { label: 'Risk score', value: `${formatCount(c.score)} points` },
          { label: 'Risk matrix', value: `likelihood ${c.matrix[0]} × consequence ${c.matrix[1]}` },
          { label: 'Lane', value: laneText(c.lane) },
          { label: 'Reasons', value: c.reasons.length ? c.reasons.join(', ') : 'none (not selected)' },
        ],
      },
      { heading: 'Outcome', rows: [{ label: 'Outcome', value: `${OUTCOME_LABELS[glyph]} (${GLYPH_NAMES[glyph].toLowerCase()})` }] },
      { heading: ctx.revealTruth ? 'Truth (debrief)' : 'Truth', rows: truthRows(c, ctx.revealTruth) },
    ],
  };
}
