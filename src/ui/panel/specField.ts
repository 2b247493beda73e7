import type { RunSpec } from '../../workers/runSpec';
import { el } from '../dom';
import { createNumberField } from './numberField';
import { editSpec, getIn } from './policyEdits';
import { fromPercent, toPercent } from './parseNumber';
import type { SectionHost } from './targetingSection';

/**
 * Panel inputs bound to one path of the run spec: a number, a switch or a choice. Each commits
 * through {@link editSpec}, so a value the worker would refuse is refused beside the field with
 * the worker's reason, and shows the spec in force on `update`.
 */

/** A control bound to a spec path. */
export interface SpecControl {
  /** Its root element. */ readonly element: HTMLElement;
  /** Shows the value of `spec` (a field being edited is left alone). */ update(spec: RunSpec): void;
}

/** A number input bound to a spec path. Values are shown in display units (`percent`: fractions as %). */
export interface SpecNumberDef {
  /** Element id. */ readonly id: string;
  /** Label. */ readonly label: string;
  /** Unit shown after the input, e.g. `%` or `contacts / month`. */ readonly unit: string;
  /** Path in the run spec. */ readonly path: readonly string[];
  /** Smallest allowed value (display units). */ readonly min: number;
  /** Largest allowed value (display units). */ readonly max: number;
  /** Step of the arrow keys. */ readonly step: number;
  /** The spec holds a fraction, the field a percentage. */ readonly percent?: boolean;
  /** Whole numbers only. */ readonly integer?: boolean;
  /** One-line help after the range. */ readonly help?: string;
}

/** Sends the spec with `path` set to `value`, or returns why it is refused. */
function commitPath(host: SectionHost, path: readonly string[], value: unknown): string | null {
  const r = editSpec(host.getSpec(), path, value);
  if (!r.ok) return r.error;
  host.change(r.spec);
  return null;
}

/** A number field bound to `d.path`. */
export function createSpecNumber(host: SectionHost, d: SpecNumberDef): SpecControl {
  const field = createNumberField({
    id: d.id, label: d.label, unit: d.unit, min: d.min, max: d.max, step: d.step, integer: d.integer ?? false, ...(d.help ? { help: d.help } : {}),
    onCommit: (value) => commitPath(host, d.path, d.percent ? fromPercent(value) : value),
  });
  return {
    element: field.element,
    update(spec) {
      const v = getIn(spec, d.path);
      if (typeof v === 'number') field.set(d.percent ? toPercent(v) : v);
    },
  };
}

/** A switch bound to a boolean at `path`, with a one-line help. */
export function createSpecCheckbox(host: SectionHost, id: string, label: string, path: readonly string[], help: string): SpecControl {
  const input = el('input', { attrs: { id, type: 'checkbox', 'aria-describedby': `${id}-hint ${id}-error` } });
  const error = el('p', { class: 'field-error', attrs: { id: `${id}-error`, 'aria-live': 'polite' } });
  error.hidden = true;
  input.addEventListener('change', () => {
    const refusal = commitPath(host, path, input.checked);
    error.textContent = refusal ?? '';
    error.hidden = refusal === null;
  });
  return {
    element: el('div', { class: 'field field-check', attrs: { 'data-field': id } }, [
      input, el('label', { text: label, attrs: { for: id } }), el('p', { class: 'hint', text: help, attrs: { id: `${id}-hint` } }), error,
    ]),
    update(spec) {
      input.checked = getIn(spec, path) === true;
    },
  };
}

/** A choice among `options` ([value, text]) bound to a string at `path`. */
export function createSpecSelect(host: SectionHost, id: string, label: string, path: readonly string[], options: readonly (readonly [string, string])[], help: string): SpecControl {
  const select = el('select', { attrs: { id, 'aria-describedby': `${id}-hint` } }, options.map(([value, text]) => el('option', { text, attrs: { value } })));
  select.addEventListener('change', () => {
    commitPath(host, path, select.value);
  });
  return {
    element: el('div', { class: 'field', attrs: { 'data-field': id } }, [
      el('label', { text: label, attrs: { for: id } }), select, el('p', { class: 'hint', text: help, attrs: { id: `${id}-hint` } }),
    ]),
    update(spec) {
      const v = getIn(spec, path);
      if (typeof v === 'string' && select.value !== v) select.value = v;
    },
  };
}
