import { BUILTIN_SCENARIOS } from '../../sim';
import { MAX_HORIZON } from '../../workers/limits';
import { builtinRunPolicy, builtinScenario, type RunSpec } from '../../workers/runSpec';
import { el } from '../dom';
import { parseSeed } from '../seedInput';
import { createNumberField } from './numberField';
import type { PanelSection, SectionHost } from './targetingSection';

/**
 * The run settings: scenario, seed and horizon. A new seed or horizon re-simulates the run with
 * the same policy (the previous run stays as the baseline); a new scenario starts its built-in
 * policy on its own world, so there is no baseline to compare with.
 */
export function createRunSettings(host: SectionHost): PanelSection {
  const scenario = el('select', { attrs: { id: 'scenario-select' } },
    Object.entries(BUILTIN_SCENARIOS).map(([id, s]) => el('option', { text: s.name, attrs: { value: id } })));
  scenario.addEventListener('change', () => {
    const s = host.getSpec();
    const id = scenario.value;
    host.change({ scenarioId: id, seed: s.seed, horizon: builtinScenario(id).days, scale: s.scale, policy: builtinRunPolicy(id) });
  });

  const seed = el('input', { attrs: { id: 'seed', type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'seed-hint seed-error' } });
  const seedError = el('p', { class: 'field-error', attrs: { id: 'seed-error', 'aria-live': 'polite' } });
  seedError.hidden = true;
  const showSeedError = (message: string | null): void => {
    seedError.textContent = message ?? '';
    seedError.hidden = message === null;
    seed.setAttribute('aria-invalid', String(message !== null));
  };
  const commitSeed = (): void => {
    const parsed = parseSeed(seed.value);
    showSeedError(parsed.ok ? null : parsed.error);
    if (parsed.ok && parsed.seed !== host.getSpec().seed) host.change({ ...host.getSpec(), seed: parsed.seed });
  };
  seed.addEventListener('input', () => {
    const parsed = parseSeed(seed.value);
    showSeedError(parsed.ok ? null : parsed.error);
  });
  seed.addEventListener('change', commitSeed);
  seed.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commitSeed();
    }
  });

  const horizon = createNumberField({
    id: 'horizon-input', label: 'Horizon', unit: 'days', min: 1, max: MAX_HORIZON, integer: true, step: 30,
    help: 'Length of the run',
    onCommit: (days) => {
      host.change({ ...host.getSpec(), horizon: days });
      return null;
    },
  });

  const element = el('fieldset', { class: 'panel-section', attrs: { id: 'run-settings' } }, [
    el('legend', { text: 'Run' }),
    el('div', { class: 'field' }, [el('label', { text: 'Scenario', attrs: { for: 'scenario-select' } }), scenario]),
    el('div', { class: 'field', attrs: { 'data-field': 'seed' } }, [
      el('label', { text: 'Seed', attrs: { for: 'seed' } }), seed,
      el('p', { class: 'hint', text: 'A whole number: the same seed and policy give the same run.', attrs: { id: 'seed-hint' } }), seedError,
    ]),
    horizon.element,
  ]);

  return {
    element,
    update(spec: RunSpec) {
      // Setting a select's value, even to the same one, makes Chromium's form tracker run a task.
      if (scenario.value !== spec.scenarioId) scenario.value = spec.scenarioId;
      // Leave the seed alone while it is being typed, or refused with its reason shown.
      if (document.activeElement !== seed && seed.getAttribute('aria-invalid') !== 'true') seed.value = String(spec.seed);
      horizon.set(spec.horizon);
    },
  };
}
