import { padVisible, visibleWidth } from './text-width.js';

/** One column of a {@link formatTable}. */
export interface TableColumn {
  readonly heading: string;
  /** Numbers read best right-aligned. */
  readonly align?: 'left' | 'right';
}

/**
 * Lays out rows as an aligned text table: a heading line, a rule, then the rows, columns
 * separated by two spaces and padded with plain spaces (no box-drawing, so it pastes into an
 * email or a ticket intact).
 *
 * @example
 * formatTable([{ heading: 'Statement' }, { heading: 'Items', align: 'right' }], [['Safeguarding', '12']]);
 */
export function formatTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string[] {
  const widths = columns.map((column, index) => Math.max(visibleWidth(column.heading), ...rows.map((row) => visibleWidth(row[index] ?? ''))));
  const render = (cells: readonly string[]): string =>
    columns
      .map((column, index) => padVisible(cells[index] ?? '', widths[index] ?? 0, column.align ?? 'left'))
      .join('  ')
      .trimEnd();
  return [render(columns.map((column) => column.heading)), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(render)];
}
