import { STAFFING_RESOURCES, builtinScenario, type StaffingResource } from '../../workers/runSpec';
import { el } from '../dom';
import { createNumberField, type NumberField } from './numberField';
import { editSpec } from './policyEdits';
import type { PanelSection, SectionHost } from './targetingSection';

/** Display names of the staffed resources, with the unit counted. */
export const RESOURCE_LABELS: Readonly<Record<StaffingResource, { readonly name: string; readonly unit: string }>> = {
  documentary: { name: 'Documentary officers', unit: 'officers' },
  scanner: { name: 'NII scanners', unit: 'scanners' },
  analysts: { name: 'Image analysts', unit: 'analysts' },
  physical: { name: 'Examination teams', unit: 'teams' },
  dog: { name: 'Detector-dog teams', unit: 'teams' },
  audit: { name: 'Post-clearance auditors', unit: 'auditors' },
};

const SCREENING = [['none', 'None'], ['scan', 'Scan'], ['dog', 'Dog']] as const;

/**
 * The staffing section for a scenario: a table of offices (columns) by resources (rows), each
 * cell a number input of units on duty per shift, and a row of red-lane screening choices.
 */
export function createStaffingSection(host: SectionHost, scenarioId: string): PanelSection {
  const offices = builtinScenario(scenarioId).offices.map((o) => ({ id: o.id, name: o.name }));
  const cells: { office: string; resource: StaffingResource; field: NumberField }[] = [];
  const selects: { office: string; select: HTMLSelectElement }[] = [];

  const rows = STAFFING_RESOURCES.map((resource) => el('tr', {}, [
    el('th', { attrs: { scope: 'row' } }, [RESOURCE_LABELS[resource].name]),
    ...offices.map((o) => {
      const field = createNumberField({
        id: `staff-${o.id}-${resource}`, label: `${o.name}: ${RESOURCE_LABELS[resource].name.toLowerCase()} per shift`,
        unit: '', min: 0, max: 10_000, integer: true, compact: true,
        onCommit: (units) => {
          const r = editSpec(host.getSpec(), ['policy', 'offices', o.id, 'staffing', resource], units);
          if (!r.ok) return r.error;
          host.change(r.spec);
          return null;
        },
      });
      cells.push({ office: o.id, resource, field });
      return el('td', {}, [field.element]);
    }),
  ]));
  const screeningRow = el('tr', {}, [
    el('th', { attrs: { scope: 'row' } }, ['Red lane: screen first by']),
    ...offices.map((o) => {
      const select = el('select', { attrs: { id: `screening-${o.id}`, 'aria-label': `${o.name}: red lane screening` } },
        SCREENING.map(([value, text]) => el('option', { text, attrs: { value } })));
      select.addEventListener('change', () => {
        const r = editSpec(host.getSpec(), ['policy', 'offices', o.id, 'redScreening'], select.value);
        if (r.ok) host.change(r.spec);
      });
      selects.push({ office: o.id, select });
      return el('td', {}, [select]);
    }),
  ]);

  const table = el('table', { class: 'staffing-table' }, [
    el('caption', { text: 'Units on duty per shift (whole numbers 0–10,000); 0 means the office has none' }),
    el('thead', {}, [el('tr', {}, [el('th', { text: 'Resource', attrs: { scope: 'col' } }), ...offices.map((o) => el('th', { text: o.id, attrs: { scope: 'col', title: o.name } }))])]),
    el('tbody', {}, [...rows, screeningRow]),
  ]);
  const element = el('fieldset', { class: 'panel-section', attrs: { id: 'staffing-section' } }, [
    el('legend', { text: 'Staffing and screening' }),
    el('div', { class: 'table-scroll', attrs: { role: 'region', 'aria-label': 'Staffing by office', tabindex: '0' } }, [table]),
  ]);

  return {
    element,
    update(spec) {
      for (const c of cells) {
        const o = spec.policy.offices[c.office];
        if (o) c.field.set(o.staffing[c.resource]);
      }
      for (const s of selects) {
        const o = spec.policy.offices[s.office];
        if (o && s.select.value !== o.redScreening) s.select.value = o.redScreening;
      }
    },
  };
}
