/**
 * The details card beside the canvas: copies a `ConsignmentDetails` (consignmentDetails.ts) into
 * a heading and definition lists, or shows how to pick a consignment when none is selected.
 */
import { el } from '../dom';
import type { ConsignmentDetails } from './consignmentDetails';

/** What the card says with nothing selected. */
export const EMPTY_CARD_TEXT = 'Hover or click a consignment on the canvas, or focus the canvas and use the arrow keys, to see its declaration, the indicators that fired, its risk score and lane.';

/** Fills `card` with `details`, or with the empty-card hint; `note` is an extra line (e.g. "from day 3"). */
export function renderDetailsCard(card: HTMLElement, details: ConsignmentDetails | null, note: string | null): void {
  if (!details) {
    card.replaceChildren(el('h3', { class: 'admin-card-title', text: 'Consignment details' }), el('p', { class: 'admin-card-hint', text: EMPTY_CARD_TEXT }));
    return;
  }
  const parts: HTMLElement[] = [el('h3', { class: 'admin-card-title', text: details.title })];
  if (note) parts.push(el('p', { class: 'admin-card-note', text: note }));
  for (const section of details.sections) {
    parts.push(el('h4', { class: 'admin-card-section', text: section.heading }));
    const list = el('dl', { class: 'admin-card-rows' });
    for (const row of section.rows) list.append(el('dt', { text: row.label }), el('dd', { text: row.value }));
    parts.push(list);
  }
  card.replaceChildren(...parts);
}
