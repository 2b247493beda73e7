import { scenarioSchema, SCENARIO_SCHEMA_VERSION, type Scenario } from './schema';
import { parseWithSchema } from './parseWithSchema';
import { parseScenarioData } from './parseScenarioData';
import { ScenarioInputError } from './scenarioError';
import { BUILTIN_SCENARIOS } from './builtinScenarios';
import { applyOverride } from './setPath';
import { findIndicator } from '../indicators/catalogue';
import { compileRules } from '../targeting/compileRules';

/**
 * Validates a scenario (parsed JSON) and returns it with defaults filled in. Beyond the schema it
 * checks what the schema cannot: unique office and rule ids, known indicator ids in weights and
 * rules, rule field values, and the order of thresholds and likelihood bands. Every problem names
 * its path; nothing is silently dropped or changed.
 */
export function validateScenario(input: unknown, context = 'Invalid scenario'): Scenario {
  checkVersion(input, context);
  return checkScenario(parseWithSchema(scenarioSchema, input, context), context);
}

/**
 * validateScenario for scenario data that JSON text could hold (createSimulation's own copy, say):
 * the same result and the same errors, with the sections parsed last time reused when their text
 * is unchanged (see parseScenarioData).
 */
export function validateScenarioData(data: unknown, context = 'Invalid scenario'): Scenario {
  checkVersion(data, context);
  return checkScenario(parseScenarioData(data, context), context);
}

/** Refuses a scenario of another format version, before the schema reads it. */
function checkVersion(input: unknown, context: string): void {
  if (input && typeof input === 'object' && 'schemaVersion' in input && (input as { schemaVersion: unknown }).schemaVersion !== SCENARIO_SCHEMA_VERSION) {
    throw new ScenarioInputError(context, [{
      path: 'schemaVersion',
      message: `this version reads scenario format ${SCENARIO_SCHEMA_VERSION}, got ${JSON.stringify((input as { schemaVersion: unknown }).schemaVersion)}`,
    }]);
  }
}

/** What the schema cannot check: unique ids, known indicators, rule fields, the order of thresholds and bands. */
function checkScenario(scenario: Scenario, context: string): Scenario {
  const issues: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  scenario.offices.forEach((o, i) => {
    if (seen.has(o.id)) issues.push({ path: `offices.${i}.id`, message: `duplicate office id "${o.id}"` });
    seen.add(o.id);
  });
  for (const id of Object.keys(scenario.policy.indicatorWeights)) {
    if (findIndicator(id) < 0) issues.push({ path: `policy.indicatorWeights.${id}`, message: `unknown indicator "${id}"` });
  }
  const t = scenario.policy.thresholds;
  if (!(t.red >= t.yellow)) issues.push({ path: 'policy.thresholds.red', message: `must be at least the yellow threshold (${t.yellow})` });
  const bands = scenario.policy.likelihoodBands;
  for (let b = 1; b < bands.length; b++) {
    if (!(bands[b] > bands[b - 1])) issues.push({ path: `policy.likelihoodBands.${b}`, message: `must be greater than ${bands[b - 1]}` });
  }
  if (scenario.traders.importers < scenario.traders.declarants / 100) {
    issues.push({ path: 'traders.declarants', message: 'cannot exceed 100 per importer' });
  }
  issues.push(...compileRules(scenario.policy.rules, scenario.offices.map((o) => o.id)).issues.map((x) => ({ ...x, path: `policy.rules.${x.path}` })));
  if (issues.length > 0) throw new ScenarioInputError(context, issues);
  return scenario;
}

/** Names of the built-in scenarios. */
export function listBuiltinScenarios(): string[] {
  return Object.keys(BUILTIN_SCENARIOS);
}

/**
 * Returns a built-in scenario by id (deep-copied), with optional `path=value` overrides applied,
 * validated.
 */
export function loadBuiltinScenario(id: string, overrides: readonly string[] = []): Scenario {
  const base = BUILTIN_SCENARIOS[id];
  if (!base) {
    throw new ScenarioInputError('Unknown scenario', [{ path: 'scenario', message: `"${id}" is not built in; choose one of ${listBuiltinScenarios().join(', ')}, or give a .json file` }]);
  }
  return loadScenarioObject(JSON.parse(JSON.stringify(base)) as unknown, overrides, `Scenario "${id}"`);
}

/** Applies overrides to a parsed scenario object (mutating it) and validates the result. */
export function loadScenarioObject(input: unknown, overrides: readonly string[] = [], context = 'Invalid scenario'): Scenario {
  if (overrides.length === 0) return validateScenario(input, context);
  // Overrides address the complete scenario, defaults included, so fill them in first when the
  // file is valid; an invalid file is overridden as written and reported after.
  const filled = scenarioSchema.safeParse(input);
  const target: unknown = filled.success ? filled.data : input;
  for (const o of overrides) applyOverride(target, o);
  return validateScenario(target, context);
}
