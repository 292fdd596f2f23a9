import type { ActionInput, PublishedResult, ReadinessInput, RiskInput, SelfAssessmentStatementInput } from '@asc-assure/framework';
import type { AssessmentView } from '@asc-assure/lifecycle';
import {
  getPublishedResult,
  listActions,
  evidenceItemInputOf,
  listAllEvidenceItems,
  listRisks,
  listSelfAssessmentStatements,
  type SelfAssessmentStatementRecord,
  type StoreExecutor,
} from '@asc-assure/store';
import { publishedResultSchema } from '@asc-assure/framework';
import { decodeAreaForImprovement } from './self-assessment-areas.js';

/** A stored self-assessment statement in the framework's form (areas decoded), or undefined while unscored. */
export function selfAssessmentInputOf(statement: SelfAssessmentStatementRecord): SelfAssessmentStatementInput | undefined {
  if (statement.selfScore === null) return undefined;
  return {
    qualityStatementId: statement.qualityStatementId as SelfAssessmentStatementInput['qualityStatementId'],
    narrative: statement.narrative,
    strengths: [...statement.strengths],
    areasForImprovement: statement.areasForImprovement.map((text, index) => decodeAreaForImprovement(text, statement.qualityStatementId, index)),
    selfScore: statement.selfScore as SelfAssessmentStatementInput['selfScore'],
    updatedOn: statement.updatedOn,
  };
}

/**
 * CQC's published result of the assessment: as saved through the API, or else as recorded by the
 * lifecycle's `report.published` event.
 */
export async function publishedResultOf(executor: StoreExecutor, councilId: string, view: AssessmentView | undefined): Promise<PublishedResult | undefined> {
  if (view === undefined) return undefined;
  const saved = await getPublishedResult(executor, { councilId, assessmentId: view.assessmentId });
  if (saved !== undefined) {
    const parsed = publishedResultSchema.safeParse({ councilName: view.config.councilName, publishedOn: saved.publishedOn, scores: saved.scores, rating: saved.rating });
    if (parsed.success) return parsed.data;
  }
  const context = view.state.context;
  if (context.publishedOn === null || context.publishedScores === null || context.publishedRating === null) return undefined;
  return { councilName: view.config.councilName, publishedOn: context.publishedOn, scores: context.publishedScores, rating: context.publishedRating };
}

/**
 * Everything readiness analysis reads, from the store: the evidence bank, the self-assessment,
 * the improvement actions (those with a due date), open risks and, once published, CQC's result.
 */
export async function loadReadinessInput(executor: StoreExecutor, councilId: string, view: AssessmentView | undefined): Promise<ReadinessInput> {
  const evidence = await listAllEvidenceItems(executor, { councilId });
  const statements = await listSelfAssessmentStatements(executor, councilId);
  const actions = await listActions(executor, { councilId });
  const risks = await listRisks(executor, { councilId });
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
    evidence: evidence.map(evidenceItemInputOf),
    selfAssessment: statements.flatMap((statement) => selfAssessmentInputOf(statement) ?? []),
    actions: actionInputs,
    risks: riskInputs,
    published: await publishedResultOf(executor, councilId, view),
  };
}
