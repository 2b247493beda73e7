import type { DryRunResult, Rule, RuleStats } from '../../sim';
import type { RunSpec } from '../../workers/runSpec';
import { el } from '../dom';
import { formatCount } from '../format';
import { jsonEqual } from '../state/jsonPatch';
import { draftOfRule, newRuleDraft, withoutRule, withRule } from './ruleDraft';
import { openRuleForm } from './ruleForm';
import type { ProfileDraftStore } from '../state/profileDraft';

/** What the rules editor needs from the page. */
export interface RulesEditorHost {
  /** The spec in force. */ getSpec(): RunSpec;
  /** Sends a new spec. */ change(spec: RunSpec): void;
  /** Runs a profile in the sandbox. */ dryRun(rule: Rule): Promise<DryRunResult>;
  /** Where the open form keeps its unsaved draft. */ readonly profileDrafts: ProfileDraftStore;
}

/** The selectivity profiles: list, statistics and editor. */
export interface RulesEditor {
  /** Root element. */ readonly element: HTMLElement;
  /** Shows the profiles of `spec` with the run's statistics. */ update(spec: RunSpec, stats: readonly RuleStats[]): void;
}

const STATUS_TEXT: Readonly<Record<Rule['status'], string>> = { active: 'Active', dryRun: 'Dry run', disabled: 'Disabled' };
const STAT_KEYS = ['hits', 'selected', 'detections'] as const;
const STAT_LABELS: Readonly<Record<(typeof STAT_KEYS)[number], string>> = { hits: 'Hits', selected: 'Selected', detections: 'Detections' };

/**
 * Creates the profiles editor: a list of profile cards (name, status, lane, selection %, hits,
 * selected and detections over the run) with Edit, Disable/Enable and Delete, and an Add button;
 * cards rather than a table, so the list fits the narrow policy panel. Enabling or adding a live
 * profile goes through the form, where the dry run is shown first. Cards are rebuilt only when the
 * profiles change; statistics update in place, so keyboard focus survives a playing run. The open
 * form's draft is kept (profileDraft.ts) and comes back, unsaved, on the next visit.
 */
export function createRulesEditor(host: RulesEditorHost): RulesEditor {
  const list = el('ul', { class: 'rule-list', attrs: { 'aria-labelledby': 'rules-heading' } });
  const formBox = el('div', { class: 'rule-form-box', attrs: { id: 'rule-form-box' } });
  const add = el('button', { class: 'button', text: 'Add profile', attrs: { type: 'button', id: 'rule-add' } });
  let shownRules: readonly Rule[] | null = null;
  let returnFocus: HTMLElement | null = null;

  const closeForm = (): void => {
    host.profileDrafts.clear();
    formBox.replaceChildren();
    (returnFocus?.isConnected ? returnFocus : add).focus();
  };
  const edit = (draft: ReturnType<typeof newRuleDraft>, from: HTMLElement, restored = false): void => {
    returnFocus = from;
    openRuleForm(formBox, draft, {
      getSpec: host.getSpec,
      dryRun: host.dryRun,
      save: (spec) => {
        host.change(spec);
        closeForm();
      },
      close: closeForm,
      keepDraft: (d) => host.profileDrafts.save(d),
    }, { restored });
  };
  add.addEventListener('click', () => edit(newRuleDraft(host.getSpec().policy.policy.rules), add));
  formBox.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && formBox.childElementCount > 0) {
      e.preventDefault();
      closeForm();
    }
  });

  const row = (rule: Rule): HTMLLIElement => {
    const editButton = el('button', { class: 'button button-small', text: 'Edit', attrs: { type: 'button', 'aria-label': `Edit ${rule.name}` } });
    editButton.addEventListener('click', () => edit(draftOfRule(rule), editButton));
    const toggle = el('button', { class: 'button button-small', text: rule.status === 'disabled' ? 'Enable' : 'Disable', attrs: { type: 'button', 'aria-label': `${rule.status === 'disabled' ? 'Enable' : 'Disable'} ${rule.name}` } });
    toggle.addEventListener('click', () => {
      if (rule.status === 'disabled') edit({ ...draftOfRule(rule), status: 'active' }, toggle);
      else host.change(withRule(host.getSpec(), { ...rule, status: 'disabled' }));
    });
    const remove = el('button', { class: 'button button-small', text: 'Delete', attrs: { type: 'button', 'aria-label': `Delete ${rule.name}` } });
    remove.addEventListener('click', () => {
      if (remove.dataset['confirm'] === 'yes') host.change(withoutRule(host.getSpec(), rule.id));
      else {
        remove.dataset['confirm'] = 'yes';
        remove.textContent = 'Confirm delete';
      }
    });
    remove.addEventListener('blur', () => {
      delete remove.dataset['confirm'];
      remove.textContent = 'Delete';
    });
    return el('li', { class: 'rule-card', attrs: { 'data-rule': rule.id, 'data-status': rule.status } }, [
      el('p', { class: 'rule-name' }, [el('strong', { text: rule.name }), el('span', { class: 'rule-id', text: rule.id })]),
      el('p', { class: 'rule-meta' }, [
        el('span', { class: `rule-status rule-status-${rule.status}`, text: STATUS_TEXT[rule.status] }),
        ` · lane ${rule.lane ?? 'none (score only)'} · selects ${rule.selectionPercent}% of hits`,
      ]),
      el('dl', { class: 'rule-stats' }, STAT_KEYS.flatMap((k) => [el('dt', { text: STAT_LABELS[k] }), el('dd', { class: 'num', text: '—', attrs: { 'data-stat': k } })])),
      el('div', { class: 'rule-actions' }, [editButton, toggle, remove]),
    ]);
  };

  const element = el('section', { class: 'panel-section rules', attrs: { id: 'rules-section', 'aria-labelledby': 'rules-heading' } }, [
    el('h3', { text: 'Selectivity profiles', attrs: { id: 'rules-heading' } }),
    el('p', { class: 'hint', text: 'Rules that route matching declarations to a lane. Hits, selections and detections are over the run so far. A new or re-enabled profile goes live only after its dry run.' }),
    list,
    add,
    formBox,
  ]);

  // A profile left unsaved on the last visit comes back in its form (an edit only while its profile is still there).
  const kept = host.profileDrafts.load();
  if (kept !== null && (kept.isNew || host.getSpec().policy.policy.rules.some((r) => r.id === kept.id))) edit(kept, add, true);
  else if (kept !== null) host.profileDrafts.clear();

  return {
    element,
    update(spec, stats) {
      const rules = spec.policy.policy.rules;
      if (shownRules === null || !jsonEqual(shownRules, rules)) {
        const focused = document.activeElement instanceof HTMLElement && list.contains(document.activeElement);
        list.replaceChildren(...(rules.length > 0 ? rules.map(row) : [el('li', { class: 'hint', text: 'No profiles. Add one to target a risk.' })]));
        shownRules = rules;
        if (focused) add.focus();
      }
      for (const tr of list.querySelectorAll<HTMLLIElement>('li[data-rule]')) {
        const s = stats.find((x) => x.id === tr.dataset['rule']);
        for (const k of STAT_KEYS) {
          const cell = tr.querySelector<HTMLElement>(`[data-stat="${k}"]`);
          if (cell) cell.textContent = s ? formatCount(s[k]) : '—';
        }
      }
    },
  };
}
