import { builtinRunPolicy, HANDLED_STAGES, STAFFING_RESOURCES, type RunPolicy, type RunSpec } from '../../workers/runSpec';
import { jsonEqual } from './jsonPatch';

/**
 * Short labels for runs, for chart legends and exports: what differs from the scenario's
 * built-in policy, e.g. `random 1% · red ≥ 55 · 2 staffing changes`.
 */

const pct = (f: number): string => `${Math.round(f * 1000) / 10}%`;

/** The differences of a spec's policy from the built-in one, as short phrases. */
export function policyChanges(spec: RunSpec): string[] {
  const base = builtinRunPolicy(spec.scenarioId);
  const p = spec.policy.policy, b = base.policy;
  const out: string[] = [];
  if (p.randomRate !== b.randomRate) out.push(`random ${pct(p.randomRate)}`);
  for (const lane of ['yellow', 'red', 'blue'] as const) {
    if (p.thresholds[lane] !== b.thresholds[lane]) out.push(`${lane} ≥ ${p.thresholds[lane]}`);
  }
  if (p.aeo.facilitation !== b.aeo.facilitation) out.push(p.aeo.facilitation ? 'AEO facilitation on' : 'AEO facilitation off');
  else if (p.aeo.selectionMultiplier !== b.aeo.selectionMultiplier) out.push(`AEO kept ${pct(p.aeo.selectionMultiplier)}`);
  if (p.capacity.overflow !== b.capacity.overflow) out.push(`overflow: ${p.capacity.overflow}`);
  if (!jsonEqual(p.rules, b.rules)) out.push(`${p.rules.filter((r) => r.status === 'active').length} active profiles`);
  let staffing = 0, screening = 0, handling = 0;
  for (const [id, o] of Object.entries(spec.policy.offices)) {
    const bo = base.offices[id];
    if (!bo) continue;
    staffing += STAFFING_RESOURCES.filter((r) => o.staffing[r] !== bo.staffing[r]).length;
    if (o.redScreening !== bo.redScreening) screening += 1;
    handling += HANDLED_STAGES.filter((h) => o.handlingHours[h] !== bo.handlingHours[h]).length;
  }
  out.push(...treatmentChanges(spec, base));
  if (staffing > 0) out.push(`${staffing} staffing ${staffing === 1 ? 'change' : 'changes'}`);
  if (screening > 0) out.push(`${screening} screening ${screening === 1 ? 'change' : 'changes'}`);
  if (handling > 0) out.push(`${handling} handling ${handling === 1 ? 'change' : 'changes'}`);
  const rest = ['indicatorWeights', 'laneBy', 'matrixLanes', 'likelihoodBands'] as const;
  if (rest.some((k) => !jsonEqual(p[k], b[k])) || p.aeo.queuePriority !== b.aeo.queuePriority || !jsonEqual({ ...p.capacity, overflow: '' }, { ...b.capacity, overflow: '' })) {
    out.push('other changes');
  }
  return out;
}

/** The differences of the treatments, intelligence, networks and injected tips, as short phrases. */
function treatmentChanges(spec: RunSpec, base: RunPolicy): string[] {
  const p = spec.policy, out: string[] = [];
  const t = p.treatments, bt = base.treatments;
  if (t.easy.simplifiedProcedures !== bt.easy.simplifiedProcedures) out.push(t.easy.simplifiedProcedures ? 'simplified procedures' : 'no simplified procedures');
  if (t.help.reachPerMonth !== bt.help.reachPerMonth) out.push(`outreach ${t.help.reachPerMonth}/month`);
  if (t.force.prosecution !== bt.force.prosecution) out.push(t.force.prosecution ? 'prosecution on' : 'prosecution off');
  if (t.force.penaltyMultiplier !== bt.force.penaltyMultiplier) out.push(`penalties ×${t.force.penaltyMultiplier}`);
  if (p.aeoProgramme.enabled !== base.aeoProgramme.enabled) out.push(p.aeoProgramme.enabled ? 'AEO programme on' : 'AEO programme off');
  else if (!jsonEqual(p.aeoProgramme, base.aeoProgramme)) out.push('AEO programme changed');
  if (p.intelligence.enabled !== base.intelligence.enabled) out.push(p.intelligence.enabled ? 'generated tips on' : 'generated tips off');
  else if (p.intelligence.tipsPerMonth !== base.intelligence.tipsPerMonth) out.push(`${p.intelligence.tipsPerMonth} tips/month`);
  if (p.intelligence.reliability !== base.intelligence.reliability) out.push(`tips ${pct(p.intelligence.reliability)} reliable`);
  if (p.intelligence.action !== base.intelligence.action) out.push(`tips as ${p.intelligence.action}s`);
  if (p.networks.adaptive !== base.networks.adaptive) out.push(p.networks.adaptive ? 'adaptive networks' : 'static networks');
  if (p.tips.length > 0) out.push(`${p.tips.length} injected ${p.tips.length === 1 ? 'tip' : 'tips'}`);
  const rest = !jsonEqual({ ...t, easy: { ...t.easy, simplifiedProcedures: false }, help: { ...t.help, reachPerMonth: 0 }, force: { ...t.force, prosecution: false, penaltyMultiplier: 1 } },
    { ...bt, easy: { ...bt.easy, simplifiedProcedures: false }, help: { ...bt.help, reachPerMonth: 0 }, force: { ...bt.force, prosecution: false, penaltyMultiplier: 1 } });
  if (rest) out.push('other treatment settings');
  return out;
}

/** A run's label: its seed and policy changes, or "built-in policy". */
export function runLabel(spec: RunSpec): string {
  const changes = policyChanges(spec);
  const policy = changes.length === 0 ? 'built-in policy' : changes.slice(0, 3).join(' · ') + (changes.length > 3 ? ` · +${changes.length - 3}` : '');
  return `Seed ${spec.seed}, ${policy}`;
}
