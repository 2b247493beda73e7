/**
 * How many consignments the canvas draws. The snapshot's sample is already an even spread of the
 * day (every k-th declaration); beyond `MAX_DRAWN_CONSIGNMENTS` the view thins it the same way,
 * and exit clusters fold what does not fit into a count. The note under the canvas says how much
 * of the day is drawn, so a sample is never mistaken for the whole traffic.
 */
import { formatCount } from '../format';

/** Most consignment sprites drawn at once (one particle each; more would not be told apart). */
export const MAX_DRAWN_CONSIGNMENTS = 5000;

/** An even spread of at most `cap` items of `items` (every k-th, first one included); `items` itself when it fits. */
export function thinEvenly<T>(items: readonly T[], cap: number): readonly T[] {
  const n = items.length, take = Math.max(0, Math.floor(cap));
  if (n <= take) return items;
  const out: T[] = new Array<T>(take);
  for (let j = 0; j < take; j++) out[j] = items[Math.floor((j * n) / take)];
  return out;
}

/** "Drawing 2,000 of 5,560 declarations of day 3 (1 in 2.8); lane counts are for all of them." */
export function sampleNote(drawn: number, declarations: number, day: number): string {
  if (day <= 0) return 'No day simulated yet: step or play to see consignments move through the offices.';
  if (drawn <= 0) return `Day ${day}: no consignments sampled for the view; lane counts are for all ${formatCount(declarations)} declarations.`;
  if (drawn >= declarations) return `Drawing all ${formatCount(declarations)} declarations of day ${day}.`;
  const ratio = declarations / drawn;
  return `Drawing ${formatCount(drawn)} of ${formatCount(declarations)} declarations of day ${day} (1 in ${ratio < 10 ? ratio.toFixed(1) : formatCount(ratio)}); lane counts are for all of them.`;
}

/** The badge text of an exit cluster's folded consignments: "+562 more". */
export function foldBadgeText(count: number): string {
  return `+${formatCount(count)} more`;
}
