import type { Kpis } from '../sim';
import { el, laneLabel, LANE_NAMES, type Lane } from './dom';
import { patchChildren } from './patchChildren';
import { formatCount, formatHours, formatPercent, formatRateOf, formatRatio, formatUsd, MISSING } from './format';

/** One figure in a tile: its label (optional for single-figure tiles) and formatted value. */
interface Figure {
  readonly label?: string;
  readonly lane?: Lane;
  readonly value: string;
}

/** A KPI tile: a title with its unit, one to three figures, and a line of context. */
interface Tile {
  readonly key: string;
  readonly title: string;
  readonly unit: string;
  readonly figures: readonly Figure[];
  readonly detail: string;
  readonly extra?: HTMLElement;
  /** Whether the figures are totals over the days run (they grow with the days), not rates or levels. */
  readonly total?: boolean;
}

/** The tiles for the run's KPIs so far, after `days` completed days. */
function tilesFor(k: Kpis, days: number): Tile[] {
  const perDay = (v: number): number => (days > 0 ? v / days : Number.NaN);
  const ce = k.complianceEstimate;
  const trueInside = ce.sample > 0 && k.trueComplianceRate >= ce.low && k.trueComplianceRate <= ce.high;
  return [
    {
      key: 'declarations', title: 'Declarations', unit: 'count',
      figures: [{ value: formatCount(k.declarations) }],
      detail: `lodged in ${days} ${days === 1 ? 'day' : 'days'}, ${formatCount(perDay(k.declarations))} a day`,
      total: true,
    },
    {
      key: 'inspectionRate', title: 'Inspection rate', unit: '% of declarations',
      figures: [
        { label: 'Red', lane: 'red', value: formatPercent(k.inspectionRate.red) },
        { label: 'Yellow', lane: 'yellow', value: formatPercent(k.inspectionRate.yellow) },
      ],
      detail: `physically examined: ${formatPercent(k.physicalRate)}`,
      extra: laneBar(k),
    },
    {
      key: 'hitRate', title: 'Hit rate', unit: '% of inspections finding an offence',
      figures: [
        { label: 'Targeted', value: formatRateOf(k.hitRateTargeted, k.targetedInspections) },
        { label: 'Random', value: formatRateOf(k.hitRateRandom, k.randomInspections) },
      ],
      detail: `lift ${formatRatio(k.lift)} · ${formatCount(k.targetedInspections)} targeted, ${formatCount(k.randomInspections)} random inspections`,
    },
    {
      key: 'detectionRate', title: 'Detection rate', unit: '% of non-compliant declarations caught',
      figures: [{ value: formatRateOf(k.detectionRate, k.nonCompliant) }],
      detail: `${formatCount(k.detected)} of ${formatCount(k.nonCompliant)} non-compliant (ground truth)`,
    },
    {
      key: 'clearance', title: 'Clearance time', unit: 'hours, arrival to release',
      figures: [
        { label: 'Median', value: k.clearance.all.count > 0 ? formatHours(k.clearance.all.p50) : MISSING },
        { label: '95th pct', value: k.clearance.all.count > 0 ? formatHours(k.clearance.all.p95) : MISSING },
        // The red lane's mean: where examinations and the handling before them show as the delay they cause.
        { label: 'Red, mean', lane: 'red', value: k.clearance.red.count > 0 ? formatHours(k.clearance.red.mean) : MISSING },
      ],
      detail: `all lanes, mean ${k.clearance.all.count > 0 ? formatHours(k.clearance.all.mean) : MISSING} · ${formatCount(k.pending)} still waiting`,
    },
    {
      key: 'revenue', title: 'Revenue', unit: 'USD of evaded duty and taxes',
      figures: [
        { label: 'Recovered', value: formatUsd(k.revenueRecovered) },
        { label: 'At risk', value: formatUsd(k.revenueAtRisk) },
      ],
      detail: `${formatRateOf(k.revenueRecovered / k.revenueAtRisk, k.revenueAtRisk)} recovered · penalties ${formatUsd(k.penalties)}`,
      total: true,
    },
    {
      key: 'delayCost', title: 'Trade delay cost', unit: 'USD borne by traders',
      figures: [{ value: formatUsd(k.delayCost) }],
      detail: `time cost of clearance delays, ${formatUsd(perDay(k.delayCost))} a day`,
      total: true,
    },
    {
      key: 'compliance', title: 'Compliance', unit: '% of declarations compliant',
      figures: [
        { label: 'Estimated', value: ce.sample > 0 ? formatPercent(ce.rate) : MISSING },
        { label: 'True', value: formatPercent(k.trueComplianceRate) },
      ],
      detail: ce.sample > 0
        ? `95% interval ${formatPercent(ce.low)}–${formatPercent(ce.high)} from ${formatCount(ce.sample)} random checks; true rate ${trueInside ? 'inside' : 'outside'} it`
        : 'no random checks yet',
    },
    {
      key: 'voluntaryCompliance', title: 'Voluntary compliance', unit: '% of declarations by tier 1–2 traders',
      figures: [{ value: formatPercent(k.behaviour.voluntaryComplianceRate) }],
      detail: `tier 3–4 declarations compliant: ${formatPercent(k.behaviour.deliberateCompliance)} · detection perceived ${formatPercent(k.behaviour.perceivedDetection)}, realised ${formatPercent(k.behaviour.actualDetection)}`,
    },
    {
      key: 'aeoShare', title: 'AEO share of trade', unit: '% of declarations by AEO holders',
      figures: [{ value: formatPercent(k.behaviour.aeoShareOfTrade) }],
      detail: `${formatCount(k.population.aeo)} AEO holders now · ${formatCount(k.population.aeoQueue)} applications waiting, ${formatCount(k.population.aeoValidating)} in validation`,
    },
  ];
}

/** A stacked bar of the four lane shares, each segment labelled in a legend below. */
function laneBar(k: Kpis): HTMLElement {
  const bar = el('div', { class: 'lane-bar', attrs: { 'aria-hidden': 'true' } });
  const legend = el('ul', { class: 'lane-legend', attrs: { 'aria-label': 'Lane shares' } });
  for (const lane of LANE_NAMES) {
    const share = k.inspectionRate[lane];
    const segment = el('span', { class: `lane-segment swatch-${lane}` });
    segment.style.width = `${Math.max(0, Math.min(1, share)) * 100}%`;
    bar.append(segment);
    legend.append(el('li', {}, [laneLabel(lane), ` ${formatPercent(share)}`]));
  }
  return el('div', { class: 'lane-mix' }, [bar, legend]);
}

/**
 * The baseline's figure beside the run's: "before: 64,828". A total over a baseline of other days
 * than the run's (a change made while the run played on) says over how many: "before: 64,828 in 13
 * days", so that it does not read as the policy's effect.
 */
export function baselineFigureText(value: string, total: boolean, days: number, baselineDays: number): string {
  return total && baselineDays !== days ? `before: ${value} in ${formatCount(baselineDays)} ${baselineDays === 1 ? 'day' : 'days'}` : `before: ${value}`;
}

function renderTile(tile: Tile, days: number, before: { tile: Tile; days: number } | null): HTMLElement {
  const figures = tile.figures.map((f, i) => {
    const old = before?.tile.figures[i];
    return el('div', { class: 'figure' }, [
      el('dt', {}, f.label === undefined ? [el('span', { class: 'visually-hidden', text: tile.title })] : [f.lane ? laneLabel(f.lane, f.label) : f.label]),
      el('dd', { class: 'figure-value', text: f.value }),
      ...(old && before ? [el('dd', { class: 'figure-baseline', text: baselineFigureText(old.value, tile.total === true, days, before.days) })] : []),
    ]);
  });
  return el('article', { class: 'tile', attrs: { 'data-kpi': tile.key, 'aria-label': tile.title } }, [
    el('h3', { class: 'tile-title' }, [tile.title, el('span', { class: 'tile-unit', text: tile.unit })]),
    el('dl', { class: tile.figures.length > 1 ? 'figures figures-pair' : 'figures' }, figures),
    ...(tile.extra ? [tile.extra] : []),
    el('p', { class: 'tile-detail', text: tile.detail }),
  ]);
}

/** The KPIs of the run shown before the last change, for comparison. */
export interface BaselineKpis {
  /** Its KPIs. */ readonly kpis: Kpis;
  /** Days it had completed. */ readonly days: number;
}

/** What the tiles say before the first day. */
export const NO_DAYS_TEXT = 'No days simulated yet. Press Play or Step one day.';

/**
 * Renders the KPI tiles into `container`: the run's KPIs after `days` days, or `emptyText` before
 * the first day. With a baseline, each figure also shows the baseline's value ("before: …"), so
 * a policy change reads as a comparison at a glance.
 */
export function renderKpiTiles(container: HTMLElement, kpis: Kpis | null, days: number, baseline: BaselineKpis | null = null, emptyText = NO_DAYS_TEXT): void {
  if (kpis === null || days === 0) {
    patchChildren(container, [el('p', { class: 'empty', text: emptyText })]);
    return;
  }
  const before = baseline && baseline.days > 0 ? tilesFor(baseline.kpis, baseline.days) : null;
  patchChildren(container, tilesFor(kpis, days).map((t) => {
    const old = before?.find((b) => b.key === t.key);
    return renderTile(t, days, old && baseline ? { tile: old, days: baseline.days } : null);
  }));
}
