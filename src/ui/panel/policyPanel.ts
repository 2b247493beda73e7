import type { DryRunResult, IntelligenceSnapshot, Rule, RuleStats } from '../../sim';
import type { RunSpec } from '../../workers/runSpec';
import type { ProfileDraftStore } from '../state/profileDraft';
import type { TipDraftStore } from '../state/tipFormDraft';
import { createRulesEditor } from './rulesEditor';
import { createRunSettings } from './runSettings';
import { createIntelligenceSection } from './intelligenceSection';
import { createStaffingSection } from './staffingSection';
import { createTargetingSection, type PanelSection } from './targetingSection';
import { createTreatmentsSection } from './treatmentsSection';

/** What the policy panel needs from the page. */
export interface PolicyPanelHost {
  /** The spec in force (the last one asked for). */ getSpec(): RunSpec;
  /** Sends a checked new spec. */ change(spec: RunSpec): void;
  /** Days completed in the run shown (an injected tip is received before the next day). */ getDay(): number;
  /** Runs a profile in the sandbox on the loaded run's last day. */ dryRun(rule: Rule): Promise<DryRunResult>;
  /** Where the profile form keeps its unsaved draft. */ readonly profileDrafts: ProfileDraftStore;
  /** Where the tip form keeps what is typed. */ readonly tipDrafts: TipDraftStore;
}

/** The policy panel and the run settings, following the spec in force. */
export interface PolicyPanel {
  /** Shows `spec` in every field (fields being edited are left alone), the profiles' statistics and the run's tips. */
  update(spec: RunSpec, stats: readonly RuleStats[], intel: IntelligenceSnapshot | null): void;
}

/**
 * Builds the run settings (scenario, seed, horizon) into `runHost` and the policy sections
 * (lanes and selection, staffing and screening, compliance treatments, intelligence, selectivity
 * profiles) into `policyHost`. The
 * staffing table has a column per office, so it is rebuilt when the scenario changes.
 */
export function createPolicyPanel(runHost: HTMLElement, policyHost: HTMLElement, host: PolicyPanelHost): PolicyPanel {
  const run = createRunSettings(host);
  const targeting = createTargetingSection(host);
  const rules = createRulesEditor(host);
  let staffingFor = host.getSpec().scenarioId;
  let staffing: PanelSection = createStaffingSection(host, staffingFor);
  const treatments = createTreatmentsSection(host);
  const intelligence = createIntelligenceSection(host, staffingFor);
  runHost.replaceChildren(run.element);
  policyHost.replaceChildren(targeting.element, staffing.element, treatments.element, intelligence.element, rules.element);

  return {
    update(spec, stats, intel) {
      if (spec.scenarioId !== staffingFor) {
        const next = createStaffingSection(host, spec.scenarioId);
        staffing.element.replaceWith(next.element);
        staffing = next;
        staffingFor = spec.scenarioId;
      }
      run.update(spec);
      targeting.update(spec);
      staffing.update(spec);
      treatments.update(spec);
      intelligence.update(spec, intel);
      rules.update(spec, stats);
    },
  };
}
