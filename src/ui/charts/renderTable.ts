/**
 * Renders a chart's {@link TableModel} as an accessible HTML table: a caption, column headers
 * with `scope="col"`, a row header per row, numeric cells right-aligned.
 */
import type { TableModel } from './tableModel';

/** Creates an element with a class and text. */
function cell<K extends 'th' | 'td' | 'caption'>(tag: K, text: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A `<table>` holding `model`. */
export function renderTable(model: TableModel): HTMLTableElement {
  const table = document.createElement('table');
  table.className = 'chart-data-table';
  table.append(cell('caption', model.caption));
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  for (const column of model.columns) {
    const th = cell('th', column.label, column.numeric ? 'num' : undefined);
    th.scope = 'col';
    headRow.append(th);
  }
  head.append(headRow);
  const body = document.createElement('tbody');
  for (const row of model.rows) {
    const tr = document.createElement('tr');
    row.forEach((text, i) => {
      const numeric = model.columns[i]?.numeric === true;
      if (i === 0) {
        const th = cell('th', text, numeric ? 'num' : undefined);
        th.scope = 'row';
        tr.append(th);
      } else tr.append(cell('td', text, numeric ? 'num' : undefined));
    });
    body.append(tr);
  }
  if (model.rows.length === 0) {
    const td = cell('td', 'No data yet.');
    td.colSpan = Math.max(1, model.columns.length);
    const tr = document.createElement('tr');
    tr.append(td);
    body.append(tr);
  }
  table.append(head, body);
  return table;
}
