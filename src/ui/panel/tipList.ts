import type { IntelligenceSnapshot, TipView } from '../../sim';
import { el } from '../dom';
import { formatPercent } from '../format';
import { tipOutcomeText, tipSubjectText } from './tipDraft';

/** Recent tips listed; older ones are counted, not listed, to keep the panel short. */
export const RECENT_SHOWN = 6;

/** One tip as a list item: what it points at, where it came from, its window and its outcome. */
function tipItem(t: TipView): HTMLLIElement {
  const source = t.source === 'command' ? 'injected' : 'generated';
  const truth = t.truth === null ? '' : ` · hidden truth: ${t.truth ? 'a true tip' : 'a false tip'}`;
  return el('li', { class: 'rule-card tip-card', attrs: { 'data-tip': String(t.id), 'data-status': t.status, 'data-source': source } }, [
    el('p', { class: 'tip-head' }, [
      el('span', { class: 'rule-id', text: `#${t.id}` }),
      el('strong', { text: tipSubjectText(t) }),
      el('span', { class: 'tip-badge', text: source }),
    ]),
    el('p', { class: 'tip-meta', text: `${t.action === 'target' ? 'one-off target' : 'profile'} · reliability ${formatPercent(t.reliability)} · received day ${t.receivedDay + 1}, valid days ${t.fromDay + 1}–${t.toDay + 1}${truth}` }),
    el('p', { class: 'tip-outcome', attrs: { 'data-stat': 'outcome' }, text: tipOutcomeText(t) }),
    ...(t.note ? [el('p', { class: 'tip-meta', text: `“${t.note}”` })] : []),
  ]);
}

/**
 * The open tips (pending or active) and the last few used or expired, newest first, from the
 * snapshot of the run shown. Rebuilt only when the tips change, so focus and scrolling survive
 * the redraw after every simulated day.
 */
export function createTipList(): { readonly element: HTMLElement; update(intel: IntelligenceSnapshot | null): void } {
  const open = el('ul', { class: 'rule-list tip-list', attrs: { id: 'tip-list-open', 'aria-label': 'Open tips' } });
  const recent = el('ul', { class: 'rule-list tip-list', attrs: { id: 'tip-list-recent', 'aria-label': 'Recent tips' } });
  const empty = (text: string): HTMLElement => el('li', { class: 'hint', text });
  let shown = '';
  return {
    element: el('div', { class: 'tip-lists', attrs: { id: 'tip-list' } }, [
      el('h3', { class: 'treatment-title', text: 'Open tips' }), open,
      el('h3', { class: 'treatment-title', text: 'Recent tips' }), recent,
    ]),
    update(intel) {
      const key = JSON.stringify(intel);
      if (key === shown) return;
      shown = key;
      const openTips = [...(intel?.tips ?? [])].reverse();
      const recentTips = [...(intel?.recent ?? [])].reverse();
      const older = recentTips.length - RECENT_SHOWN;
      open.replaceChildren(...(openTips.length > 0 ? openTips.map(tipItem) : [empty('No tip is pending or active.')]));
      recent.replaceChildren(
        ...(recentTips.length > 0 ? recentTips.slice(0, RECENT_SHOWN).map(tipItem) : [empty('No tip has been used or expired yet.')]),
        ...(older > 0 ? [empty(`and ${older} older ${older === 1 ? 'tip' : 'tips'}; the chart "The value of intelligence" counts them all.`)] : []),
      );
    },
  };
}
