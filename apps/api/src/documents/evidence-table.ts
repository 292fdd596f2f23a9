import { createHash } from 'node:crypto';
import {
  CQC_LA_QUALITY_STATEMENTS,
  EVIDENCE_CATEGORY_IDS,
  EVIDENCE_CATEGORY_LABELS,
  EVIDENCE_TAG_LABELS,
  EVIDENCE_TAGS,
  evidenceItemSchema,
  type EvidenceItem,
  type InputProblem,
} from '@asc-assure/framework';
import type { TableFile, TableRow } from '@asc-assure/documents';

type EvidenceField =
  | 'id'
  | 'title'
  | 'description'
  | 'qualityStatementIds'
  | 'evidenceCategoryIds'
  | 'owner'
  | 'source'
  | 'location'
  | 'effectiveFrom'
  | 'effectiveTo'
  | 'reviewBy'
  | 'tags';

/** The columns of an evidence bank file, with the headings councils use for them (as the command line reads them). */
const EVIDENCE_COLUMNS: readonly { readonly field: EvidenceField; readonly heading: string; readonly aliases: readonly string[]; readonly required?: true }[] = [
  { field: 'id', heading: 'Id', aliases: ['Evidence id', 'Reference', 'Ref', 'Evidence reference'] },
  { field: 'title', heading: 'Title', aliases: ['Document', 'Document title', 'Evidence', 'Name of document'], required: true },
  { field: 'description', heading: 'Description', aliases: ['Summary', 'Notes'] },
  { field: 'qualityStatementIds', heading: 'Quality statements', aliases: ['Quality statement', 'Statements', 'Statement', 'QS'], required: true },
  { field: 'evidenceCategoryIds', heading: 'Evidence categories', aliases: ['Evidence category', 'Categories', 'Category'], required: true },
  { field: 'owner', heading: 'Owner', aliases: ['Evidence owner', 'Lead', 'Responsible officer'], required: true },
  { field: 'source', heading: 'Source', aliases: ['Type', 'Source type'] },
  { field: 'location', heading: 'Location', aliases: ['Link', 'URL', 'Path', 'File path', 'Where'] },
  { field: 'effectiveFrom', heading: 'Effective from', aliases: ['From', 'Start date', 'Date', 'Approved', 'Published'], required: true },
  { field: 'effectiveTo', heading: 'Effective to', aliases: ['To', 'End date', 'Expires', 'Expiry date'] },
  { field: 'reviewBy', heading: 'Review by', aliases: ['Review date', 'Next review', 'Review due'] },
  { field: 'tags', heading: 'Tags', aliases: ['Tag', 'Themes'] },
];

const normalise = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

function vocabulary(entries: readonly (readonly [string, string])[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [name, id] of entries) if (!map.has(normalise(name))) map.set(normalise(name), id);
  return map;
}

const QUALITY_STATEMENTS = vocabulary(
  CQC_LA_QUALITY_STATEMENTS.flatMap((statement, index): [string, string][] => [
    [statement.id, statement.id],
    [statement.title, statement.id],
    [statement.shortTitle, statement.id],
    [`QS${index + 1}`, statement.id],
  ]),
);
const CATEGORIES = vocabulary(EVIDENCE_CATEGORY_IDS.flatMap((id): [string, string][] => [[id, id], [EVIDENCE_CATEGORY_LABELS[id], id]]));
const TAGS = vocabulary(EVIDENCE_TAGS.flatMap((id): [string, string][] => [[id, id], [EVIDENCE_TAG_LABELS[id], id]]));

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/;
const UK_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** `2024-04-01`, or the UK's `01/04/2024` (day first); anything else as given, for the schema to report. */
function isoDateFromCell(text: string): string {
  const iso = ISO_DATE.exec(text);
  if (iso !== null) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const uk = UK_DATE.exec(text);
  if (uk !== null) return `${uk[3]}-${String(Number(uk[2])).padStart(2, '0')}-${String(Number(uk[1])).padStart(2, '0')}`;
  return text;
}

/** A stable id for an item without one: the same title and start date always give the same id (as the command line makes it). */
function generatedId(title: string, effectiveFrom: string): string {
  return `EV-${createHash('sha256').update(`${title.trim().toLowerCase()}\u0000${effectiveFrom.trim()}`).digest('hex').slice(0, 10)}`;
}

/** The evidence items of a table, or every problem with it, row by row. */
export interface EvidenceTableRows {
  readonly items: readonly EvidenceItem[];
  /** Each with its path: `['rows', <spreadsheet row>, <field>]`. Empty when every row is valid. */
  readonly problems: readonly InputProblem[];
  /** Headings that are not evidence fields (ignored). */
  readonly ignoredHeadings: readonly string[];
}

/**
 * Turns the rows of an evidence bank file into evidence items checked with the framework's
 * `evidenceItemSchema`, collecting every problem with its spreadsheet row rather than stopping at
 * the first. Headings match whatever their case or punctuation, and the names councils use;
 * quality statements, categories and tags may be ids or titles.
 */
export function evidenceItemsFromTable(table: TableFile): EvidenceTableRows {
  const fieldOf = new Map<string, EvidenceField>();
  for (const column of EVIDENCE_COLUMNS) for (const name of [column.field, column.heading, ...column.aliases]) if (!fieldOf.has(normalise(name))) fieldOf.set(normalise(name), column.field);
  const headingOf = new Map<EvidenceField, string>();
  const ignoredHeadings: string[] = [];
  for (const heading of table.headings) {
    const field = fieldOf.get(normalise(heading));
    if (field === undefined || headingOf.has(field)) ignoredHeadings.push(heading);
    else headingOf.set(field, heading);
  }
  const missing = EVIDENCE_COLUMNS.filter((column) => column.required === true && !headingOf.has(column.field));
  if (missing.length > 0) {
    return {
      items: [],
      problems: missing.map((column) => ({ code: 'missing-column', path: ['headings', column.heading], message: `the file has no '${column.heading}' column (headings found: ${table.headings.join(', ') || 'none'})` })),
      ignoredHeadings,
    };
  }
  const items: EvidenceItem[] = [];
  const problems: InputProblem[] = [];
  const firstRowOfId = new Map<string, number>();
  for (const row of table.rows) {
    const result = itemFromRow(row, headingOf);
    if (result.problems.length > 0) {
      problems.push(...result.problems);
      continue;
    }
    if (result.item === undefined) continue;
    const first = firstRowOfId.get(result.item.id);
    if (first !== undefined) {
      problems.push({ code: 'duplicate-id', path: ['rows', row.rowNumber, 'id'], message: `row ${row.rowNumber}: the id ${result.item.id} is already used by row ${first}; give each item its own id (or its own title and start date)` });
      continue;
    }
    firstRowOfId.set(result.item.id, row.rowNumber);
    items.push(result.item);
  }
  return { items, problems, ignoredHeadings };
}

function itemFromRow(row: TableRow, headingOf: ReadonlyMap<EvidenceField, string>): { item?: EvidenceItem; problems: InputProblem[] } {
  const cell = (field: EvidenceField): string | undefined => {
    const heading = headingOf.get(field);
    return heading === undefined ? undefined : row.cells[heading];
  };
  const problems: InputProblem[] = [];
  const listOf = (field: EvidenceField, names: ReadonlyMap<string, string>, noun: string): string[] =>
    [
      ...new Set(
        (cell(field) ?? '')
          .split(/[;,\n]/)
          .map((part) => part.trim())
          .filter((part) => part !== '')
          .flatMap((typed) => {
            const id = names.get(normalise(typed));
            if (id !== undefined) return [id];
            problems.push({ code: 'unknown-value', path: ['rows', row.rowNumber, field], message: `row ${row.rowNumber}: '${typed.slice(0, 80)}' is not ${noun}` });
            return [];
          }),
      ),
    ];
  const qualityStatementIds = listOf('qualityStatementIds', QUALITY_STATEMENTS, 'a quality statement');
  const evidenceCategoryIds = listOf('evidenceCategoryIds', CATEGORIES, 'an evidence category');
  const tags = listOf('tags', TAGS, 'an evidence tag');
  if (problems.length > 0) return { problems };
  const optional = (key: string, value: string | undefined) => (value === undefined ? {} : { [key]: value });
  const title = cell('title') ?? '';
  const effectiveFrom = isoDateFromCell(cell('effectiveFrom') ?? '');
  const candidate = {
    id: cell('id') ?? generatedId(title, effectiveFrom),
    title,
    ...optional('description', cell('description')),
    qualityStatementIds,
    evidenceCategoryIds,
    owner: cell('owner') ?? '',
    ...optional('source', cell('source')),
    ...optional('location', cell('location')),
    effectiveFrom,
    ...optional('effectiveTo', cell('effectiveTo') === undefined ? undefined : isoDateFromCell(cell('effectiveTo') ?? '')),
    ...optional('reviewBy', cell('reviewBy') === undefined ? undefined : isoDateFromCell(cell('reviewBy') ?? '')),
    tags,
  };
  const parsed = evidenceItemSchema.safeParse(candidate);
  if (parsed.success) return { item: parsed.data, problems };
  for (const issue of parsed.error.issues) {
    const field = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
    const heading = field === undefined ? undefined : (headingOf.get(field as EvidenceField) ?? EVIDENCE_COLUMNS.find((column) => column.field === field)?.heading ?? field);
    problems.push({ code: `schema-${issue.code}`, path: ['rows', row.rowNumber, ...(field === undefined ? [] : [field])], message: `row ${row.rowNumber}: ${heading === undefined ? '' : `${heading}: `}${issue.message}` });
  }
  return { problems };
}
