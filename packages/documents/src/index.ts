/**
 * @asc-assure/documents: the files council officers use, read and written the same way by the
 * command line and the API. Tables (CSV, or the first sheet of an Excel workbook) come in as
 * headings and rows; deadlines go out as an iCalendar file.
 *
 * @packageDocumentation
 */
export { readTable, TABLE_ROW_LIMIT } from './read-table.js';
export type { TableFile, TableFormat, TableRow } from './read-table.js';
export { deadlinesCalendar } from './deadlines-calendar.js';
export type { CalendarDeadline } from './deadlines-calendar.js';
