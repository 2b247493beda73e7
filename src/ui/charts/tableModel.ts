/**
 * The data-table alternative of a chart, as plain data: a caption, column headers with units and
 * rows of formatted cells. The first cell of each row is its header (rendered as `<th scope=row>`).
 */

/** A column of a chart's data table. */
export interface TableColumn {
  /** Header text, with the unit, e.g. `Red lane (% of declarations)`. */ readonly label: string;
  /** Numeric columns are right-aligned. */ readonly numeric: boolean;
}

/** A chart's numbers as a table. */
export interface TableModel {
  /** Caption: what the table shows and for which run(s). */ readonly caption: string;
  /** Columns, the first being the row header. */ readonly columns: readonly TableColumn[];
  /** Rows of formatted cells, one per column. */ readonly rows: readonly (readonly string[])[];
}

/** A numeric column. */
export function numericColumn(label: string): TableColumn {
  return { label, numeric: true };
}

/** A text column (row headers, names). */
export function textColumn(label: string): TableColumn {
  return { label, numeric: false };
}

/**
 * The column label of a value of `run` (`Current: policy A`), used when a table has one column
 * per run for the same quantity.
 */
export function runColumnLabel(quantity: string, runLabel: string): string {
  return `${quantity} — ${runLabel}`;
}
