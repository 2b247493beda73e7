/**
 * The HTML around one chart: heading, the question it answers, the SVG (an image named by the
 * heading and described by the summary), the live summary paragraph and the "Show data table"
 * toggle with its table. The SVG's drawing is done by the chart's draw function.
 */
import { select } from 'd3';
import { FONT_FAMILY } from './palette';
import { renderTable } from './renderTable';
import { setTextContent } from '../dom';
import type { G } from './svgKit';
import type { TableModel } from './tableModel';

/** SVG namespace. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** One chart's figure on the page. */
export interface ChartFigure {
  /** The `<figure>`. */ readonly root: HTMLElement;
  /** The chart's SVG. */ readonly svg: SVGSVGElement;
  /** The `<g>` the chart draws into. */ readonly body: G;
  /**
   * Width available to the SVG, px: as last measured (see `measure`), so drawing never forces a
   * layout; measured now if it never was.
   */
  width(): number;
  /** Measures the width again (call where layout is up to date: a ResizeObserver); returns whether it changed. */ measure(): boolean;
  /** Sets the SVG's size after drawing. */ setSize(width: number, height: number): void;
  /** Writes the live summary. */ setSummary(text: string): void;
  /** Whether the data table is shown. */ tableOpen(): boolean;
  /** Replaces the data table (only rendered while shown). */ setTable(model: TableModel): void;
}

/** Creates a text element. */
function textEl<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

/**
 * Creates the figure of chart `id` with a unique `prefix` for element ids. `onToggle` is called
 * when the table is opened, so the caller can fill it with current numbers.
 */
export function createFigure(prefix: string, id: string, title: string, question: string, onToggle: () => void): ChartFigure {
  const base = `${prefix}-${id}`;
  const root = textEl('figure', `chart chart-${id}`);
  root.dataset.chartId = id;
  root.setAttribute('aria-labelledby', `${base}-title`);
  const heading = textEl('h3', 'chart-title', title);
  heading.id = `${base}-title`;
  const toggle = textEl('button', 'chart-table-toggle', 'Show data table');
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', `${base}-table`);
  const head = textEl('div', 'chart-head');
  head.append(heading, toggle);
  const questionEl = textEl('p', 'chart-question', question);

  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${base}-title`);
  svg.setAttribute('aria-describedby', `${base}-summary`);
  svg.setAttribute('font-family', FONT_FAMILY);
  svg.classList.add('chart-svg');
  const body = select(svg).append('g').attr('data-layer', 'body');

  const summary = textEl('p', 'chart-summary');
  summary.id = `${base}-summary`;
  summary.setAttribute('aria-live', 'polite');
  const tableBox = textEl('div', 'chart-table');
  tableBox.id = `${base}-table`;
  tableBox.hidden = true;
  tableBox.tabIndex = 0;
  tableBox.setAttribute('role', 'region');
  tableBox.setAttribute('aria-label', `${title}: data table`);

  toggle.addEventListener('click', () => {
    const open = tableBox.hidden;
    tableBox.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Hide data table' : 'Show data table';
    if (open) onToggle();
    else tableBox.replaceChildren();
  });
  root.append(head, questionEl, svg, summary, tableBox);

  const measureWidth = (): number => Math.max(280, Math.floor(root.clientWidth || 0));
  let width = -1;
  return {
    root, svg, body,
    width: () => (width < 0 ? measureWidth() : width),
    measure: () => {
      const before = width;
      width = measureWidth();
      return width !== before;
    },
    setSize: (w, h) => {
      // Unchanged while a run plays: writing the same size would still invalidate the SVG's layout.
      const height = String(Math.ceil(h));
      if (svg.getAttribute('width') === String(w) && svg.getAttribute('height') === height) return;
      svg.setAttribute('width', String(w));
      svg.setAttribute('height', height);
      svg.setAttribute('viewBox', `0 0 ${w} ${height}`);
    },
    setSummary: (text) => {
      setTextContent(summary, text);
    },
    tableOpen: () => !tableBox.hidden,
    setTable: (model) => {
      if (!tableBox.hidden) tableBox.replaceChildren(renderTable(model));
    },
  };
}
