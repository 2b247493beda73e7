import { INDICATORS, RULE_FIELDS, type DryRunResult, type Rule, type RuleField } from '../../sim';
import type { RunSpec } from '../../workers/runSpec';
import { el } from '../dom';
import { renderDryRun } from './dryRunView';
import { blankCondition, checkRuleInSpec, FIELD_HELP, operatorsFor, ruleOfDraft, type ConditionDraft, type DraftErrors, type Operator, type RuleDraft } from './ruleDraft';

/** What the rule form needs from the page. */
export interface RuleFormHost {
  /** The spec in force. */ getSpec(): RunSpec;
  /** Runs the profile in the sandbox on the loaded run's last day. */ dryRun(rule: Rule): Promise<DryRunResult>;
  /** Sends the spec with the saved profile. */ save(spec: RunSpec): void;
  /** Closes the form. */ close(): void;
  /** Keeps the draft as it changes, so that leaving the page does not lose it. */ keepDraft(draft: RuleDraft): void;
}

/** How the form opens. */
export interface RuleFormOptions {
  /** The draft was kept from an earlier visit: say so, and leave the keyboard focus where it is. */ readonly restored?: boolean;
}

const option = (value: string, text: string, selected: boolean): HTMLOptionElement =>
  el('option', { text, attrs: { value, ...(selected ? { selected: '' } : {}) } });

const select = (id: string, label: string, options: readonly [string, string][], value: string, onChange: (v: string) => void): HTMLElement => {
  const s = el('select', { attrs: { id } }, options.map(([v, t]) => option(v, t, v === value)));
  s.addEventListener('change', () => onChange(s.value));
  return el('div', { class: 'field' }, [el('label', { text: label, attrs: { for: id } }), s]);
};

const textInput = (id: string, label: string, value: string, onInput: (v: string) => void, hint?: string): HTMLElement => {
  const input = el('input', { attrs: { id, type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': `${id}-error${hint ? ` ${id}-hint` : ''}` } });
  input.value = value;
  input.addEventListener('input', () => onInput(input.value));
  return el('div', { class: 'field', attrs: { 'data-field': id } }, [
    el('label', { text: label, attrs: { for: id } }), input,
    ...(hint ? [el('p', { class: 'hint', text: hint, attrs: { id: `${id}-hint` } })] : []),
    el('p', { class: 'field-error', attrs: { id: `${id}-error`, 'aria-live': 'polite' } }),
  ]);
};

/**
 * Opens the profile form in `container`: name, status, lane, score, selection percent and a
 * condition builder over the indicator catalogue and the rule fields. "Preview" runs the dry run
 * and shows the predicted selections; a profile can only be saved as active (go live) after a
 * preview of exactly what is being saved. Errors show next to their inputs.
 */
export function openRuleForm(container: HTMLElement, initial: RuleDraft, host: RuleFormHost, options: RuleFormOptions = {}): void {
  let draft: RuleDraft = initial;
  let preview: { key: string; result: DryRunResult; lane: string } | null = null;
  let errors: DraftErrors = {};
  const previewBox = el('div', { class: 'dry-run', attrs: { id: 'rule-dryrun', role: 'status', 'aria-live': 'polite' } });

  const set = (patch: Partial<RuleDraft>, rerender = false): void => {
    draft = { ...draft, ...patch };
    host.keepDraft(draft);
    refreshPreview();
    if (rerender) render();
  };
  const setCondition = (i: number, patch: Partial<ConditionDraft>, rerender: boolean): void => {
    set({ conditions: draft.conditions.map((c, k) => (k === i ? { ...c, ...patch } : c)) }, rerender);
  };
  const currentKey = (): string | null => {
    const r = ruleOfDraft(draft);
    return r.ok ? JSON.stringify(r.rule) : null;
  };
  function refreshPreview(): void {
    const stale = preview !== null && preview.key !== currentKey();
    previewBox.classList.toggle('stale', stale);
    const note = previewBox.querySelector('.stale-note');
    if (stale && !note) previewBox.prepend(el('p', { class: 'stale-note warning', text: 'The profile changed since this preview: preview again before it goes live.' }));
    if (!stale) note?.remove();
    const save = container.querySelector<HTMLButtonElement>('#rule-save');
    if (save) save.textContent = draft.status === 'active' ? 'Save and go live' : 'Save';
  }

  const conditionRow = (c: ConditionDraft, i: number): HTMLElement => {
    const p = `cond-${i}`;
    const kind = select(`${p}-kind`, `Condition ${i + 1}`, [['indicator', 'Indicator fires'], ['field', 'Field compares']], c.kind, (v) => setCondition(i, { kind: v as ConditionDraft['kind'] }, true));
    const parts: HTMLElement[] = c.kind === 'indicator'
      ? [
        select(`${p}-indicator`, 'Indicator', INDICATORS.map((ind) => [ind.id, `${ind.id} — ${ind.name}`]), c.indicator, (v) => setCondition(i, { indicator: v }, false)),
        (() => {
          const box = el('input', { attrs: { id: `${p}-negate`, type: 'checkbox', ...(c.negate ? { checked: '' } : {}) } });
          box.addEventListener('change', () => setCondition(i, { negate: box.checked }, false));
          return el('div', { class: 'field field-check' }, [box, el('label', { text: 'must not fire', attrs: { for: `${p}-negate` } })]);
        })(),
      ]
      : [
        select(`${p}-field`, 'Field', RULE_FIELDS.map((f) => [f, f]), c.field, (v) => {
          const field = v as RuleField;
          setCondition(i, { field, op: operatorsFor(field).includes(c.op) ? c.op : '=' }, true);
        }),
        select(`${p}-op`, 'Operator', operatorsFor(c.field).map((o) => [o, o]), c.op, (v) => setCondition(i, { op: v as Operator }, false)),
        textInput(`${p}-value`, 'Value', c.valueText, (v) => setCondition(i, { valueText: v }, false), FIELD_HELP[c.field]),
      ];
    const remove = el('button', { class: 'button button-small', text: 'Remove', attrs: { type: 'button', id: `${p}-remove`, 'aria-label': `Remove condition ${i + 1}` } });
    remove.addEventListener('click', () => set({ conditions: draft.conditions.filter((_, k) => k !== i) }, true));
    return el('li', { class: 'condition', attrs: { 'data-condition': String(i) } }, [kind, ...parts, remove]);
  };

  function showErrors(): void {
    const errorOf = (key: string): string | undefined => errors[key];
    const put = (id: string, message: string | undefined): void => {
      const box = container.querySelector<HTMLElement>(`#${id}-error`);
      const input = container.querySelector<HTMLElement>(`#${id}`);
      if (box) box.textContent = message ?? '';
      input?.setAttribute('aria-invalid', String(message !== undefined));
    };
    put('rule-name', errorOf('name'));
    put('rule-score', errorOf('score'));
    put('rule-selection', errorOf('selectionPercent'));
    draft.conditions.forEach((_, i) => put(`cond-${i}-value`, errorOf(`conditions.${i}.value`) ?? errorOf(`conditions.${i}`)));
    const rest = Object.entries(errors).filter(([k]) => !/^(name|score|selectionPercent|conditions\.\d+(\.value)?)$/.test(k));
    const formError = container.querySelector<HTMLElement>('#rule-form-error')!;
    formError.textContent = rest.map(([k, m]) => (k === 'form' || k === 'conditions' ? m : `${k}: ${m}`)).join(' ');
    formError.hidden = rest.length === 0;
  }

  const validate = (): Rule | null => {
    const parsed = ruleOfDraft(draft);
    if (!parsed.ok) {
      errors = parsed.errors;
      showErrors();
      return null;
    }
    const check = checkRuleInSpec(host.getSpec(), parsed.rule);
    errors = check.ok ? {} : check.errors;
    showErrors();
    return check.ok ? parsed.rule : null;
  };

  const runPreview = async (): Promise<void> => {
    const rule = validate();
    if (rule === null) return;
    previewBox.replaceChildren(el('p', { class: 'hint', text: 'Running the dry run…' }));
    try {
      const result = await host.dryRun(rule);
      preview = { key: JSON.stringify(rule), result, lane: rule.lane ?? 'none' };
      previewBox.replaceChildren(renderDryRun(result, preview.lane));
    } catch (error) {
      preview = null;
      previewBox.replaceChildren(el('p', { class: 'field-error', text: `The dry run failed: ${error instanceof Error ? error.message : String(error)}` }));
    }
    refreshPreview();
  };

  const save = (): void => {
    const rule = validate();
    if (rule === null) return;
    if (rule.status === 'active' && preview?.key !== JSON.stringify(rule)) {
      errors = { form: 'Preview the selections first: a profile goes live only after a dry run of exactly what is saved.' };
      showErrors();
      container.querySelector<HTMLButtonElement>('#rule-preview')?.focus();
      return;
    }
    const check = checkRuleInSpec(host.getSpec(), rule);
    if (check.ok) host.save(check.spec);
  };

  function render(): void {
    const focusedId = document.activeElement instanceof HTMLElement && container.contains(document.activeElement) ? document.activeElement.id : '';
    const addCondition = el('button', { class: 'button button-small', text: 'Add condition', attrs: { type: 'button', id: 'rule-add-condition' } });
    addCondition.addEventListener('click', () => {
      if (draft.conditions.length < 16) set({ conditions: [...draft.conditions, blankCondition()] }, true);
    });
    const buttons = [
      el('button', { class: 'button', text: 'Preview selections (dry run)', attrs: { type: 'button', id: 'rule-preview' } }),
      el('button', { class: 'button button-primary', text: draft.status === 'active' ? 'Save and go live' : 'Save', attrs: { type: 'submit', id: 'rule-save' } }),
      el('button', { class: 'button', text: 'Cancel', attrs: { type: 'button', id: 'rule-cancel' } }),
    ];
    buttons[0]!.addEventListener('click', () => void runPreview());
    buttons[2]!.addEventListener('click', () => host.close());
    const form = el('form', { class: 'rule-form', attrs: { id: 'rule-form', 'aria-labelledby': 'rule-form-title', novalidate: '' } }, [
      el('h4', { text: draft.isNew ? 'New profile' : `Edit profile ${draft.id}`, attrs: { id: 'rule-form-title' } }),
      ...(options.restored ? [el('p', { class: 'hint rule-restored', text: 'Restored as you left it: this profile is not saved yet.' })] : []),
      textInput('rule-name', 'Name', draft.name, (v) => set({ name: v })),
      el('div', { class: 'field-group' }, [
        select('rule-status', 'Status', [['active', 'Active (selects)'], ['dryRun', 'Dry run (counts only)'], ['disabled', 'Disabled']], draft.status, (v) => set({ status: v as Rule['status'] })),
        select('rule-lane', 'Lane on a hit', [['red', 'Red: physical'], ['yellow', 'Yellow: documents'], ['blue', 'Blue: audit'], ['none', 'None (score only)']], draft.lane, (v) => set({ lane: v as RuleDraft['lane'] })),
      ]),
      el('div', { class: 'field-group' }, [
        textInput('rule-score', 'Score added (points)', draft.scoreText, (v) => set({ scoreText: v }), '−1,000 to 1,000'),
        textInput('rule-selection', 'Selection (% of hits)', draft.selectionText, (v) => set({ selectionText: v }), '0 to 100 %'),
      ]),
      el('fieldset', { class: 'conditions' }, [el('legend', { text: 'Conditions (all must hold)' }), el('ol', {}, draft.conditions.map(conditionRow)), addCondition]),
      el('p', { class: 'field-error', attrs: { id: 'rule-form-error', role: 'alert' } }),
      el('div', { class: 'buttons' }, buttons),
      previewBox,
    ]);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      save();
    });
    container.replaceChildren(form);
    showErrors();
    refreshPreview();
    const again = focusedId ? container.querySelector<HTMLElement>(`#${focusedId}`) : null;
    (again ?? (focusedId ? container.querySelector<HTMLElement>('#rule-add-condition') : null))?.focus();
  }

  render();
  if (!options.restored) container.querySelector<HTMLInputElement>('#rule-name')?.focus();
}
