import type { SimulationState } from './simulationState';
import type { Policy, Scenario } from '../config/schema';
import { commandSchema, type CommandInput } from '../commands';
import { parseWithSchema } from '../config/parseWithSchema';
import { ScenarioInputError } from '../config/scenarioError';
import { compileRules } from '../targeting/compileRules';
import { createTargetingContext } from '../targeting/targetingContext';
import { findIndicator } from '../indicators/catalogue';
import { setTreatment } from '../behaviour/setTreatment';
import { mergeSection } from '../config/mergeSection';
import { networksSchema } from '../networks/networksSchema';
import { intelligenceSchema } from '../intelligence/intelligenceSchema';
import { injectTip } from '../intelligence/injectTip';
import { K_ANALYSIS, K_AUDIT, K_DOCUMENTARY, K_DOG, K_PHYSICAL, K_SCAN, SCREEN_DOG, SCREEN_NONE, SCREEN_SCAN } from '../inspection/inspectionNetwork';

const CONTEXT = 'Invalid command';
const fail = (path: string, message: string): never => { throw new ScenarioInputError(CONTEXT, [{ path, message }]); };

/**
 * Validates a command and applies it before the next day. The new policy is built on a copy and
 * checked whole (rules must compile) before it replaces the old one, so a refused command changes
 * nothing. Staffing changes take effect in the queues from the current hour.
 */
export function applyCommand(s: SimulationState, input: CommandInput): void {
  const cmd = parseWithSchema(commandSchema, input, CONTEXT);
  const policy: Policy = JSON.parse(JSON.stringify(s.scenario.policy));
  const officeIndex = (id: string): number => {
    const o = s.scenario.offices.findIndex((x) => x.id === id);
    return o >= 0 ? o : fail('office', `unknown office "${id}"; offices: ${s.scenario.offices.map((x) => x.id).join(', ')}`);
  };
  switch (cmd.type) {
    case 'setRandomRate': policy.randomRate = cmd.rate; break;
    case 'setThresholds':
      if (!(cmd.thresholds.red >= cmd.thresholds.yellow)) fail('thresholds.red', `must be at least the yellow threshold (${cmd.thresholds.yellow})`);
      policy.thresholds = cmd.thresholds;
      break;
    case 'setIndicatorWeight':
      if (findIndicator(cmd.indicator) < 0) fail('indicator', `unknown indicator "${cmd.indicator}"`);
      policy.indicatorWeights[cmd.indicator] = cmd.weight;
      break;
    case 'setRules': policy.rules = cmd.rules; break;
    case 'upsertRule': {
      const k = policy.rules.findIndex((r) => r.id === cmd.rule.id);
      if (k >= 0) policy.rules[k] = cmd.rule; else policy.rules.push(cmd.rule);
      break;
    }
    case 'removeRule': {
      const k = policy.rules.findIndex((r) => r.id === cmd.id);
      if (k < 0) fail('id', `no rule with id "${cmd.id}"`);
      policy.rules.splice(k, 1);
      break;
    }
    case 'setAeo': policy.aeo = cmd.aeo; break;
    case 'setCapacityPolicy': policy.capacity = cmd.capacity; break;
    case 'setLaneBy': policy.laneBy = cmd.laneBy; break;
    case 'setStaffing': {
      const o = officeIndex(cmd.office);
      const kind = { documentary: K_DOCUMENTARY, scanner: K_SCAN, analysts: K_ANALYSIS, physical: K_PHYSICAL, dog: K_DOG, audit: K_AUDIT }[cmd.resource];
      s.network.setUnits(o, kind, cmd.units);
      const r = s.scenario.offices[o].resources;
      if (cmd.resource === 'documentary') r.documentary.officers = cmd.units;
      else if (cmd.resource === 'scanner') r.scanner.units = cmd.units;
      else if (cmd.resource === 'analysts') r.scanner.analysts = cmd.units;
      else if (cmd.resource === 'physical') r.physical.teams = cmd.units;
      else if (cmd.resource === 'dog') r.dog.teams = cmd.units;
      else r.audit.auditors = cmd.units;
      break;
    }
    case 'setRedScreening': {
      const o = officeIndex(cmd.office);
      s.network.screening[o] = cmd.screening === 'scan' ? SCREEN_SCAN : cmd.screening === 'dog' ? SCREEN_DOG : SCREEN_NONE;
      s.scenario.offices[o].redScreening = cmd.screening;
      break;
    }
    case 'setTreatment': setTreatment(s.scenario, s.behaviour, cmd.lever, cmd.settings, CONTEXT); break;
    case 'injectTip': injectTip(s.intel, cmd.tip, s.scenario.offices.map((o) => o.id), s.pop.count, s.day); break;
    case 'setIntelligence':
      s.scenario.intelligence = s.intel.config = mergeSection(intelligenceSchema, s.scenario.intelligence, cmd.settings, CONTEXT);
      break;
    case 'setNetworks':
      s.scenario.networks = s.networks.config = mergeSection(networksSchema, s.scenario.networks, cmd.settings, CONTEXT);
      break;
  }
  const issues = compileRules(policy.rules, s.scenario.offices.map((o) => o.id)).issues;
  if (issues.length > 0) throw new ScenarioInputError(CONTEXT, issues.map((i) => ({ ...i, path: `rules.${i.path}` })));
  const scenario: Scenario = { ...s.scenario, policy };
  s.targeting = createTargetingContext(scenario, s.seed);
  s.scenario = scenario;
  s.commands.push({ day: s.day, command: cmd });
}
