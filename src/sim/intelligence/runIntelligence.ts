import type { TraderPopulation } from '../traders/population';
import type { NetworkState } from '../networks/networkState';
import type { DayBuffer } from '../declarations/dayBuffer';
import type { Tip, TipBook } from './tipBook';
import {
  ACTION_TARGET, CLOSED_KEPT, SUBJECT_COMMODITY, SUBJECT_ROUTE, SUBJECT_TRADER, T_ACTED, T_EXPIRED, T_RECEIVED, T_SELECTED, T_USED, countTip,
} from './tipBook';
import { generateTips } from './generateTips';
import { createStream } from '../random/stream';
import { LANE_RED, REASON_INTEL, REASON_TARGETED } from '../declarations/codes';

/**
 * The intelligence unit's day, after the lanes are assigned and before capacity matching: today's
 * tips arrive (stream "intelligence" of the day, so tips never change which consignments arrive),
 * then every tip whose window covers today sends the matching consignments to the red lane
 * (reasons targeted + intelligence): a one-off target its next `remaining` ones, a profile all of
 * them. Tips whose target is used up or whose window ends today are closed. Returns the uniforms drawn.
 */
export function runIntelligence(book: TipBook, pop: TraderPopulation, ns: NetworkState, b: DayBuffer, officeCount: number): number {
  book.day.fill(0);
  if (book.injectedPending > 0) {
    countTip(book, T_RECEIVED, book.injectedPending);
    book.injectedPending = 0;
  }
  const today = b.day;
  let draws = 0;
  if (book.config.enabled) {
    const rnd = createStream(`${book.seed}|intelligence|${today}`);
    generateTips(book, pop, ns, officeCount, today, rnd);
    draws = rnd.draws();
  }
  const open = book.open;
  let kept = 0;
  for (let t = 0; t < open.length; t++) {
    const tip = open[t];
    if (tip.fromDay <= today && tip.toDay >= today) {
      tip.status = 'active';
      applyTip(book, tip, b);
    }
    if (tip.status === 'active' && tip.toDay <= today) { tip.status = 'expired'; countTip(book, T_EXPIRED); }
    if (tip.status === 'used' || tip.status === 'expired') close(book, tip);
    else open[kept++] = tip;
  }
  open.length = kept;
  return draws;
}

/**
 * Routes today's consignments matching `tip` to the red lane: a profile all of them, a one-off
 * target its next `remaining` ones in order of arrival (one pass per consignment it still takes;
 * a consignment another tip already selected is left to that tip).
 */
function applyTip(book: TipBook, tip: Tip, b: DayBuffer): void {
  const n = b.count;
  if (tip.action !== ACTION_TARGET) {
    for (let i = 0; i < n; i++) if ((b.reason[i] & REASON_INTEL) === 0 && matches(tip, b, i)) select(book, tip, b, i);
    return;
  }
  while (tip.remaining > 0) {
    let next = -1;
    for (let i = 0; i < n; i++) {
      if ((b.reason[i] & REASON_INTEL) === 0 && matches(tip, b, i) && (next < 0 || b.arrivalHour[i] < b.arrivalHour[next])) next = i;
    }
    if (next < 0) return;
    select(book, tip, b, next);
    if (--tip.remaining === 0) {
      tip.status = 'used';
      countTip(book, T_USED);
    }
  }
}

/** Sends declaration `i` to the red lane for `tip` and counts it. */
function select(book: TipBook, tip: Tip, b: DayBuffer, i: number): void {
  b.lane[i] = LANE_RED;
  b.reason[i] |= REASON_TARGETED | REASON_INTEL;
  if (tip.selected === 0) countTip(book, T_ACTED);
  tip.selected++;
  if (b.truthOffence[i] !== 0) tip.nonCompliant++;
  countTip(book, T_SELECTED);
}

/** Whether declaration `i` is what the tip points at. */
function matches(tip: Tip, b: DayBuffer, i: number): boolean {
  if (tip.subject === SUBJECT_TRADER) return b.importer[i] === tip.importer;
  if (tip.office >= 0 && b.office[i] !== tip.office) return false;
  if (tip.subject === SUBJECT_ROUTE) return b.departure[i] === tip.departure;
  return tip.subject === SUBJECT_COMMODITY && b.commodity[i] === tip.commodity;
}

function close(book: TipBook, tip: Tip): void {
  book.closed.push(tip);
  if (book.closed.length > CLOSED_KEPT) book.closed.shift();
}
