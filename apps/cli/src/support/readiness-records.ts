import type {
  Action,
  ActionInput,
  AreaForImprovement,
  EvidenceItem,
  PublishedResult,
  ReadinessInput,
  Risk,
  RiskInput,
  SelfAssessmentStatement,
  SelfAssessmentStatementInput,
} from '@asc-assure/framework';
import type { AssessmentView } from '@asc-assure/lifecycle';
import type { Store, StoreExecutor } from '@asc-assure/store';

/*
 * The store keeps a self-assessment's areas for improvement as a list of strings. The framework's
 * readiness analysis needs each area's id and the actions planned for it, so each area is stored
 * as the JSON of { id, description, actionIds }. A plain string (written by another tool) still
 * reads: it becomes an area with a made-up id and no actions.
 */

function encodeArea(area: AreaForImprovement): string {
  return JSON.stringify({ id: area.id, description: area.description, actionIds: area.actionIds });
}

function decodeArea(text: string, qualityStatementId: string, index: number): AreaForImprovement {
  try {
    const value = JSON.parse(text) as Partial<AreaForImprovement>;
    if (typeof value.id === 'string' && typeof value.description === 'string' && Array.isArray(value.actionIds)) {
      return { id: value.id, description: value.description, actionIds: value.actionIds.filter((id): id is string => typeof id === 'string') };
    }
  } catch {
    // Not JSON: a plain description.
  }
  return { id: `${qualityStatementId}-area-${index + 1}`, description: text, actionIds: [] };
}

/**
 * Everything readiness analysis reads, from the store: the evidence bank, self-assessment,
 * improvement actions, risks and, once the report is published, CQC's result (from the
 * assessment's recorded events).
 */
export async function loadReadinessInput(executor: StoreExecutor, councilId: string, view: AssessmentView | undefined): Promise<ReadinessInput> {
  const store = await import('@asc-assure/store');
  const [evidence, statements, actions, risks] = await Promise.all([
    store.listAllEvidenceItems(executor, { councilId }),
    store.listSelfAssessmentStatements(executor, councilId),
    store.listActions(executor, { councilId }),
    store.listRisks(executor, { councilId }),
  ]);
  const selfAssessment: SelfAssessmentStatementInput[] = statements.flatMap((statement) =>
    statement.selfScore === null
      ? []
      : [
          {
            qualityStatementId: statement.qualityStatementId as SelfAssessmentStatementInput['qualityStatementId'],
            narrative: statement.narrative,
            strengths: [...statement.strengths],
            areasForImprovement: statement.areasForImprovement.map((text, index) => decodeArea(text, statement.qualityStatementId, index)),
            selfScore: statement.selfScore as SelfAssessmentStatementInput['selfScore'],
            updatedOn: statement.updatedOn,
          },
        ],
  );
  const actionInputs: ActionInput[] = actions.flatMap((action) =>
    action.dueDate === null
      ? []
      : [
          {
            id: action.id,
            title: action.title,
            owner: action.owner ?? 'Not recorded',
            dueDate: action.dueDate,
            status: (['planned', 'in-progress', 'done'].includes(action.status) ? action.status : 'planned') as ActionInput['status'],
            qualityStatementIds: action.qualityStatementIds as ActionInput['qualityStatementIds'],
          },
        ],
  );
  const riskInputs: RiskInput[] = risks
    .filter((risk) => risk.status !== 'closed')
    .map((risk) => ({
      id: risk.id,
      title: risk.title,
      owner: risk.owner ?? 'Not recorded',
      likelihood: risk.likelihood,
      impact: risk.impact,
      mitigation: risk.mitigation === '' ? 'Not recorded' : risk.mitigation,
      qualityStatementIds: risk.qualityStatementIds as RiskInput['qualityStatementIds'],
    }));
  return {
    evidence: evidence.map(store.evidenceItemInputOf),
    selfAssessment,
    actions: actionInputs,
    risks: riskInputs,
    published: publishedResultOf(view),
  };
}

function publishedResultOf(view: AssessmentView | undefined): PublishedResult | undefined {
  const context = view?.state.context;
  if (context === undefined || context.publishedOn === null || context.publishedScores === null || context.publishedRating === null) return undefined;
  return { councilName: view?.config.councilName, publishedOn: context.publishedOn, scores: context.publishedScores, rating: context.publishedRating };
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
        areasForImprovement: statement.areasForImprovement.map(encodeArea),
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
