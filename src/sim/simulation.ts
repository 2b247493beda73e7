import type { Scenario, ScenarioInput } from './config/schema';
import type { DryRunResult, Simulation, SimulationOptions, SnapshotOptions } from './simulationTypes';
import type { SimulationState } from './engine/simulationState';
import type { CommandInput } from './commands';
import type { RuleInput } from './targeting/compileRules';
import { validateScenarioData } from './config/loadScenario';
import { ScenarioInputError } from './config/scenarioError';
import { copyPopulation, drawPopulation } from './traders/populationCache';
import { createGeneratorContext } from './declarations/generatorContext';
import { createIndicatorContext } from './indicators/evaluateIndicators';
import { createDayBuffer } from './declarations/dayBuffer';
import { MAX_CACHED_DECLARATIONS, MAX_TRAFFIC_BUDGET, trafficCacheFor } from './declarations/trafficCache';
import { createTargetingContext } from './targeting/targetingContext';
import { createRuleRegistry } from './targeting/ruleRegistry';
import { createJobTable } from './inspection/jobTable';
import { createInspectionNetwork, KINDS } from './inspection/inspectionNetwork';
import { createKpiAccumulator } from './kpi/kpiAccumulator';
import { createInspectionOutcomes } from './outcomes/finishInspection';
import { stepDay } from './engine/stepDay';
import { applyCommand } from './engine/applyCommand';
import { buildSnapshot } from './engine/buildSnapshot';
import { dryRunProfile } from './engine/dryRunProfile';
import { describeTrader } from './engine/describeTrader';
import { createNetworkState } from './networks/networkState';
import { createTipBook } from './intelligence/tipBook';
import { createBehaviourState } from './behaviour/behaviourState';

/**
 * Creates a simulation of a customs administration from a scenario (validated here: a
 * ScenarioInputError lists every problem with its path) and a seed. It does not run by itself:
 * call `step()` or `run(days)`.
 *
 * @example
 * const sim = createSimulation(loadBuiltinScenario('default'), 42);
 * sim.run(30);
 * console.log(sim.snapshot().kpis.detectionRate);
 */
export function createSimulation(input: Scenario | ScenarioInput, seed: number, options: SimulationOptions = {}): Simulation {
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 31) {
    throw new ScenarioInputError('Invalid seed', [{ path: 'seed', message: `must be an integer from 0 to ${2 ** 31 - 1}, got ${seed}` }]);
  }
  const budget = options.trafficBudget ?? MAX_CACHED_DECLARATIONS;
  if (!Number.isInteger(budget) || budget < 0 || budget > MAX_TRAFFIC_BUDGET) {
    throw new ScenarioInputError('Invalid traffic budget', [{ path: 'trafficBudget', message: `must be an integer from 0 to ${MAX_TRAFFIC_BUDGET}, got ${budget}` }]);
  }
  // The simulation owns its copy: commands edit policy and staffing without touching the caller's object.
  const scenario = validateScenarioData(JSON.parse(JSON.stringify(input)));
  const drawn = drawPopulation(scenario, seed);
  const pop = copyPopulation(drawn.pristine);
  const gen = createGeneratorContext(scenario, pop, seed, drawn.importerPicks);
  const buffer = createDayBuffer(8192);
  const jobs = createJobTable(1024);
  const poolCount = scenario.offices.length * KINDS;
  const s = {
    scenario, seed, day: 0, pop, gen,
    traffic: options.cacheTraffic === true ? trafficCacheFor(scenario, seed, drawn.pristine, budget) : null,
    indicators: createIndicatorContext(gen),
    buffer,
    targeting: createTargetingContext(scenario, seed),
    registry: createRuleRegistry(),
    jobs,
    dayAcc: createKpiAccumulator(scenario.offices.length),
    runAcc: createKpiAccumulator(scenario.offices.length),
    daily: [],
    lastDay: null,
    keepDaily: options.keepDaily ?? true,
    commands: [],
    officeLanes: new Float64Array(scenario.offices.length * 4),
    officeDeclarations: new Float64Array(scenario.offices.length),
    laneCapacity: new Float64Array(scenario.offices.length * 4),
    poolBusyStart: new Float64Array(poolCount),
    poolUtilisation: new Float64Array(poolCount),
    scratch: new Int32Array(8192),
    pending: 0,
    draws: 0,
    networks: createNetworkState(scenario, pop, gen, seed),
    networkScratch: new Float64Array(16),
    intel: createTipBook(scenario.intelligence, seed),
    behaviour: createBehaviourState(scenario, pop, seed),
  } as unknown as SimulationState;
  s.network = createInspectionNetwork(scenario, seed, jobs, createInspectionOutcomes(s));

  return {
    get scenario() { return s.scenario; },
    seed,
    day: () => s.day,
    step: () => stepDay(s),
    run(days: number): void {
      if (!Number.isInteger(days) || days < 0) throw new ScenarioInputError('Invalid run length', [{ path: 'days', message: `must be a whole number of days >= 0, got ${days}` }]);
      for (let d = 0; d < days; d++) stepDay(s);
    },
    snapshot: (o: SnapshotOptions = {}) => buildSnapshot(s, Math.max(0, Math.min(5000, Math.floor(o.sampleSize ?? 200)))),
    daily: () => s.daily,
    apply: (command: CommandInput) => applyCommand(s, command),
    commandLog: () => s.commands,
    dryRun: (rule: RuleInput): DryRunResult => dryRunProfile(s, rule),
    trader: (importer: number) => describeTrader(s, importer),
    drawCount: () => s.draws + s.network.draws(),
  };
}
