import { COMMODITIES, COUNTRIES } from '../../sim';
import { builtinScenario, type RunSpec } from '../../workers/runSpec';
import { el } from '../dom';
import { blankTipDraft, specWithTip, tipOfDraft, type TipDraft, type TipErrors, type TipField } from './tipDraft';
import type { TipDraftStore } from '../state/tipFormDraft';

/** What the form needs from the page. */
export interface TipFormHost {
  /** The spec in force. */ getSpec(): RunSpec;
  /** Days completed in the run shown: the tip is received before the next day. */ getDay(): number;
  /** Sends the spec with the tip scheduled. */ change(spec: RunSpec): void;
  /** Where what is typed is kept, so that leaving the page does not lose it. */ readonly tipDrafts: TipDraftStore;
}

/** The form and a way to follow the scenario. */
export interface TipForm {
  /** The form element. */ readonly element: HTMLElement;
}

/**
 * The "inject a tip" form: subject (importer, route or goods at an office), reliability, lead
 * time, window, and whether it feeds a one-off target or a profile. Inputs are checked as typed
 * and again as the worker would check the spec; errors show beside their inputs. An injected tip
 * joins the run spec with today's day, so the re-run, a reload and a share link replay it. What
 * is typed is kept until the tip is injected (tipFormDraft.ts), so a reload does not lose it.
 */
export function createTipForm(host: TipFormHost, scenarioId: string): TipForm {
  const offices = builtinScenario(scenarioId).offices;
  // What was typed for this scenario on the last visit, if anything (another scenario's offices do not fit).
  const kept = host.tipDrafts.load();
  let draft: TipDraft = kept !== null && kept.scenarioId === scenarioId ? kept.draft : blankTipDraft(offices[0]?.id ?? '');
  const errorBoxes = new Map<TipField, HTMLElement>();
  const inputs = new Map<TipField, HTMLElement>();
  const errorBox = (field: TipField): HTMLElement => {
    const box = el('p', { class: 'field-error', attrs: { id: `tip-${field}-error`, 'aria-live': 'polite' } });
    box.hidden = true;
    errorBoxes.set(field, box);
    return box;
  };
  const showErrors = (errors: TipErrors): void => {
    for (const [field, box] of errorBoxes) {
      const message = errors[field] ?? null;
      box.textContent = message ?? '';
      box.hidden = message === null;
      inputs.get(field)?.setAttribute('aria-invalid', String(message !== null && field !== 'form'));
    }
  };
  const set = (patch: Partial<TipDraft>): void => {
    draft = { ...draft, ...patch };
    host.tipDrafts.save({ scenarioId, draft });
    syncVisibility();
  };

  const text = (field: TipField & keyof TipDraft, label: string, unit: string, hint: string): HTMLElement => {
    const id = `tip-${field}`;
    const input = el('input', { class: field === 'note' ? 'text-input' : 'num-input', attrs: { id, type: 'text', inputmode: field === 'note' ? 'text' : 'decimal', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': `${id}-hint ${id}-error` } });
    input.value = String(draft[field]);
    input.addEventListener('input', () => set({ [field]: input.value }));
    inputs.set(field, input);
    return el('div', { class: 'field', attrs: { 'data-field': id } }, [
      el('label', { text: label, attrs: { for: id } }), el('div', { class: 'field-row' }, [input, ...(unit ? [el('span', { class: 'unit', text: unit })] : [])]),
      el('p', { class: 'hint', text: hint, attrs: { id: `${id}-hint` } }), errorBox(field),
    ]);
  };
  const choice = (field: 'subject' | 'office' | 'departure' | 'hs6' | 'action', label: string, options: readonly (readonly [string, string])[], hint?: string): HTMLElement => {
    const id = `tip-${field}`;
    const select = el('select', { attrs: { id, ...(hint ? { 'aria-describedby': `${id}-hint` } : {}) } }, options.map(([v, t]) => el('option', { text: t, attrs: { value: v } })));
    select.value = String(draft[field]);
    select.addEventListener('change', () => set({ [field]: select.value } as Partial<TipDraft>));
    if (field !== 'subject' && field !== 'action') inputs.set(field, select);
    return el('div', { class: 'field', attrs: { 'data-field': id } }, [
      el('label', { text: label, attrs: { for: id } }), select,
      ...(hint ? [el('p', { class: 'hint', text: hint, attrs: { id: `${id}-hint` } })] : []),
      ...(field === 'subject' || field === 'action' ? [] : [errorBox(field)]),
    ]);
  };

  const importer = text('importer', 'Importer', 'index', 'The importer index, as a consignment\'s details in the view show it.');
  const office = choice('office', 'Office', [['', 'Any office (goods only)'], ...offices.map((o) => [o.id, `${o.name} (${o.id})`] as const)]);
  const departure = choice('departure', 'Country of departure', COUNTRIES.map((c) => [c.code, `${c.name} (${c.code})`] as const));
  const hs6 = choice('hs6', 'Goods declared', [['', 'Choose…'], ...COMMODITIES.map((c) => [c.hs6, `${c.hs6} ${c.name}`] as const)]);
  const targetCount = text('targetCount', 'Consignments to select', 'count', 'A one-off target selects this many matching consignments, then it is used.');
  const submit = el('button', { class: 'button button-primary', text: 'Inject tip', attrs: { id: 'tip-inject', type: 'submit' } });

  function syncVisibility(): void {
    importer.hidden = draft.subject !== 'trader';
    office.hidden = draft.subject === 'trader';
    departure.hidden = draft.subject !== 'route';
    hs6.hidden = draft.subject !== 'commodity';
    targetCount.hidden = draft.action !== 'target';
  }

  const form = el('form', { class: 'tip-form', attrs: { id: 'tip-form', 'aria-label': 'Inject a tip', novalidate: '' } }, [
    el('h3', { class: 'treatment-title', text: 'Inject a tip' }),
    choice('subject', 'The tip is about', [['route', 'A route (departure → office)'], ['trader', 'An importer'], ['commodity', 'Goods at an office']]),
    importer, office, departure, hs6,
    text('reliability', 'Stated reliability', '%', 'How far the source is trusted (0–100 %); what the tip truly points at decides its hits.'),
    el('div', { class: 'field-group' }, [
      text('leadDays', 'Lead time', 'days', 'Days until the goods arrive.'),
      text('windowDays', 'Valid for', 'days', 'Days it stays valid from then.'),
    ]),
    choice('action', 'Use as', [['target', 'One-off target'], ['profile', 'Profile for its window']],
      'A target sends the next matching consignments to the red lane; a profile, every match in the window.'),
    targetCount,
    text('note', 'Note', '', 'Shown with the tip (optional).'),
    errorBox('form'),
    submit,
  ]);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const parsed = tipOfDraft(draft);
    if (!parsed.ok) {
      showErrors(parsed.errors);
      return;
    }
    const next = specWithTip(host.getSpec(), host.getDay(), parsed.tip);
    if (!next.ok) {
      showErrors(next.errors);
      return;
    }
    showErrors({});
    host.tipDrafts.clear();
    host.change(next.spec);
  });
  syncVisibility();
  return { element: form };
}
