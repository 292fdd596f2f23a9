import { createHash } from 'node:crypto';
import { evidenceItemSchema, type EvidenceItem } from '@asc-assure/framework';
import { cellOf, mapColumns, type ColumnMap, type ColumnSpec } from './column-map.js';
import { isoDateFromCell } from './dates.js';
import { EVIDENCE_CATEGORY_VOCABULARY, EVIDENCE_TAG_VOCABULARY, QUALITY_STATEMENT_VOCABULARY } from './framework-vocabularies.js';
import { splitList, type Vocabulary } from './matching.js';
import type { TableFile, TableRow } from './read-table-file.js';

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

/** The columns of an evidence bank file, as `evidence import` reads them. */
export const EVIDENCE_COLUMNS: readonly ColumnSpec<EvidenceField>[] = [
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

/** The evidence items of a file, or every problem found in it. */
export interface EvidenceRows {
  readonly items: readonly EvidenceItem[];
  /** One line per problem, each starting "row N:". Empty when every row is valid. */
  readonly problems: readonly string[];
  /** Headings that are not evidence fields (ignored). */
  readonly ignoredHeadings: readonly string[];
}

/**
 * Turns the rows of an evidence bank file into evidence items checked with the framework's
 * `evidenceItemSchema`, collecting every problem rather than stopping at the first. An item
 * without an id gets one made from its title and start date, so importing the same file again
 * updates the same items instead of adding copies.
 */
export function evidenceItemsFromTable(table: TableFile, onRow: () => void = () => undefined): EvidenceRows {
  const columns = mapColumns(table.fileName, table.headings, EVIDENCE_COLUMNS);
  const items: EvidenceItem[] = [];
  const problems: string[] = [];
  const firstRowOfId = new Map<string, number>();
  for (const row of table.rows) {
    const result = evidenceItemFromRow(columns, row);
    onRow();
    if (result.problems.length > 0) {
      problems.push(...result.problems.map((problem) => `row ${row.rowNumber}: ${problem}`));
      continue;
    }
    if (result.item === undefined) continue;
    const first = firstRowOfId.get(result.item.id);
    if (first !== undefined) {
      problems.push(`row ${row.rowNumber}: the id ${result.item.id} is already used by row ${first}; give each item its own id (or its own title and start date).`);
      continue;
    }
    firstRowOfId.set(result.item.id, row.rowNumber);
    items.push(result.item);
  }
  return { items, problems, ignoredHeadings: columns.otherHeadings };
}

function evidenceItemFromRow(columns: ColumnMap<EvidenceField>, row: TableRow): { item?: EvidenceItem; problems: string[] } {
  const cell = (field: EvidenceField): string | undefined => cellOf(columns, row.cells, field);
  const heading = (field: EvidenceField): string => columns.headingOf.get(field) ?? EVIDENCE_COLUMNS.find((spec) => spec.field === field)?.heading ?? field;
  const problems: string[] = [];
  const fieldsWithProblems = new Set<string>();
  const listOf = <Id extends string>(field: EvidenceField, vocabulary: Vocabulary<Id>, noun: string, example: string): Id[] =>
    splitList(cell(field)).flatMap((typed) => {
      const id = vocabulary.match(typed);
      if (id !== undefined) return [id];
      const suggestion = vocabulary.suggest(typed);
      fieldsWithProblems.add(field);
      problems.push(
        suggestion === undefined
          ? `'${typed}' is not ${noun} (for example '${example}')`
          : `'${typed}' is not ${noun} — did you mean '${suggestion}'?`,
      );
      return [];
    });
  const title = cell('title');
  const effectiveFrom = cell('effectiveFrom');
  const dateOf = (field: EvidenceField): string | undefined => {
    const text = cell(field);
    return text === undefined ? undefined : isoDateFromCell(text);
  };
  const input = {
    id: cell('id') ?? generatedId(title ?? '', effectiveFrom ?? ''),
    title: title ?? '',
    ...optional('description', cell('description')),
    qualityStatementIds: [...new Set(listOf('qualityStatementIds', QUALITY_STATEMENT_VOCABULARY, 'a quality statement', 'safeguarding'))],
    evidenceCategoryIds: [...new Set(listOf('evidenceCategoryIds', EVIDENCE_CATEGORY_VOCABULARY, 'an evidence category', 'processes'))],
    owner: cell('owner') ?? '',
    ...optional('source', cell('source')),
    ...optional('location', cell('location')),
    effectiveFrom: dateOf('effectiveFrom') ?? '',
    ...optional('effectiveTo', dateOf('effectiveTo')),
    ...optional('reviewBy', dateOf('reviewBy')),
    tags: [...new Set(listOf('tags', EVIDENCE_TAG_VOCABULARY, 'an evidence tag', 'unpaid-carers'))],
  };
  const parsed = evidenceItemSchema.safeParse(input);
  if (parsed.success) return problems.length > 0 ? { problems } : { item: parsed.data, problems };
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    // A list whose every entry was refused above is empty now: its problem is already reported.
    if (typeof field === 'string' && fieldsWithProblems.has(field)) continue;
    const where = typeof field === 'string' ? `${heading(field as EvidenceField)}: ` : '';
    problems.push(`${where}${issue.message}`);
  }
  return { problems };
}

function optional<Key extends string>(key: Key, value: string | undefined): Partial<Record<Key, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<Key, string>);
}

/** A stable id for an item without one: the same title and start date always give the same id. */
function generatedId(title: string, effectiveFrom: string): string {
  const digest = createHash('sha256').update(`${title.trim().toLowerCase()}\u0000${effectiveFrom.trim()}`).digest('hex');
  return `EV-${digest.slice(0, 10)}`;
}
