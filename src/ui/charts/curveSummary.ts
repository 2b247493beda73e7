/**
 * Text summary and data table of the detection-versus-inspection-rate chart. The summary answers
 * "how well does the score rank, and how much of that does the run realise?": what the curve
 * could reach at the run's inspection rate with perfect examinations, what the run detected, and
 * where the curve reaches 80 % of offences (Grigoriou's 80/30 figure).
 */
import { describePointChange, formatPercent } from './chartFormat';
import { curveAt, rateToReach, type CurveModel, type CurveRun } from './curveModel';
import { numericColumn, runColumnLabel, type TableModel } from './tableModel';

/** Share of offences used for the "how much must be inspected" sentence. */
const REACH = 0.8;

/** The sentence about one run's operating point against its own curve. */
function operatingText(run: CurveRun): string {
  if (!run.operating) return `${run.label} has not detected anything it could compare yet.`;
  const { x, y } = run.operating;
  return (
    `${run.label} inspects ${formatPercent(x)} of declarations (red and yellow lanes); at that rate its risk score could reach ` +
    `${formatPercent(curveAt(run.points, x))} of non-compliant declarations if every examination found the offence ` +
    `(random selection: ${formatPercent(x)}, a perfect ranking: ${formatPercent(Math.min(1, x / run.prevalence))}); ` +
    `it detected ${formatPercent(y)}.`
  );
}

/** One paragraph: curve quality, operating point, and the comparison with the baseline. */
export function curveSummary(model: CurveModel): string {
  const { current, baseline } = model;
  if (!current) return 'No targeting curve yet: it is computed from the first simulated day.';
  const reach = rateToReach(current.points, REACH);
  const parts = [
    `On day ${current.day}'s traffic, ${formatPercent(current.prevalence)} of declarations were non-compliant.`,
    operatingText(current),
    reach === null ? '' : `Ranked by score, ${formatPercent(REACH)} of the non-compliant declarations are within the top ${formatPercent(reach)}.`,
  ];
  if (baseline) {
    parts.push(`Baseline: ${operatingText(baseline)}`);
    if (current.operating && baseline.operating) {
      parts.push(`Against the baseline: detection rate ${describePointChange(current.operating.y, baseline.operating.y)}, inspection rate ${describePointChange(current.operating.x, baseline.operating.x)}.`);
    }
  }
  return parts.filter((p) => p !== '').join(' ');
}

/** One row per inspection rate of the current curve: detection and revenue reached, baseline, references. */
export function curveTable(model: CurveModel): TableModel {
  const run = model.current ?? model.baseline;
  const columns = [numericColumn('Share of declarations inspected, highest scores first (%)')];
  if (model.current) {
    columns.push(numericColumn(runColumnLabel('Non-compliant reached (%)', model.current.label)));
    columns.push(numericColumn(runColumnLabel('Revenue at risk reached (%)', model.current.label)));
  }
  if (model.baseline) columns.push(numericColumn(runColumnLabel('Non-compliant reached (%)', `${model.baseline.label} (baseline)`)));
  columns.push(numericColumn('Random selection (%)'), numericColumn('Best possible (%)'));
  const rows = (run?.points ?? []).map((p) => {
    const cells = [formatPercent(p.x)];
    if (model.current) cells.push(formatPercent(curveAt(model.current.points, p.x)), formatPercent(curveAt(model.current.revenue, p.x)));
    if (model.baseline) cells.push(formatPercent(curveAt(model.baseline.points, p.x)));
    cells.push(formatPercent(p.x), model.best.length > 0 ? formatPercent(curveAt(model.best, p.x)) : '—');
    return cells;
  });
  const ops: string[] = [];
  for (const r of [model.current, model.baseline]) {
    if (r?.operating) ops.push(`${r.label}: ${formatPercent(r.operating.x)} inspected, ${formatPercent(r.operating.y)} detected`);
  }
  const caption = run
    ? `Targeting curve on day ${run.day}'s traffic (perfect examinations assumed). Operating points — ${ops.length > 0 ? ops.join('; ') : 'none yet'}.`
    : 'Targeting curve: no data yet.';
  return { caption, columns, rows };
}
