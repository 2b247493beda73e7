import type { Scenario } from '../config/schema';
import type { TraderPopulation } from '../traders/population';
import type { GeneratorContext } from '../declarations/generatorContext';
import type { TrafficCache } from '../declarations/trafficCache';
import type { IndicatorContext } from '../indicators/evaluateIndicators';
import type { DayBuffer } from '../declarations/dayBuffer';
import type { TargetingContext } from '../targeting/targetingContext';
import type { RuleRegistry } from '../targeting/ruleRegistry';
import type { JobTable } from '../inspection/jobTable';
import type { InspectionNetwork } from '../inspection/inspectionNetwork';
import type { KpiAccumulator } from '../kpi/kpiAccumulator';
import type { DailyKpis } from '../kpi/kpiTypes';
import type { LoggedCommand } from '../commands';
import type { NetworkState } from '../networks/networkState';
import type { TipBook } from '../intelligence/tipBook';
import type { BehaviourState } from '../behaviour/behaviourState';

/**
 * Everything a running simulation holds. Internal to src/sim: callers see snapshots only.
 * `scenario` is the live copy: commands edit its policy and staffing, so snapshots and exports
 * always show the policy in force.
 */
export interface SimulationState {
  /** Live scenario (policy and staffing as changed by commands). */ scenario: Scenario;
  /** Run seed. */ readonly seed: number;
  /** Days completed. */ day: number;
  /** Traders. */ readonly pop: TraderPopulation;
  /** Generator lookups. */ readonly gen: GeneratorContext;
  /** The world's traffic kept for its next runs (options.cacheTraffic), or null. */ readonly traffic: TrafficCache | null;
  /** Indicator lookups. */ readonly indicators: IndicatorContext;
  /** Today's declarations (reused). */ readonly buffer: DayBuffer;
  /** Targeting policy as numbers (rebuilt by commands). */ targeting: TargetingContext;
  /** Per-rule counters. */ readonly registry: RuleRegistry;
  /** Jobs in inspection. */ readonly jobs: JobTable;
  /** Pools and routes. */ network: InspectionNetwork;
  /** KPI counters of the day in progress. */ readonly dayAcc: KpiAccumulator;
  /** KPI counters of the run. */ readonly runAcc: KpiAccumulator;
  /** Daily KPIs kept (when keepDaily). */ readonly daily: DailyKpis[];
  /** KPIs of the last day. */ lastDay: DailyKpis | null;
  /** Keep every day's KPIs. */ readonly keepDaily: boolean;
  /** Commands applied. */ readonly commands: LoggedCommand[];
  /** Declarations per office and lane on the last day [office * 4 + lane]. */ readonly officeLanes: Float64Array;
  /** Declarations per office on the last day. */ readonly officeDeclarations: Float64Array;
  /** Capacity of each lane's first resource on the last day [office * 4 + lane], inspections. */ readonly laneCapacity: Float64Array;
  /** Last day's starts per pool, for utilisation [office * KINDS + kind]. */ readonly poolBusyStart: Float64Array;
  /** Utilisation per pool on the last day. */ readonly poolUtilisation: Float64Array;
  /** Scratch index buffer of a day's declarations (capacity matching's ranking, lodgement's onward list), at least one day long. */ scratch: Int32Array;
  /** Inspections in progress (not audits). */ pending: number;
  /** Random numbers drawn by sequential streams so far. */ draws: number;
  /** Organised networks' options, memory and displacement counts (issue 4 §3). */ readonly networks: NetworkState;
  /** Scratch uniforms for one network consignment's choices. */ readonly networkScratch: Float64Array;
  /** Intelligence tips and their counters (issue 4 §5). */ readonly intel: TipBook;
  /** Trader behaviour (issue 4): beliefs, treatments, AEO programme; KPIs even when disabled. */ readonly behaviour: BehaviourState;
}
