/**
 * The charts as data: for each id, its title, the question it answers, and how to turn the
 * input into a model, a summary, a table and a drawing. The panel (mountCharts.ts) and the export
 * (exportChart.ts) only deal with {@link PreparedChart}s, whatever each chart's model type is.
 */
import type { ChartId, ChartsInput } from './chartTypes';
import { buildCurveModel } from './curveModel';
import { curveSummary, curveTable } from './curveSummary';
import { buildDailyModel } from './dailySeries';
import { dailySummary, dailyTable, panelsTable } from './dailySummary';
import { drawCurve } from './drawCurve';
import { drawDaily, drawDailySteps } from './drawDaily';
import { drawHistogram } from './drawHistogram';
import { drawPyramid } from './drawPyramid';
import { buildHistogramModel } from './histogramModel';
import { buildIntelligenceModel } from './intelligenceModel';
import { intelligenceSummary } from './intelligenceSummary';
import { histogramSummary, histogramTable } from './histogramSummary';
import { buildPyramidModel } from './pyramidModel';
import { buildMovesModel } from './pyramidMovesModel';
import { movesSummary } from './pyramidMovesSummary';
import { pyramidSummary, pyramidTable } from './pyramidSummary';
import { buildRiskModel } from './riskMovedModel';
import { riskSummary } from './riskMovedSummary';
import type { DrawOptions, DrawSteps, G } from './svgKit';
import type { TableModel } from './tableModel';

/** A chart prepared for one input: its text alternatives and a drawing function. */
export interface PreparedChart {
  /** One-paragraph summary with the key numbers and the baseline comparison. */ readonly summary: string;
  /** The data table (built on demand: it can have hundreds of rows). */ readonly table: () => TableModel;
  /** Draws into `root` at the given width; returns the height used, px. */ readonly draw: (root: G, opts: DrawOptions) => number;
  /** The same drawing in steps (charts of several panels), or null: then `draw` is one step. */ readonly drawSteps: ((root: G, opts: DrawOptions) => DrawSteps) | null;
}

/** A chart's fixed description and its preparation. */
export interface ChartSpec {
  /** Id. */ readonly id: ChartId;
  /** Title. */ readonly title: string;
  /** The user's question it answers, shown under the title. */ readonly question: string;
  /** Builds the chart for an input. */ readonly prepare: (input: ChartsInput) => PreparedChart;
}

/** Wires a model builder to its summary, table and drawing (and, for charts of panels, its drawing in steps). */
function spec<M>(
  id: ChartId, title: string, question: string, build: (input: ChartsInput) => M,
  summary: (model: M, input: ChartsInput) => string, table: (model: M) => TableModel, draw: (root: G, model: M, opts: DrawOptions) => number,
  steps: ((root: G, model: M, opts: DrawOptions) => DrawSteps) | null = null,
): ChartSpec {
  return {
    id, title, question,
    prepare: (input) => {
      const model = build(input);
      return {
        summary: summary(model, input),
        table: () => table(model),
        draw: (root, opts) => draw(root, model, opts),
        drawSteps: steps === null ? null : (root, opts) => steps(root, model, opts),
      };
    },
  };
}

/** The charts in page order. */
export const CHART_SPECS: readonly ChartSpec[] = [
  spec('daily', 'Daily KPIs', 'What did targeting catch, what did it miss and what did it cost, day by day?',
    buildDailyModel, (_, input) => dailySummary(input), dailyTable, drawDaily, drawDailySteps),
  spec('pyramid', 'Compliance pyramid', 'Who are the traders, and does the random sample see the true compliance rate?',
    buildPyramidModel, pyramidSummary, pyramidTable, drawPyramid),
  spec('moves', 'Why the pyramid moves', 'Which treatments and experiences move traders between tiers, and do they see the risk they run?',
    buildMovesModel, (_, input) => movesSummary(input), (m) => panelsTable(m, 'Tier moves, detection and compliance'), drawDaily, drawDailySteps),
  spec('risk', 'Where the risk moved', 'Where do the smuggling networks go when a profile starts catching them?',
    buildRiskModel, (_, input) => riskSummary(input), (m) => panelsTable(m, 'Network smuggling consignments'), drawDaily, drawDailySteps),
  spec('intelligence', 'The value of intelligence', 'Do the tips find offences, and how many inspections do false tips waste?',
    buildIntelligenceModel, (_, input) => intelligenceSummary(input), (m) => panelsTable(m, 'Tips and tip inspections'), drawDaily, drawDailySteps),
  spec('curve', 'Detection vs inspection rate', 'How much could the risk score catch at this inspection rate, and how much did the run catch?',
    buildCurveModel, curveSummary, curveTable, drawCurve),
  spec('histogram', 'Clearance time by lane', 'How long did each lane keep goods waiting?',
    buildHistogramModel, histogramSummary, histogramTable, drawHistogram),
];

/** The spec of a chart id. */
export function chartSpec(id: ChartId): ChartSpec {
  const found = CHART_SPECS.find((s) => s.id === id);
  if (!found) throw new Error(`[ui/charts] no chart spec for "${id}"`);
  return found;
}
