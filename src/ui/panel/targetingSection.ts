import type { RunSpec } from '../../workers/runSpec';
import { el } from '../dom';
import { editSpec } from './policyEdits';
import { createSpecNumber, type SpecControl, type SpecNumberDef } from './specField';

/** Gives the section the spec in force and takes the user's edits. */
export interface SectionHost {
  /** The spec in force. */ getSpec(): RunSpec;
  /** Sends a checked new spec. */ change(spec: RunSpec): void;
}

/** A panel section that follows the spec in force. */
export interface PanelSection {
  /** The section's root. */ readonly element: HTMLElement;
  /** Shows the values of `spec` (fields being edited are left alone). */ update(spec: RunSpec): void;
}

const P = ['policy', 'policy'];
const NUMBERS: readonly SpecNumberDef[] = [
  { id: 'random-rate', label: 'Random selection', unit: '%', path: [...P, 'randomRate'], min: 0, max: 100, step: 0.1, percent: true, help: 'Share of all declarations examined at random, to measure compliance' },
  { id: 'threshold-yellow', label: 'Yellow lane threshold', unit: 'points', path: [...P, 'thresholds', 'yellow'], min: -1000, max: 1000, step: 1, help: 'Documentary check at or above this risk score' },
  { id: 'threshold-red', label: 'Red lane threshold', unit: 'points', path: [...P, 'thresholds', 'red'], min: -1000, max: 1000, step: 1, help: 'Physical examination at or above this score; must be at least the yellow threshold' },
  { id: 'threshold-blue', label: 'Blue lane threshold', unit: 'points', path: [...P, 'thresholds', 'blue'], min: -1000, max: 1000, step: 1, help: 'Post-clearance audit at or above this score (below yellow)' },
  { id: 'aeo-multiplier', label: 'AEO selections kept', unit: '%', path: [...P, 'aeo', 'selectionMultiplier'], min: 0, max: 100, step: 5, percent: true, help: 'Share of targeted AEO declarations still examined when facilitation is on' },
];

/**
 * The targeting section: lane thresholds, random selection, AEO facilitation and the overflow
 * policy. Each input commits on change or Enter; a refused value keeps its reason beside it.
 */
export function createTargetingSection(host: SectionHost): PanelSection {
  const fields: [SpecNumberDef, SpecControl][] = NUMBERS.map((d) => [d, createSpecNumber(host, d)]);

  const aeo = el('input', { attrs: { id: 'aeo-facilitation', type: 'checkbox' } });
  aeo.addEventListener('change', () => {
    const r = editSpec(host.getSpec(), [...P, 'aeo', 'facilitation'], aeo.checked);
    if (r.ok) host.change(r.spec);
  });
  const overflow = el('select', { attrs: { id: 'overflow-policy', 'aria-describedby': 'overflow-hint' } }, [
    el('option', { text: 'Wait in queue', attrs: { value: 'wait' } }),
    el('option', { text: 'Release the lowest-risk excess', attrs: { value: 'release' } }),
  ]);
  overflow.addEventListener('change', () => {
    const r = editSpec(host.getSpec(), [...P, 'capacity', 'overflow'], overflow.value);
    if (r.ok) host.change(r.spec);
  });

  const byId = (id: string): HTMLElement => fields.find(([d]) => d.id === id)![1].element;
  const element = el('fieldset', { class: 'panel-section', attrs: { id: 'targeting-section' } }, [
    el('legend', { text: 'Lanes and selection' }),
    byId('random-rate'),
    el('div', { class: 'field-group', attrs: { role: 'group', 'aria-label': 'Lane thresholds' } }, [byId('threshold-yellow'), byId('threshold-red'), byId('threshold-blue')]),
    el('div', { class: 'field field-check' }, [aeo, el('label', { text: 'AEO facilitation', attrs: { for: 'aeo-facilitation' } }),
      el('p', { class: 'hint', text: 'Authorised economic operators: fewer examinations and queue priority.' })]),
    byId('aeo-multiplier'),
    el('div', { class: 'field' }, [
      el('label', { text: 'When selections exceed capacity', attrs: { for: 'overflow-policy' } }), overflow,
      el('p', { class: 'hint', text: 'Overflow policy: hold the excess until examined, or release the lowest-risk declarations.', attrs: { id: 'overflow-hint' } }),
    ]),
  ]);

  return {
    element,
    update(spec) {
      for (const [, f] of fields) f.update(spec);
      aeo.checked = spec.policy.policy.aeo.facilitation;
      if (overflow.value !== spec.policy.policy.capacity.overflow) overflow.value = spec.policy.policy.capacity.overflow;
    },
  };
}
