import type { IntelligenceSnapshot } from '../../sim';
import type { RunSpec } from '../../workers/runSpec';
import { el, setTextContent } from '../dom';
import { createSpecCheckbox, createSpecNumber, createSpecSelect, type SpecControl } from './specField';
import { tipSubjectText } from './tipDraft';
import { createTipForm, type TipFormHost } from './tipForm';
import { createTipList } from './tipList';

/** The intelligence section, following the spec and the run's tips. */
export interface IntelligenceSection {
  /** Its root. */ readonly element: HTMLElement;
  /** Shows the settings of `spec` and the tips of the run shown. */ update(spec: RunSpec, intel: IntelligenceSnapshot | null): void;
}

const I = ['policy', 'intelligence'];

/**
 * The intelligence section, for instructors and trainees: the generated tips (on or off, rate,
 * reliability, how they are used), whether smuggling networks adapt, the "inject a tip" form, the
 * tips injected so far (each can be taken out again) and the open and recent tips with their outcome. The form's office list follows the scenario.
 */
export function createIntelligenceSection(host: TipFormHost, scenarioId: string): IntelligenceSection {
  const controls: SpecControl[] = [
    createSpecCheckbox(host, 'intel-enabled', 'Generated tips', [...I, 'enabled'],
      'Tips arrive from informants and partner agencies at the rate and reliability below; off = only injected tips.'),
    createSpecNumber(host, { id: 'intel-rate', label: 'Tip rate', unit: 'tips / 30 days', path: [...I, 'tipsPerMonth'], min: 0, max: 10_000, step: 1,
      help: 'Average number of tips received a month' }),
    createSpecNumber(host, { id: 'intel-reliability', label: 'Reliability', unit: '% true', path: [...I, 'reliability'], min: 0, max: 100, step: 5, percent: true,
      help: 'Share of generated tips that point at a real offender; false tips cost inspections' }),
    createSpecSelect(host, 'intel-action', 'Generated tips feed', [...I, 'action'], [['target', 'A one-off target'], ['profile', 'A profile for their window']],
      'How the targeting centre uses a generated tip.'),
    createSpecCheckbox(host, 'networks-adaptive', 'Smuggling networks adapt', ['policy', 'networks', 'adaptive'],
      'Networks move office, route, cover goods and concealment away from what gets caught (see "Where the risk moved").'),
  ];
  let form = createTipForm(host, scenarioId);
  let formFor = scenarioId;
  const list = createTipList();
  const injected = el('p', { class: 'hint', attrs: { id: 'tip-injected-count' } });
  const injectedList = el('ul', { class: 'injected-tips', attrs: { id: 'tip-injected', 'aria-label': 'Tips injected in this run' } });
  let listedTips: RunSpec['policy']['tips'] | null = null;
  /** Lists the spec's injected tips, each with a button that takes it out of the run (which re-simulates it). */
  const listInjected = (spec: RunSpec): void => {
    if (spec.policy.tips === listedTips) return;
    listedTips = spec.policy.tips;
    injectedList.replaceChildren(...spec.policy.tips.map((t, i) => {
      const remove = el('button', { class: 'button button-small', text: 'Remove', attrs: { type: 'button', 'data-remove-tip': String(i), 'aria-label': `Remove the tip of day ${t.day + 1}` } });
      remove.addEventListener('click', () => {
        const s = host.getSpec();
        host.change({ ...s, policy: { ...s.policy, tips: s.policy.tips.filter((_, k) => k !== i) } });
      });
      const subject = tipSubjectText({ subject: t.tip.subject, importer: t.tip.importer ?? null, office: t.tip.office ?? null, departure: t.tip.departure ?? null, hs6: t.tip.hs6 ?? null });
      return el('li', {}, [`Day ${t.day + 1}: ${subject}, ${t.tip.action === 'target' ? 'one-off target' : 'profile'} `, remove]);
    }));
  };
  const element = el('fieldset', { class: 'panel-section', attrs: { id: 'intelligence-section' } }, [
    el('legend', { text: 'Intelligence' }),
    ...controls.map((c) => c.element),
    form.element,
    injected,
    injectedList,
    list.element,
  ]);

  return {
    element,
    update(spec, intel) {
      if (spec.scenarioId !== formFor) {
        const next = createTipForm(host, spec.scenarioId);
        form.element.replaceWith(next.element);
        form = next;
        formFor = spec.scenarioId;
      }
      for (const c of controls) c.update(spec);
      const n = spec.policy.tips.length;
      const text = n === 0 ? 'No tips injected in this run.' : `${n} ${n === 1 ? 'tip' : 'tips'} injected in this run (days ${spec.policy.tips.map((t) => t.day + 1).join(', ')}); a re-run or a share link replays ${n === 1 ? 'it' : 'them'}.`;
      setTextContent(injected, text);
      listInjected(spec);
      list.update(intel);
    },
  };
}
