import { el } from '../dom';
import { parseNumberText, rangeText, type NumberLimits } from './parseNumber';

/** Options of {@link createNumberField}. */
export interface NumberFieldOptions extends NumberLimits {
  /** Element id of the input (also used for its hint and error). */ readonly id: string;
  /** Visible label. */ readonly label: string;
  /** Step of the spin buttons and arrow keys. */ readonly step?: number;
  /** Extra help after the range. */ readonly help?: string;
  /** Label for screen readers when the visible one is short (e.g. in a table). */ readonly ariaLabel?: string;
  /** Table-cell layout: label and range hint are kept for screen readers but not shown. */ readonly compact?: boolean;
  /** Called with a valid value when the user commits it (change or Enter); return an error to refuse it. */
  readonly onCommit: (value: number) => string | null;
}

/** A labelled number input with unit, allowed range and an inline error. */
export interface NumberField {
  /** The field's root element (label, input, unit, hint, error). */ readonly element: HTMLElement;
  /** The input. */ readonly input: HTMLInputElement;
  /** Makes `value` the value in force and shows it, unless the field has focus (the user may be typing). */ set(value: number): void;
  /** Shows an error next to the field (null clears it). */ setError(message: string | null): void;
}

/**
 * Creates a number field. Invalid text shows its reason as the user types and is never
 * committed; a valid value is committed on change (blur or Enter) through `onCommit`, which may
 * still refuse it with a reason (e.g. red below yellow). Escape restores the value in force.
 */
export function createNumberField(o: NumberFieldOptions): NumberField {
  const hintId = `${o.id}-hint`, errorId = `${o.id}-error`;
  const input = el('input', {
    class: 'num-input',
    attrs: { id: o.id, type: 'text', inputmode: 'decimal', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': `${hintId} ${errorId}`, ...(o.ariaLabel ? { 'aria-label': o.ariaLabel } : {}) },
  });
  const error = el('p', { class: 'field-error', attrs: { id: errorId, 'aria-live': 'polite' } });
  error.hidden = true;
  const hint = el('p', { class: o.compact ? 'hint visually-hidden' : 'hint', text: `${rangeText(o)}${o.help ? `. ${o.help}` : ''}`, attrs: { id: hintId } });
  const element = el('div', { class: o.compact ? 'field field-number field-compact' : 'field field-number', attrs: { 'data-field': o.id } }, [
    el('label', { attrs: { for: o.id }, ...(o.compact ? { class: 'visually-hidden' } : {}) }, [o.label]),
    el('div', { class: 'field-row' }, [input, ...(o.unit ? [el('span', { class: 'unit', text: o.unit, attrs: { 'aria-hidden': 'true' } })] : [])]),
    hint, error,
  ]);
  let committed = Number.NaN;

  const setError = (message: string | null): void => {
    error.textContent = message ?? '';
    error.hidden = message === null;
    input.setAttribute('aria-invalid', String(message !== null));
  };
  const validate = (): number | null => {
    const parsed = parseNumberText(input.value, o);
    setError(parsed.ok ? null : parsed.error);
    return parsed.ok ? parsed.value : null;
  };
  const commit = (): void => {
    const value = validate();
    if (value === null || value === committed) return;
    const refusal = o.onCommit(value);
    if (refusal !== null) setError(refusal);
  };
  const nudge = (direction: number): void => {
    const base = parseNumberText(input.value, o);
    const step = o.step ?? 1;
    const next = Math.min(o.max, Math.max(o.min, Math.round(((base.ok ? base.value : committed) + direction * step) * 1e6) / 1e6));
    input.value = String(next);
    commit();
  };

  input.addEventListener('input', validate);
  input.addEventListener('change', commit);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      input.value = Number.isNaN(committed) ? '' : String(committed);
      setError(null);
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      nudge(e.key === 'ArrowUp' ? 1 : -1);
    }
  });

  return {
    element, input, setError,
    set(value) {
      committed = value;
      // The page redraws the panel after every simulated day: never overwrite what the user is
      // typing, nor a refused value whose reason is shown (Escape or a valid value clears it).
      if (document.activeElement === input || input.getAttribute('aria-invalid') === 'true') return;
      if (input.value !== String(value)) input.value = String(value);
    },
  };
}
