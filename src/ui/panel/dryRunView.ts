import type { DryRunResult } from '../../sim';
import { el } from '../dom';
import { formatCount, formatPercent } from '../format';

/**
 * The dry run's prediction, in words and a small table: what the profile would have selected on
 * a day's traffic, against the day's physical examination capacity.
 */
export function renderDryRun(r: DryRunResult, lane: string): HTMLElement {
  const over = lane === 'red' && r.expectedSelections > r.physicalCapacity;
  const offices = Object.entries(r.byOffice);
  return el('div', { class: 'dry-run-result', attrs: { 'data-matches': String(r.matches), 'data-expected': String(r.expectedSelections) } }, [
    el('p', {}, [
      `On day ${r.day + 1}'s traffic (${formatCount(r.declarations)} declarations) this profile matches `,
      el('strong', { text: `${formatCount(r.matches)} (${formatPercent(r.selectionRate)})` }),
      '; expected selections after the selection percent: ',
      el('strong', { text: formatCount(Math.round(r.expectedSelections)) }),
      '.',
    ]),
    el('table', { class: 'mini-table' }, [
      el('caption', { class: 'visually-hidden', text: 'Matches by office' }),
      el('thead', {}, [el('tr', {}, offices.map(([id]) => el('th', { text: id, attrs: { scope: 'col' } })))]),
      el('tbody', {}, [el('tr', {}, offices.map(([, n]) => el('td', { text: formatCount(n) })))]),
    ]),
    el('p', { class: over ? 'warning' : 'hint', text: `Physical examination capacity that day: ${formatCount(r.physicalCapacity)} examinations${over ? ' — this profile alone would exceed it; the excess waits or is released under the overflow policy.' : '.'}` }),
  ]);
}
