import type { Scenario } from '../config/schema';
import type { BehaviourState } from './behaviourState';
import { aeoProgrammeSchema, treatmentsSchema } from './behaviourSchema';
import { mergeSection } from '../config/mergeSection';

/** The pyramid's levers a `setTreatment` command can change. */
export const TREATMENT_LEVERS = ['easy', 'help', 'deter', 'force', 'aeoProgramme'] as const;
/** One lever. */
export type TreatmentLever = (typeof TREATMENT_LEVERS)[number];

/**
 * Applies a `setTreatment` command: `settings` are merged over the lever's settings in force and
 * the result validated whole, so a refused command changes nothing and errors name
 * `settings.<field>`. Updates the live scenario (exports show the treatments in force) and the
 * behaviour state; takes effect from the next day.
 */
export function setTreatment(scenario: Scenario, s: BehaviourState, lever: TreatmentLever, settings: Record<string, unknown>, context: string): void {
  const current = lever === 'aeoProgramme' ? scenario.behaviour.aeoProgramme : scenario.behaviour.treatments[lever];
  const schema = lever === 'aeoProgramme' ? aeoProgrammeSchema : treatmentsSchema.shape[lever];
  const parsed = mergeSection(schema, current, settings, context);
  const behaviour = lever === 'aeoProgramme'
    ? { ...scenario.behaviour, aeoProgramme: parsed as Scenario['behaviour']['aeoProgramme'] }
    : { ...scenario.behaviour, treatments: { ...scenario.behaviour.treatments, [lever]: parsed } };
  scenario.behaviour = behaviour;
  s.config = behaviour;
  s.penaltyMultiplier = s.enabled ? behaviour.treatments.force.penaltyMultiplier : 1;
}
