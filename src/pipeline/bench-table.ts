/** One column of a benchmark table: its heading and how to show a row's value. */
export interface Column<Row> {
  label: string;
  cell: (row: Row) => string;
}

/**
 * Right-aligned plain-text table. Column lists are data, so another benchmark (the app's
 * `bench:app`) can print its own table, or extend this one with further columns.
 */
export function formatTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const cells = [
    columns.map((c) => c.label),
    ...rows.map((row) => columns.map((c) => c.cell(row))),
  ];
  const widths = columns.map((_, i) => Math.max(...cells.map((line) => line[i]!.length)));
  return cells
    .map((line) => line.map((cell, i) => cell.padStart(widths[i]!)).join('  '))
    .join('\n');
}
