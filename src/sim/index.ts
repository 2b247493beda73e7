/**
 * The simulation core's public surface. Everything above `src/sim` imports from here.
 */
export { createSimulation } from './simulation';
export type { Simulation, SimulationOptions, SnapshotOptions, DryRunResult } from './simulationTypes';
export type { SimulationSnapshot, ConsignmentView, OfficeView, QueueView, RuleStats, PopulationView, TraderView } from './snapshot';
export { SNAPSHOT_VERSION } from './snapshot';
export type { Kpis, DailyKpis, LaneCounts, TimeSummary, OfficeLaneClearance, ProportionEstimate, ResourceKpi, ResourceKindKey } from './kpi/kpiTypes';
export { RESOURCE_KINDS } from './kpi/kpiTypes';
export { commandSchema } from './commands';
export type { Command, CommandInput, LoggedCommand } from './commands';
export { scenarioSchema, ruleSchema, SCENARIO_SCHEMA_VERSION, RULE_FIELDS, HANDLED_RESOURCES } from './config/schema';
export type { Scenario, ScenarioInput, Office, Rule, Condition, Policy, LaneName, RuleField } from './config/schema';
export { validateScenario, validateScenarioData, loadBuiltinScenario, loadScenarioObject, listBuiltinScenarios } from './config/loadScenario';
export { BUILTIN_SCENARIOS, handling as builtinHandling } from './config/builtinScenarios';
export { applyOverride } from './config/setPath';
export { ScenarioInputError } from './config/scenarioError';
export { parseWithSchema } from './config/parseWithSchema';
export type { InputIssue } from './config/scenarioError';
export { INDICATORS, INDICATOR_COUNT, findIndicator } from './indicators/catalogue';
export type { Indicator } from './indicators/catalogue';
export { OFFENCES, LANES, MODES, INSPECTIONS } from './declarations/codes';
export { COMMODITIES, SECTORS } from './world/commodities';
export { COUNTRIES } from './world/countries';
export { KPI_DOCS } from './kpi/kpiDocs';
export type { TargetingCurve, CurvePoint } from './kpi/targetingCurve';
export type { ClearanceHistogramView } from './kpi/histogramView';
export type { NetworkKpis } from './networks/networkKpis';
export type { NetworksSnapshot, NetworkView, NetworkOptionView } from './networks/networkView';
export { ROUTE_KEYS, SECTOR_KEYS } from './networks/networkOptions';
export type { IntelligenceKpis, IntelligenceSnapshot, TipView } from './intelligence/intelligenceKpis';
export type { TipInput } from './intelligence/intelligenceSchema';
