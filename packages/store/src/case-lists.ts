import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import { toJsonText } from './json.js';
import type { JsonValue } from './json.js';
import type { StoreExecutor } from './open-store.js';
import type { CaseListsTable } from './schema.js';
import { RecordExistsError, storeWriteError } from './store-errors.js';

/**
 * A case-tracking list prepared for CQC and the result of its last check. Only anonymised
 * (pseudonymised) records belong here: never names, addresses or NHS numbers.
 */
export interface CaseListRecord {
  readonly id: string;
  readonly councilId: string;
  readonly assessmentId: string;
  /** For example `draft`, `checked`, `submitted`. */
  readonly status: string;
  readonly records: JsonValue;
  /** When the list was last checked (ISO timestamp), or null. */
  readonly checkedAt: string | null;
  /** The problems the last check found. */
  readonly problems: JsonValue;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A case list to save: a new one (no id, or a new id) or a new version of an existing one. */
export interface CaseListInput {
  readonly id?: string | undefined;
  readonly councilId: string;
  readonly assessmentId: string;
  readonly status: string;
  /** Must be plain JSON data. */
  readonly records: unknown;
  readonly checkedAt?: string | null | undefined;
  /** Must be plain JSON data; an empty list when left out. */
  readonly problems?: unknown;
}

function toCaseListRecord(row: Selectable<CaseListsTable>): CaseListRecord {
  return {
    id: row.id,
    councilId: row.council_id,
    assessmentId: row.assessment_id,
    status: row.status,
    records: row.records,
    checkedAt: row.checked_at,
    problems: row.problems,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Saves a case list, replacing the list with the same id. A list id belongs to one council and
 * one assessment for good: saving it for another is refused with `RecordExistsError`.
 */
export async function saveCaseList(executor: StoreExecutor, caseList: CaseListInput): Promise<CaseListRecord> {
  const id = caseList.id ?? randomUUID();
  const values = {
    status: caseList.status,
    records: toJsonText(caseList.records, 'case list'),
    checked_at: caseList.checkedAt ?? null,
    problems: toJsonText(caseList.problems ?? [], 'case list problems'),
  };
  let row: Selectable<CaseListsTable> | undefined;
  try {
    row = await executor.db
      .insertInto('case_lists')
      .values({ id, council_id: caseList.councilId, assessment_id: caseList.assessmentId, ...values })
      .onConflict((conflict) =>
        conflict
          .column('id')
          .doUpdateSet({ ...values, updated_at: sql<string>`now()` })
          .where('case_lists.council_id', '=', caseList.councilId)
          .where('case_lists.assessment_id', '=', caseList.assessmentId),
      )
      .returningAll()
      .executeTakeFirst();
  } catch (error) {
    throw storeWriteError(error, { missingReference: `Council "${caseList.councilId}" has no assessment with id "${caseList.assessmentId}".` });
  }
  if (row === undefined) throw new RecordExistsError(`Case list "${id}" belongs to another assessment; save this list under a new id.`);
  return toCaseListRecord(row);
}

/** One case list of the council, or undefined. */
export async function getCaseList(executor: StoreExecutor, key: { readonly councilId: string; readonly id: string }): Promise<CaseListRecord | undefined> {
  const row = await executor.db.selectFrom('case_lists').selectAll().where('council_id', '=', key.councilId).where('id', '=', key.id).executeTakeFirst();
  return row === undefined ? undefined : toCaseListRecord(row);
}

/** The case lists saved for the assessment, most recently changed first. */
export async function listCaseLists(
  executor: StoreExecutor,
  key: { readonly councilId: string; readonly assessmentId: string },
): Promise<readonly CaseListRecord[]> {
  const rows = await executor.db
    .selectFrom('case_lists')
    .selectAll()
    .where('council_id', '=', key.councilId)
    .where('assessment_id', '=', key.assessmentId)
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toCaseListRecord);
}
