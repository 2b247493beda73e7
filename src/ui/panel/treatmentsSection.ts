import type { RunSpec } from '../../workers/runSpec';
import { el, setTextContent } from '../dom';
import { formatCount, formatPercent, formatUsd } from '../format';
import { createSpecCheckbox, createSpecNumber, createSpecSelect, type SpecControl } from './specField';
import type { PanelSection, SectionHost } from './targetingSection';

/**
 * The compliance treatments: the pyramid's levers (WCO Compendium; ATO compliance model), one
 * group per tier with its settings, unit, cost and a one-line help. Deter by detection is the
 * targeting and staffing above, priced per inspection here. Every setting is part of the run
 * spec, so a change re-simulates the run with the old one kept as the baseline.
 */

const T = ['policy', 'treatments'];
const A = ['policy', 'aeoProgramme'];

/** One lever: its heading, its controls and a line on what it costs at the settings in force. */
interface Lever {
  readonly key: string;
  readonly title: string;
  readonly controls: readonly SpecControl[];
  readonly cost: (spec: RunSpec) => string;
}

/** What each lever costs at the settings of `spec`, in words. */
export function treatmentCosts(spec: RunSpec): Readonly<Record<'easy' | 'help' | 'deter' | 'force' | 'aeo', string>> {
  const t = spec.policy.treatments, a = spec.policy.aeoProgramme;
  return {
    easy: t.easy.simplifiedProcedures ? `Cost ${formatUsd(t.easy.costPerYear)} a year while in force.` : `Off; costs ${formatUsd(t.easy.costPerYear)} a year when on.`,
    help: t.help.reachPerMonth > 0
      ? `Cost ${formatUsd(t.help.costPerContact)} per contact: ${formatUsd(t.help.reachPerMonth * t.help.costPerContact)} a month for ${formatCount(t.help.reachPerMonth)} contacts.`
      : `Off; each contact costs ${formatUsd(t.help.costPerContact)}.`,
    deter: `Each inspection or audit costs ${formatUsd(t.deter.costPerInspection)}; set by the lanes, the random rate and the staffing above.`,
    force: `${t.force.prosecution ? `Prosecution on: ${formatUsd(t.force.costPerProsecution)} per case, ${formatCount(t.force.suspensionDays)} days' licence suspension.` : 'Prosecution off: administrative penalties only.'} Penalties ×${t.force.penaltyMultiplier}.`,
    aeo: a.enabled
      ? `Each validation costs ${formatUsd(a.costPerValidation)}; at most ${formatCount(a.validationCapacity)} at once, ${formatCount(a.validationDays)} days each; ${formatPercent(a.applicationsPerYear)} of eligible traders apply a year.`
      : 'Off: AEO status stays as drawn; nobody applies, nobody is suspended.',
  };
}

/** Builds the section. */
export function createTreatmentsSection(host: SectionHost): PanelSection {
  const levers: Lever[] = [
    {
      key: 'easy', title: 'Tier 1 · Make it easy',
      controls: [createSpecCheckbox(host, 'treat-easy', 'Simplified procedures', [...T, 'easy', 'simplifiedProcedures'],
        'Client service and simplified procedures for all traders: fewer honest errors, less drift up the pyramid.')],
      cost: (s) => treatmentCosts(s).easy,
    },
    {
      key: 'help', title: 'Tier 2 · Help to comply',
      controls: [
        createSpecNumber(host, { id: 'treat-help-reach', label: 'Outreach reach', unit: 'contacts / month', path: [...T, 'help', 'reachPerMonth'], min: 0, max: 1_000_000, step: 50, integer: true,
          help: 'Education, advance rulings and visits; 0 = off' }),
        createSpecSelect(host, 'treat-help-focus', 'Outreach goes to', [...T, 'help', 'focus'], [['record', 'Traders with an offence found first'], ['all', 'Any trader']],
          'Whom the outreach contacts reach.'),
      ],
      cost: (s) => treatmentCosts(s).help,
    },
    {
      key: 'deter', title: 'Tier 3 · Deter by detection',
      controls: [createSpecNumber(host, { id: 'treat-deter-cost', label: 'Cost per inspection', unit: 'USD', path: [...T, 'deter', 'costPerInspection'], min: 0, max: 1e9, step: 50,
        help: 'What an inspection or audit costs the administration' })],
      cost: (s) => treatmentCosts(s).deter,
    },
    {
      key: 'force', title: 'Tier 4 · Full force of the law',
      controls: [
        createSpecCheckbox(host, 'treat-force-prosecution', 'Prosecute tier-4 fraud', [...T, 'force', 'prosecution'],
          'Prosecution and licence suspension; the importer (or a network\'s new front) returns as a new importer after it.'),
        createSpecNumber(host, { id: 'treat-force-multiplier', label: 'Penalty multiplier', unit: '× schedule', path: [...T, 'force', 'penaltyMultiplier'], min: 0, max: 20, step: 0.5,
          help: 'Multiplies every penalty; traders weigh it when they decide to evade' }),
      ],
      cost: (s) => treatmentCosts(s).force,
    },
    {
      key: 'aeo', title: 'AEO programme',
      controls: [
        createSpecCheckbox(host, 'treat-aeo-enabled', 'Run the AEO programme', [...A, 'enabled'],
          'Applications, validation, re-validation and suspension; the benefit is the AEO facilitation above.'),
        createSpecNumber(host, { id: 'treat-aeo-applications', label: 'Applications', unit: '% of eligible / year', path: [...A, 'applicationsPerYear'], min: 0, max: 100, step: 1, percent: true,
          help: 'Share of eligible traders applying a year while facilitation is on' }),
        createSpecNumber(host, { id: 'treat-aeo-capacity', label: 'Validators', unit: 'validations at once', path: [...A, 'validationCapacity'], min: 0, max: 100_000, step: 5, integer: true,
          help: 'Validations in progress at once; more applications wait in a queue' }),
        createSpecNumber(host, { id: 'treat-aeo-days', label: 'Validation time', unit: 'days', path: [...A, 'validationDays'], min: 0, max: 730, step: 10, integer: true,
          help: 'Days one validation takes' }),
      ],
      cost: (s) => treatmentCosts(s).aeo,
    },
  ];

  const costLines = new Map<string, HTMLElement>();
  const element = el('fieldset', { class: 'panel-section', attrs: { id: 'treatments-section' } }, [
    el('legend', { text: 'Compliance treatments' }),
    el('p', { class: 'hint', text: 'The pyramid\'s levers: each tier gets its treatment. Traders respond over weeks; watch the pyramid and "Why the pyramid moves".' }),
    ...levers.map((lever) => {
      const cost = el('p', { class: 'hint treatment-cost', attrs: { 'data-cost': lever.key, 'aria-live': 'off' } });
      costLines.set(lever.key, cost);
      return el('div', { class: 'treatment', attrs: { 'data-lever': lever.key, role: 'group', 'aria-label': lever.title } }, [
        el('h3', { class: 'treatment-title', text: lever.title }), ...lever.controls.map((c) => c.element), cost,
      ]);
    }),
  ]);

  return {
    element,
    update(spec) {
      for (const lever of levers) {
        for (const c of lever.controls) c.update(spec);
        const line = costLines.get(lever.key);
        const text = lever.cost(spec);
        if (line) setTextContent(line, text);
      }
    },
  };
}
