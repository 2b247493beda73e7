import { HANDLED_STAGES, STAFFING_RESOURCES, builtinScenario, type HandledStage, type StaffingResource } from '../../workers/runSpec';
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

/** Row names of the handling before each inspection (hours of the goods' time, not the officers'). */
export const HANDLING_LABELS: Readonly<Record<HandledStage, string>> = {
  documentary: 'Documents from the trader', scanner: 'Positioning for a scan', physical: 'Positioning for an examination', dog: 'Presenting to a dog team',
};

const SCREENING = [['none', 'None'], ['scan', 'Scan'], ['dog', 'Dog']] as const;

/**
 * The staffing section for a scenario: a table of offices (columns) by resources (rows), each
 * cell a number input of units on duty per shift, a row of red-lane screening choices, and a
 * second table of the mean handling before each inspection (hours; logistics, not staff).
 */
export function createStaffingSection(host: SectionHost, scenarioId: string): PanelSection {
  const offices = builtinScenario(scenarioId).offices.map((o) => ({ id: o.id, name: o.name }));
  // Every number cell with the spec path it edits and shows (policy.offices.<id>.<group>.<key>).
  const cells: { office: string; group: 'staffing' | 'handlingHours'; key: string; field: NumberField }[] = [];
  const selects: { office: string; select: HTMLSelectElement }[] = [];

  /** One row of number cells, one per office, each committing to `policy.offices.<id>.<group>.<key>`. */
  const numberRow = (
    heading: string, group: 'staffing' | 'handlingHours', key: StaffingResource | HandledStage,
    field: { id: string; label: string; max: number; integer?: boolean; step?: number },
  ) => el('tr', {}, [
    el('th', { attrs: { scope: 'row' } }, [heading]),
    ...offices.map((o) => {
      const input = createNumberField({
        id: `${field.id}-${o.id}-${key}`, label: `${o.name}: ${field.label}`, unit: '', min: 0, max: field.max,
        integer: field.integer, step: field.step, compact: true,
        onCommit: (value) => {
          const r = editSpec(host.getSpec(), ['policy', 'offices', o.id, group, key], value);
          if (!r.ok) return r.error;
          host.change(r.spec);
          return null;
        },
      });
      cells.push({ office: o.id, group, key, field: input });
      return el('td', {}, [input.element]);
    }),
  ]);
  /** A table of offices (columns) with its caption and first column's heading. */
  const officeTable = (caption: string, firstColumn: string, rows: HTMLElement[]) => el('table', { class: 'staffing-table' }, [
    el('caption', { text: caption }),
    el('thead', {}, [el('tr', {}, [el('th', { text: firstColumn, attrs: { scope: 'col' } }), ...offices.map((o) => el('th', { text: o.id, attrs: { scope: 'col', title: o.name } }))])]),
    el('tbody', {}, rows),
  ]);

  const rows = STAFFING_RESOURCES.map((resource) => numberRow(RESOURCE_LABELS[resource].name, 'staffing', resource, {
    id: 'staff', label: `${RESOURCE_LABELS[resource].name.toLowerCase()} per shift`, max: 10_000, integer: true,
  }));
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
  const handlingRows = HANDLED_STAGES.map((stage) => numberRow(HANDLING_LABELS[stage], 'handlingHours', stage, {
    id: 'handling', label: `${HANDLING_LABELS[stage].toLowerCase()}, mean hours`, max: 2400, step: 0.25,
  }));

  const element = el('fieldset', { class: 'panel-section', attrs: { id: 'staffing-section' } }, [
    el('legend', { text: 'Staffing, screening and handling' }),
    el('div', { class: 'table-scroll', attrs: { role: 'region', 'aria-label': 'Staffing by office', tabindex: '0' } }, [
      officeTable('Units on duty per shift (whole numbers 0–10,000); 0 means the office has none', 'Resource', [...rows, screeningRow]),
    ]),
    el('div', { class: 'table-scroll', attrs: { role: 'region', 'aria-label': 'Handling before inspections by office', tabindex: '0' } }, [
      officeTable('Handling before an inspection: mean hours the goods wait to be presented (0–2,400); it delays traders, not officers', 'Before', handlingRows),
    ]),
  ]);

  return {
    element,
    update(spec) {
      for (const c of cells) {
        const o = spec.policy.offices[c.office];
        if (o) c.field.set((o[c.group] as Record<string, number>)[c.key]!);
      }
      for (const s of selects) {
        const o = spec.policy.offices[s.office];
        if (o && s.select.value !== o.redScreening) s.select.value = o.redScreening;
      }
    },
  };
}
