/**
 * The charts of the page: daily KPIs as small multiples, the compliance pyramid, why the pyramid
 * moves, where the risk moved, the value of intelligence, detection vs inspection rate, and
 * clearance time by lane, each with a live text summary and a data table,
 * comparing the current run with an optional baseline.
 *
 * @example
 * const charts = mountCharts(document.getElementById('charts')!);
 * charts.update({ current: { label: 'Current policy', daily, snapshot }, baseline: null });
 * const svg = charts.exportSvg('curve');
 */
export { mountCharts } from './mountCharts';
export { CHART_IDS } from './chartTypes';
export type { ChartId, ChartsInput, ChartsPanel, RunView } from './chartTypes';
