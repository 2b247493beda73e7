import { el, isEnabled, setEnabled } from './dom';
import { download } from './download';
import type { ChartsPanelLike } from './integrations';
import type { RunResult } from '../workers/runMessages';
import { dailyCsv, runJson } from './state/runExport';

/** Elements of the share-and-export section in index.html. */
export interface ShareElements {
  /** The section to build into. */ readonly root: HTMLElement;
}

/** The share-and-export section. */
export interface SharePanel {
  /** Shows the link of the run in force. */ setLink(url: string): void;
  /** The run exports use (null: nothing to export yet). */ setRun(run: RunResult | null): void;
  /** The charts whose figures can be exported (null: charts not available). */ setCharts(charts: ChartsPanelLike | null): void;
}

/** Names of the charts in the export menu; an id not listed here is shown as it is. */
const CHART_NAMES: Readonly<Record<string, string>> = {
  daily: 'Daily KPIs', pyramid: 'Compliance pyramid', moves: 'Why the pyramid moves', risk: 'Where the risk moved', intelligence: 'The value of intelligence', curve: 'Detection vs inspection rate', histogram: 'Clearance time by lane',
};

const fileBase = (run: RunResult): string => `customs-risk-lab-${run.spec.scenarioId}-seed${run.spec.seed}-day${run.snapshot.day}`;

/**
 * Builds the share-and-export section: the run's link (copy button, and the link itself in a
 * read-only field to select by hand), the run as JSON, the daily KPIs as CSV, and each chart as
 * SVG or PNG through the charts panel.
 */
export function createSharePanel(els: ShareElements): SharePanel {
  let run: RunResult | null = null;
  let charts: ChartsPanelLike | null = null;
  const status = el('p', { class: 'hint', attrs: { id: 'share-status', role: 'status' } });
  const link = el('input', { attrs: { id: 'share-link', type: 'text', readonly: '', 'aria-label': 'Link to this run' } });
  const copy = el('button', { class: 'button', text: 'Copy link', attrs: { type: 'button', id: 'copy-link' } });
  const json = el('button', { class: 'button', text: 'Run (JSON)', attrs: { type: 'button', id: 'export-json' } });
  const csv = el('button', { class: 'button', text: 'Daily KPIs (CSV)', attrs: { type: 'button', id: 'export-csv' } });
  const chartSelect = el('select', { attrs: { id: 'chart-export-id', 'aria-label': 'Chart to export' } });
  const svg = el('button', { class: 'button', text: 'SVG', attrs: { type: 'button', id: 'export-svg' } });
  const png = el('button', { class: 'button', text: 'PNG', attrs: { type: 'button', id: 'export-png' } });
  const chartNote = el('p', { class: 'hint', text: 'Charts are not available yet.' });

  copy.addEventListener('click', () => {
    link.select();
    const done = (ok: boolean): void => {
      status.textContent = ok ? 'Link copied. Anyone who opens it gets this run.' : 'Select the link above and copy it (Ctrl+C).';
    };
    if (navigator.clipboard) navigator.clipboard.writeText(link.value).then(() => done(true), () => done(false));
    else done(false);
  });
  json.addEventListener('click', () => {
    if (!isEnabled(json) || run === null) return;
    download(`${fileBase(run)}.json`, runJson(run, link.value || location.href), 'application/json');
    status.textContent = 'Run exported as JSON.';
  });
  csv.addEventListener('click', () => {
    if (!isEnabled(csv) || run === null) return;
    download(`${fileBase(run)}-daily.csv`, dailyCsv(run.daily, { scenario: run.spec.scenarioId, seed: run.spec.seed, link: link.value }), 'text/csv');
    status.textContent = 'Daily KPIs exported as CSV.';
  });
  svg.addEventListener('click', () => {
    if (!isEnabled(svg) || charts === null || run === null) return;
    download(`${fileBase(run)}-${chartSelect.value}.svg`, charts.exportSvg(chartSelect.value), 'image/svg+xml');
    status.textContent = 'Chart exported as SVG.';
  });
  png.addEventListener('click', () => {
    if (!isEnabled(png) || charts === null || run === null) return;
    const name = `${fileBase(run)}-${chartSelect.value}.png`;
    charts.exportPng(chartSelect.value).then((blob) => {
      download(name, blob);
      status.textContent = 'Chart exported as PNG.';
    }, (error: unknown) => {
      status.textContent = `The PNG export failed: ${error instanceof Error ? error.message : String(error)}`;
    });
  });

  els.root.append(
    el('div', { class: 'field' }, [el('label', { text: 'Link to this run', attrs: { for: 'share-link' } }), link]),
    el('div', { class: 'buttons' }, [copy]),
    el('div', { class: 'buttons', attrs: { role: 'group', 'aria-label': 'Export the run' } }, [json, csv]),
    el('div', { class: 'buttons', attrs: { role: 'group', 'aria-label': 'Export a chart' } }, [chartSelect, svg, png]),
    chartNote, status,
  );
  const refresh = (): void => {
    setEnabled(json, run !== null);
    setEnabled(csv, run !== null && run.daily.length > 0);
    const chartsOk = charts !== null && run !== null;
    setEnabled(svg, chartsOk);
    setEnabled(png, chartsOk);
    chartNote.hidden = charts !== null;
  };
  refresh();

  return {
    setLink(url) {
      link.value = url;
    },
    setRun(r) {
      run = r;
      refresh();
    },
    setCharts(c) {
      charts = c;
      chartSelect.replaceChildren(...(c?.chartIds() ?? []).map((id) => el('option', { text: CHART_NAMES[id] ?? id, attrs: { value: id } })));
      refresh();
    },
  };
}
