import type { Selectable } from 'kysely';
import { isUniqueViolation } from './error-codes.js';
import type { StoreExecutor } from './open-store.js';
import type { SelfAssessmentStatementsTable } from './schema.js';
import { ConcurrentUpdateError, storeWriteError } from './store-errors.js';

/** A council's self-assessment of one quality statement (its own prediction, not CQC's score). */
export interface SelfAssessmentStatementRecord {
  readonly councilId: string;
  readonly qualityStatementId: string;
  readonly narrative: string;
  readonly strengths: readonly string[];
  readonly areasForImprovement: readonly string[];
  /** 1 to 4, or null while not yet scored. */
  readonly selfScore: number | null;
  /** The day it was last revised, `YYYY-MM-DD`. */
  readonly updatedOn: string;
  readonly version: number;
}

/** A self-assessment statement to save. */
export interface SelfAssessmentStatementInput {
  readonly councilId: string;
  readonly qualityStatementId: string;
  readonly narrative: string;
  readonly strengths?: readonly string[] | undefined;
  readonly areasForImprovement?: readonly string[] | undefined;
  readonly selfScore?: number | null | undefined;
  readonly updatedOn: string;
  /**
   * The version the editor started from (0 for a statement they believe is new): the save is
   * refused with {@link ConcurrentUpdateError} if someone saved in between. Leave out to
   * overwrite whatever is there.
   */
  readonly expectedVersion?: number | undefined;
}

function toSelfAssessmentStatementRecord(row: Selectable<SelfAssessmentStatementsTable>): SelfAssessmentStatementRecord {
  return {
    councilId: row.council_id,
    qualityStatementId: row.quality_statement_id,
    narrative: row.narrative,
    strengths: row.strengths,
    areasForImprovement: row.areas_for_improvement,
    selfScore: row.self_score,
    updatedOn: row.updated_on,
    version: row.version,
  };
}

/** Saves a council's statement for one quality statement; each save moves its version on by one. */
export async function upsertSelfAssessmentStatement(
  executor: StoreExecutor,
  input: SelfAssessmentStatementInput,
): Promise<SelfAssessmentStatementRecord> {
  const values = {
    narrative: input.narrative,
    strengths: JSON.stringify(input.strengths ?? []),
    areas_for_improvement: JSON.stringify(input.areasForImprovement ?? []),
    self_score: input.selfScore ?? null,
    updated_on: input.updatedOn,
  };
  const conflictMessage = `The self-assessment of "${input.qualityStatementId}" was changed by someone else since you opened it. Reload it and try again.`;
  const missingCouncil = `Council "${input.councilId}" is not in the store: add it (saveCouncil) first.`;
  const insert = executor.db
    .insertInto('self_assessment_statements')
    .values({ council_id: input.councilId, quality_statement_id: input.qualityStatementId, ...values });
  if (input.expectedVersion === undefined) {
    try {
      const row = await insert
        .onConflict((conflict) =>
          conflict
            .columns(['council_id', 'quality_statement_id'])
            .doUpdateSet((eb) => ({ ...values, version: eb('self_assessment_statements.version', '+', 1) })),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      return toSelfAssessmentStatementRecord(row);
    } catch (error) {
      throw storeWriteError(error, { missingReference: missingCouncil });
    }
  }
  if (input.expectedVersion === 0) {
    try {
      return toSelfAssessmentStatementRecord(await insert.returningAll().executeTakeFirstOrThrow());
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConcurrentUpdateError(conflictMessage, { cause: error });
      throw storeWriteError(error, { missingReference: missingCouncil });
    }
  }
  const row = await executor.db
    .updateTable('self_assessment_statements')
    .set({ ...values, version: input.expectedVersion + 1 })
    .where('council_id', '=', input.councilId)
    .where('quality_statement_id', '=', input.qualityStatementId)
    .where('version', '=', input.expectedVersion)
    .returningAll()
    .executeTakeFirst();
  if (row === undefined) throw new ConcurrentUpdateError(conflictMessage);
  return toSelfAssessmentStatementRecord(row);
}

/** The council's statement for one quality statement, or undefined. */
export async function getSelfAssessmentStatement(
  executor: StoreExecutor,
  key: { readonly councilId: string; readonly qualityStatementId: string },
): Promise<SelfAssessmentStatementRecord | undefined> {
  const row = await executor.db
    .selectFrom('self_assessment_statements')
    .selectAll()
    .where('council_id', '=', key.councilId)
    .where('quality_statement_id', '=', key.qualityStatementId)
    .executeTakeFirst();
  return row === undefined ? undefined : toSelfAssessmentStatementRecord(row);
}

/** Every self-assessment statement of the council, by quality statement id. */
export async function listSelfAssessmentStatements(executor: StoreExecutor, councilId: string): Promise<readonly SelfAssessmentStatementRecord[]> {
  const rows = await executor.db
    .selectFrom('self_assessment_statements')
    .selectAll()
    .where('council_id', '=', councilId)
    .orderBy('quality_statement_id')
    .execute();
  return rows.map(toSelfAssessmentStatementRecord);
}
