import { z } from 'zod';
import {
  BUILTIN_SCENARIOS, HANDLED_RESOURCES, builtinHandling, createSimulation, loadBuiltinScenario, parseWithSchema, ScenarioInputError, scenarioSchema, validateScenarioData,
  type InputIssue, type Scenario, type Simulation, type SimulationOptions,
} from '../sim';
import { MAX_HORIZON, MAX_SCALE, MAX_SEED, MIN_SCALE } from './limits';
import { scheduledTipsSchema, tipScheduleIssues } from './tipSchedule';

/**
 * A run as the page sees it: which world (scenario id and traffic scale), which luck (seed), how
 * long (horizon) and which policy. Policy here is the scenario's targeting policy plus the
 * per-office settings a manager controls (staffing, red-lane screening and the handling of goods
 * before inspections); a fresh simulation
 * built from a spec with {@link scenarioFor} has that policy in force from day 0. Shared by the
 * worker (which validates every message against these schemas) and the page (links, autosave).
 */

/** Resources whose staffing the policy panel sets, with the scenario field each one maps to. */
export const STAFFING_RESOURCES = ['documentary', 'scanner', 'analysts', 'physical', 'dog', 'audit'] as const;
/** A staffed resource. */
export type StaffingResource = (typeof STAFFING_RESOURCES)[number];

const units = z.number().int().min(0).max(10_000);

/** Inspections with handling before them (the scenario's `resources.<kind>.handling`). */
export const HANDLED_STAGES = HANDLED_RESOURCES;
/** An inspection with handling before it. */
export type HandledStage = (typeof HANDLED_STAGES)[number];

const handlingHours = z.number().min(0).max(2400);

/** One office's manager-controlled settings. */
export const officeSettingsSchema = z.strictObject({
  redScreening: z.enum(['none', 'scan', 'dog']).describe('Red lane: examine directly, or screen by scan or dog first'),
  staffing: z.strictObject({
    documentary: units.describe('Documentary-check officers per shift'),
    scanner: units.describe('NII scanners per shift'),
    analysts: units.describe('Image analysts per shift'),
    physical: units.describe('Physical examination teams per shift'),
    dog: units.describe('Detector-dog teams per shift'),
    audit: units.describe('Post-clearance auditors per shift'),
  }),
  handlingHours: z.strictObject({
    documentary: handlingHours.describe('Mean wait for the trader\'s documents before a documentary check, hours'),
    scanner: handlingHours.describe('Mean time to position the goods at the scanner, hours'),
    physical: handlingHours.describe('Mean time to position, unload or devan the goods for an examination, hours'),
    dog: handlingHours.describe('Mean time to present the goods to a dog team, hours'),
  }),
});

const behaviourShape = scenarioSchema.shape.behaviour.unwrap().shape;

/**
 * The policy of a run: targeting policy, per-office settings by office id, the pyramid's
 * treatments (`behaviour.treatments` of the scenario), the AEO programme
 * (`behaviour.aeoProgramme`), the intelligence and networks sections, and the injected tips.
 */
export const runPolicySchema = z.strictObject({
  policy: scenarioSchema.shape.policy,
  offices: z.record(z.string(), officeSettingsSchema),
  treatments: behaviourShape.treatments.unwrap(),
  aeoProgramme: behaviourShape.aeoProgramme.unwrap(),
  intelligence: scenarioSchema.shape.intelligence.unwrap(),
  networks: scenarioSchema.shape.networks.unwrap(),
  tips: scheduledTipsSchema,
});

/** A complete run specification. */
export const runSpecSchema = z.strictObject({
  scenarioId: z.string().regex(/^[a-z0-9-]{1,40}$/, 'must be a scenario id (lower-case letters, digits, dashes)'),
  seed: z.number().int().min(0).max(MAX_SEED),
  horizon: z.number().int().min(1).max(MAX_HORIZON),
  scale: z.number().min(MIN_SCALE).max(MAX_SCALE),
  policy: runPolicySchema,
});

/** One office's settings. */
export type OfficeSettings = z.infer<typeof officeSettingsSchema>;
/** The policy of a run. */
export type RunPolicy = z.infer<typeof runPolicySchema>;
/** A run specification. */
export type RunSpec = z.infer<typeof runSpecSchema>;

/** Whether `id` names a built-in scenario. */
export function isBuiltinScenario(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(BUILTIN_SCENARIOS, id);
}

/** The per-office settings of a validated scenario. */
export function officeSettingsOf(scenario: Scenario): Record<string, OfficeSettings> {
  const out: Record<string, OfficeSettings> = {};
  for (const o of scenario.offices) {
    const r = o.resources;
    out[o.id] = {
      redScreening: o.redScreening,
      staffing: { documentary: r.documentary.officers, scanner: r.scanner.units, analysts: r.scanner.analysts, physical: r.physical.teams, dog: r.dog.teams, audit: r.audit.auditors },
      handlingHours: {
        documentary: r.documentary.handling?.meanHours ?? 0, scanner: r.scanner.handling?.meanHours ?? 0,
        physical: r.physical.handling?.meanHours ?? 0, dog: r.dog.handling?.meanHours ?? 0,
      },
    };
  }
  return out;
}

const builtinCache = new Map<string, Scenario>();

/** A built-in scenario, validated once and cached (callers must not mutate it). */
export function builtinScenario(id: string): Scenario {
  let s = builtinCache.get(id);
  if (!s) {
    s = loadBuiltinScenario(id);
    builtinCache.set(id, s);
  }
  return s;
}

const builtinPolicyText = new Map<string, string>();

/** The built-in policy of a scenario: what a link's policy is encoded against (a fresh copy each call). */
export function builtinRunPolicy(scenarioId: string): RunPolicy {
  let text = builtinPolicyText.get(scenarioId);
  if (text === undefined) {
    const s = builtinScenario(scenarioId);
    text = JSON.stringify({
      policy: s.policy, offices: officeSettingsOf(s), treatments: s.behaviour.treatments, aeoProgramme: s.behaviour.aeoProgramme,
      intelligence: s.intelligence, networks: s.networks, tips: [],
    });
    builtinPolicyText.set(scenarioId, text);
  }
  return JSON.parse(text) as RunPolicy;
}

/** The spec of a scenario's built-in run: its policy, its horizon, traffic scale 1. */
export function defaultRunSpec(scenarioId: string, seed: number): RunSpec {
  const s = builtinScenario(scenarioId);
  return { scenarioId, seed, horizon: s.days, scale: 1, policy: builtinRunPolicy(scenarioId) };
}

/**
 * Builds and validates the scenario a spec describes: the built-in world with every office's
 * daily volume multiplied by `scale`, the horizon as its length, the policy and the office
 * settings, treatments, AEO programme, intelligence and networks in force from day 0 (the tips
 * are not part of the scenario: the worker injects each on its day). Throws ScenarioInputError naming each bad field (paths start with
 * `policy.` as in {@link RunSpec}).
 */
export function scenarioFor(input: unknown): Scenario {
  return scenarioOfSpec(parseWithSchema(runSpecSchema, input, 'Invalid run'));
}

/**
 * {@link scenarioFor} of a spec already parsed with `runSpecSchema` (the page's check and the
 * worker's request parse it once: a second parse was 1-2 ms of each policy change, before the
 * worker starts and inside its run).
 */
export function scenarioOfSpec(spec: RunSpec): Scenario {
  const scenario = assembleScenario(spec);
  // JSON data (a built-in's copy and the parsed spec): the sections unchanged since the last check
  // (all but the policy, after a policy edit in the page) are not parsed again.
  return asRunInput(() => validateScenarioData(scenario));
}

/**
 * A new simulation of a parsed spec's run, as {@link scenarioOfSpec} then createSimulation would
 * give it, with the scenario validated once (by createSimulation) instead of twice: the worker's
 * way, where a second validation was 1-2 ms of each policy change. Errors name the same paths.
 */
export function simulationOfSpec(spec: RunSpec, options: SimulationOptions): Simulation {
  const scenario = assembleScenario(spec);
  return asRunInput(() => createSimulation(scenario, spec.seed, options));
}

/**
 * The built-in world of a parsed spec, not yet validated: every office's daily volume multiplied by
 * `scale`, the horizon as its length, the policy and the office settings, treatments, AEO
 * programme, intelligence and networks in force from day 0 (the tips are not part of the
 * scenario: the worker injects each on its day). Throws ScenarioInputError for an unknown scenario,
 * office or tip.
 */
function assembleScenario(spec: RunSpec): Scenario {
  if (!isBuiltinScenario(spec.scenarioId)) {
    throw new ScenarioInputError('Invalid run', [{ path: 'scenarioId', message: `"${spec.scenarioId}" is not built in; choose one of ${Object.keys(BUILTIN_SCENARIOS).join(', ')}` }]);
  }
  const scenario = JSON.parse(JSON.stringify(builtinScenario(spec.scenarioId))) as Scenario;
  const issues: InputIssue[] = [];
  for (const id of Object.keys(spec.policy.offices)) {
    if (!scenario.offices.some((o) => o.id === id)) {
      issues.push({ path: `policy.offices.${id}`, message: `unknown office; offices: ${scenario.offices.map((o) => o.id).join(', ')}` });
    }
  }
  issues.push(...tipScheduleIssues(spec.policy.tips, scenario, spec.horizon));
  if (issues.length > 0) throw new ScenarioInputError('Invalid run', issues);
  scenario.days = spec.horizon;
  scenario.policy = spec.policy.policy;
  scenario.behaviour = { ...scenario.behaviour, treatments: spec.policy.treatments, aeoProgramme: spec.policy.aeoProgramme };
  scenario.intelligence = spec.policy.intelligence;
  scenario.networks = spec.policy.networks;
  for (const office of scenario.offices) {
    office.dailyVolume = office.dailyVolume * spec.scale;
    const settings = spec.policy.offices[office.id];
    if (!settings) continue;
    const r = office.resources, st = settings.staffing;
    office.redScreening = settings.redScreening;
    r.documentary.officers = st.documentary;
    r.scanner.units = st.scanner;
    r.scanner.analysts = st.analysts;
    r.physical.teams = st.physical;
    r.dog.teams = st.dog;
    r.audit.auditors = st.audit;
    for (const stage of HANDLED_STAGES) setHandlingHours(r[stage], settings.handlingHours[stage]);
  }
  return scenario;
}

/**
 * Sets the mean of a resource's handling, keeping the world's distribution and spread; a world
 * without handling there gets the built-in worlds' shape when the mean is not 0.
 */
function setHandlingHours(resource: { handling?: Scenario['offices'][number]['resources']['physical']['handling'] }, hours: number): void {
  if (resource.handling !== undefined) resource.handling = { ...resource.handling, meanHours: hours };
  else if (hours > 0) resource.handling = builtinHandling(hours);
}

/** Runs `build` on an assembled scenario, reporting its problems as a run's: titled "Invalid run", policy paths as in {@link RunSpec}. */
function asRunInput<T>(build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof ScenarioInputError) {
      throw new ScenarioInputError('Invalid run', error.issues.map((i) => ({ ...i, path: i.path.startsWith('policy.') ? `policy.${i.path}` : i.path })));
    }
    throw error;
  }
}

/** A spec with its defaults filled in, or every problem {@link scenarioFor} finds in it. */
export type RunSpecCheck = { ok: true; spec: RunSpec } | { ok: false; issues: readonly InputIssue[] };

/** Checks a spec as the worker will (schema, scenario, rules compile) without simulating. */
export function checkRunSpec(input: unknown): RunSpecCheck {
  try {
    const spec = parseWithSchema(runSpecSchema, input, 'Invalid run');
    scenarioOfSpec(spec);
    return { ok: true, spec };
  } catch (error) {
    if (error instanceof ScenarioInputError) return { ok: false, issues: error.issues };
    return { ok: false, issues: [{ path: '', message: error instanceof Error ? error.message : String(error) }] };
  }
}
