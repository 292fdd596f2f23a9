import { publishedResultSchema } from '@asc-assure/framework';
import type { ActionInput, AreaForImprovement, PublishedResult, ReadinessInput, RiskInput, SelfAssessmentStatementInput } from '@asc-assure/framework';
import { listActions, type ActionRecord } from './actions.js';
import { evidenceItemInputOf, listAllEvidenceItems } from './evidence-items.js';
import type { StoreExecutor } from './open-store.js';
import { getPublishedResult } from './published-results.js';
import { listRisks, type RiskRecord } from './risks.js';
import { listSelfAssessmentStatements, type SelfAssessmentStatementRecord } from './self-assessment.js';

/*
 * How the store keeps a council's readiness records, and how they read back in the framework's
 * form. The command line, the API and the dashboard all read readiness through here, so a
 * council sees the same figures whichever it uses.
 *
 * A self-assessment's areas for improvement are a list of strings in the store; readiness analysis
 * needs each area's id and the actions planned for it, so each area is kept as the JSON of
 * { id, description, actionIds }. A plain string (written by another tool) still reads: it becomes
 * an area with a made-up id and no actions.
 */

/** An area for improvement as the store keeps it. */
export function encodeAreaForImprovement(area: AreaForImprovement): string {
  return JSON.stringify({ id: area.id, description: area.description, actionIds: area.actionIds });
}

/** An area for improvement read back from the store. */
export function decodeAreaForImprovement(text: string, qualityStatementId: string, index: number): AreaForImprovement {
  try {
    const value = JSON.parse(text) as Partial<AreaForImprovement> | null;
    if (value !== null && typeof value === 'object' && typeof value.id === 'string' && typeof value.description === 'string' && Array.isArray(value.actionIds)) {
      return { id: value.id, description: value.description, actionIds: value.actionIds.filter((id): id is string => typeof id === 'string') };
    }
  } catch {
    // Not JSON: a plain description.
  }
  return { id: `${qualityStatementId}-area-${index + 1}`, description: text, actionIds: [] };
}

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

/** A stored action in the framework's form, or undefined without a due date (readiness cannot judge it). */
export function actionInputOf(action: ActionRecord): ActionInput | undefined {
  if (action.dueDate === null) return undefined;
  return {
    id: action.id,
    title: action.title,
    owner: action.owner ?? 'Not recorded',
    dueDate: action.dueDate,
    status: (['planned', 'in-progress', 'done'].includes(action.status) ? action.status : 'planned') as ActionInput['status'],
    qualityStatementIds: action.qualityStatementIds as ActionInput['qualityStatementIds'],
  };
}

/** A stored risk in the framework's form, or undefined once closed. */
export function riskInputOf(risk: RiskRecord): RiskInput | undefined {
  if (risk.status === 'closed') return undefined;
  return {
    id: risk.id,
    title: risk.title,
    owner: risk.owner ?? 'Not recorded',
    likelihood: risk.likelihood,
    impact: risk.impact,
    mitigation: risk.mitigation === '' ? 'Not recorded' : risk.mitigation,
    qualityStatementIds: risk.qualityStatementIds as RiskInput['qualityStatementIds'],
  };
}

/** The assessment readiness compares against, once CQC has published its report. */
export interface ReadinessAssessment {
  readonly assessmentId: string;
  readonly councilName: string;
  /** CQC's result as the lifecycle's `report.published` event recorded it, if it has been. */
  readonly publishedByLifecycle?: PublishedResult | undefined;
}

/**
 * CQC's published result of the assessment: as saved with its scores (through the API), or else
 * as the lifecycle's `report.published` event recorded it.
 */
export async function publishedResultFor(executor: StoreExecutor, councilId: string, assessment: ReadinessAssessment | undefined): Promise<PublishedResult | undefined> {
  if (assessment === undefined) return undefined;
  const saved = await getPublishedResult(executor, { councilId, assessmentId: assessment.assessmentId });
  if (saved !== undefined) {
    const parsed = publishedResultSchema.safeParse({ councilName: assessment.councilName, publishedOn: saved.publishedOn, scores: saved.scores, rating: saved.rating });
    if (parsed.success) return parsed.data;
  }
  return assessment.publishedByLifecycle;
}

/**
 * Everything readiness analysis reads, from the store: the evidence bank, the scored
 * self-assessment, the actions with a due date, open risks and, once published, CQC's result.
 *
 * @example
 * const report = analyseCouncilReadiness(await loadReadinessInput(store, 'gloucestershire', readinessAssessmentOf(view)), today);
 */
export async function loadReadinessInput(executor: StoreExecutor, councilId: string, assessment: ReadinessAssessment | undefined): Promise<ReadinessInput> {
  const evidence = await listAllEvidenceItems(executor, { councilId });
  const statements = await listSelfAssessmentStatements(executor, councilId);
  const actions = await listActions(executor, { councilId });
  const risks = await listRisks(executor, { councilId });
  const published = await publishedResultFor(executor, councilId, assessment);
  return {
    evidence: evidence.map(evidenceItemInputOf),
    selfAssessment: statements.flatMap((statement) => selfAssessmentInputOf(statement) ?? []),
    actions: actions.flatMap((action) => actionInputOf(action) ?? []),
    risks: risks.flatMap((risk) => riskInputOf(risk) ?? []),
    ...(published === undefined ? {} : { published }),
  };
}
