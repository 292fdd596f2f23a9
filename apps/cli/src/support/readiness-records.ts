import type { Action, EvidenceItem, ReadinessInput, Risk, SelfAssessmentStatement } from '@asc-assure/framework';
import { readinessAssessmentOf, type AssessmentView } from '@asc-assure/lifecycle';
import type { Store, StoreExecutor } from '@asc-assure/store';

/**
 * Everything readiness analysis reads, from the store, the same way the API reads it (the store's
 * `loadReadinessInput`, loaded on first use), so the command line and the dashboard agree.
 */
export async function loadReadinessInput(executor: StoreExecutor, councilId: string, view: AssessmentView | undefined): Promise<ReadinessInput> {
  const store = await import('@asc-assure/store');
  return store.loadReadinessInput(executor, councilId, readinessAssessmentOf(view));
}

/** A council's readiness records, as the demo generates them. */
export interface ReadinessRecords {
  readonly evidence: readonly EvidenceItem[];
  readonly selfAssessment: readonly SelfAssessmentStatement[];
  readonly actions: readonly Action[];
  readonly risks: readonly Risk[];
}

/** Saves a whole set of readiness records in one transaction (the demo's fictional council). */
export async function saveReadinessRecords(store: Store, councilId: string, records: ReadinessRecords): Promise<void> {
  const repositories = await import('@asc-assure/store');
  await store.transaction(async (tx) => {
    await repositories.insertEvidenceItems(
      tx,
      records.evidence.map((item) => ({ ...item, councilId })),
    );
    for (const statement of records.selfAssessment) {
      await repositories.upsertSelfAssessmentStatement(tx, {
        councilId,
        qualityStatementId: statement.qualityStatementId,
        narrative: statement.narrative,
        strengths: statement.strengths,
        areasForImprovement: statement.areasForImprovement.map(repositories.encodeAreaForImprovement),
        selfScore: statement.selfScore,
        updatedOn: statement.updatedOn,
      });
    }
    for (const action of records.actions) {
      await repositories.createAction(tx, {
        id: action.id,
        councilId,
        title: action.title,
        qualityStatementIds: action.qualityStatementIds,
        owner: action.owner,
        status: action.status,
        dueDate: action.dueDate,
      });
    }
    for (const risk of records.risks) {
      await repositories.createRisk(tx, {
        id: risk.id,
        councilId,
        title: risk.title,
        qualityStatementIds: risk.qualityStatementIds,
        likelihood: risk.likelihood,
        impact: risk.impact,
        owner: risk.owner,
        status: 'open',
        mitigation: risk.mitigation,
      });
    }
  });
}
