/**
 * The HTML around the canvas: a toolbar (day clock, zoom, reset view, replay), the focusable
 * canvas host with its hover tooltip, the details card, the sampling note, keyboard help, the
 * legend and a polite live region announcing the selected consignment.
 */
import { el } from '../dom';
import { renderDetailsCard } from './detailsCard';
import { createLegend } from './legend';
import { KEYBOARD_HELP } from './viewKeys';

/** The elements of the view that code updates. */
export interface ViewChrome {
  /** The whole view. */ readonly root: HTMLElement;
  /** "Day 3 · 14:00". */ readonly clock: HTMLElement;
  /** "Show": all offices or one (values "-1", "0", "1", ...). */ readonly focusMenu: HTMLSelectElement;
  /** Zoom in. */ readonly zoomIn: HTMLButtonElement;
  /** Zoom out. */ readonly zoomOut: HTMLButtonElement;
  /** Fit all offices. */ readonly resetView: HTMLButtonElement;
  /** Replay the last day's movement. */ readonly replay: HTMLButtonElement;
  /** Focusable host of the canvas (keyboard and pointer input). */ readonly stage: HTMLElement;
  /** Hover tooltip inside the stage. */ readonly tooltip: HTMLElement;
  /** Details card, or null when the page shows the details itself. */ readonly card: HTMLElement | null;
  /** How much of the day is drawn. */ readonly note: HTMLElement;
  /** Screen-reader announcement of the selection. */ readonly live: HTMLElement;
  /** The legend's disclosure (open unless the stage is short of room). */ readonly legendBox: HTMLDetailsElement;
}

let instances = 0;

function button(text: string, title: string, ariaLabel?: string): HTMLButtonElement {
  return el('button', { class: 'button admin-tool', text, attrs: { type: 'button', title, ...(ariaLabel ? { 'aria-label': ariaLabel } : {}) } });
}

/**
 * Builds the view's HTML inside `container` (replacing its content); `withCard` adds the details
 * card beside the canvas (left out when the page shows the selection elsewhere).
 */
export function createViewChrome(container: HTMLElement, withCard: boolean): ViewChrome {
  const id = `admin-view-${++instances}`;
  const clock = el('p', { class: 'admin-clock', text: 'No day simulated yet' });
  const zoomOut = button('−', 'Zoom out (−)', 'Zoom out'), zoomIn = button('+', 'Zoom in (+)', 'Zoom in');
  const resetView = button('Reset view', 'Show every office (0)');
  const focusMenu = el('select', { class: 'admin-focus', attrs: { id: `${id}-focus` } });
  const focusField = el('span', { class: 'admin-focus-field' }, [el('label', { text: 'Show', attrs: { for: `${id}-focus` } }), focusMenu]);
  const replay = button('Replay day', "Replay the last day's movement");
  const tooltip = el('div', { class: 'admin-tooltip', attrs: { 'aria-hidden': 'true' } });
  tooltip.hidden = true;
  const stage = el('div', {
    class: 'admin-stage',
    attrs: {
      tabindex: '0',
      role: 'application',
      'aria-roledescription': 'administration map',
      'aria-label': 'Offices of entry with their lanes, inspection queues and the last day\'s consignments',
      'aria-describedby': `${id}-help ${id}-note`,
    },
  });
  const card = withCard ? el('aside', { class: 'admin-card', attrs: { 'aria-label': 'Consignment details' } }) : null;
  if (card) renderDetailsCard(card, null, null);
  const note = el('p', { class: 'admin-note', attrs: { id: `${id}-note` } });
  const legendBox = el('details', { class: 'admin-legend-box', attrs: { open: '' } }, [el('summary', { text: 'Legend: colour = lane, shape = outcome' }), createLegend()]);
  const live = el('p', { class: 'visually-hidden admin-live', attrs: { 'aria-live': 'polite', 'aria-atomic': 'true' } });
  const root = el('section', { class: 'admin-view', attrs: { 'aria-label': 'Administration view' } }, [
    el('div', { class: 'admin-bar' }, [clock, el('div', { class: 'admin-tools', attrs: { role: 'group', 'aria-label': 'View controls' } }, [focusField, zoomOut, zoomIn, resetView, replay])]),
    el('div', { class: card ? 'admin-body has-card' : 'admin-body' }, [el('div', { class: 'admin-stage-wrap' }, [stage, tooltip]), ...(card ? [card] : [])]),
    el('div', { class: 'admin-foot' }, [
      legendBox,
      el('div', { class: 'admin-foot-line' }, [
        note,
        el('details', { class: 'admin-keys' }, [el('summary', { text: 'Keyboard and mouse' }), el('p', { class: 'admin-help', text: KEYBOARD_HELP, attrs: { id: `${id}-help` } })]),
      ]),
    ]),
    live,
  ]);
  container.replaceChildren(root);
  return { root, clock, focusMenu, zoomIn, zoomOut, resetView, replay, stage, tooltip, card, note, live, legendBox };
}

/** Lists "All offices" and each office in the "Show" menu. */
export function fillFocusMenu(menu: HTMLSelectElement, officeNames: readonly string[]): void {
  menu.replaceChildren(
    el('option', { text: 'All offices', attrs: { value: '-1' } }),
    ...officeNames.map((name, i) => el('option', { text: name, attrs: { value: String(i) } })),
  );
}

/** Replaces the view with a message (the renderer could not start), keeping the page usable. */
export function showViewUnavailable(container: HTMLElement, reason: string): void {
  container.replaceChildren(el('div', { class: 'admin-view admin-unavailable', attrs: { role: 'note' } }, [
    el('p', { class: 'admin-unavailable-title', text: 'The animated view of the administration is not available in this browser.' }),
    el('p', { text: `${reason} The simulation, KPIs and charts work without it; enabling hardware acceleration (WebGL) or using a current browser brings the view back.` }),
  ]));
}
