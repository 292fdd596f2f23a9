import { addCalendarMonths } from '../calendar/calendar-months.js';
import type { IsoDate, QualityStatementId } from '../ids.js';
import type { Action } from './action.js';
import type { ReadinessLabels, ReadinessSettings } from './analyse-readiness-options.js';
import { readinessFinding, type ReadinessFinding } from './readiness-findings.js';
import { READINESS_MESSAGES } from './readiness-messages.js';
import type { StatementEvidenceCoverage, UnplannedAreaForImprovement } from './readiness-report.js';
import type { SelfAssessmentStatement } from './self-assessment.js';

/** What reviewing the self-assessment against the evidence and the action plan found. */
export interface SelfAssessmentReview {
  /** Areas for improvement with no known action, in statement order. */
  readonly areasForImprovementWithoutAction: readonly UnplannedAreaForImprovement[];
  /** Ids of every area for improvement the self-assessment lists. */
  readonly areaIds: ReadonlySet<string>;
  readonly findings: readonly ReadinessFinding[];
}

/**
 * Reviews each quality statement's self-assessment entry, in framework order: a missing entry;
 * each area for improvement without a known action (the improvement plan staff must be able to
 * talk to) or naming an action that does not exist; a high self-score the evidence does not
 * support; a low one with nothing to improve; an entry not refreshed lately; no strengths.
 */
export function reviewSelfAssessment(
  coverage: readonly StatementEvidenceCoverage[],
  selfByStatement: ReadonlyMap<QualityStatementId, SelfAssessmentStatement>,
  actions: readonly Action[],
  asOf: IsoDate,
  settings: Pick<ReadinessSettings, 'selfAssessmentRefreshMonths'>,
  labels: ReadinessLabels
): SelfAssessmentReview {
  const findings: ReadinessFinding[] = [];
  const actionsById = new Map(actions.map((action) => [action.id, action]));
  const areaIdsWithLinkedAction = new Set(
    actions.flatMap((action) => (action.areaForImprovementId === undefined ? [] : [action.areaForImprovementId]))
  );
  const areaIds = new Set<string>();
  const areasForImprovementWithoutAction: UnplannedAreaForImprovement[] = [];
  const refreshCutoff = addCalendarMonths(asOf, -settings.selfAssessmentRefreshMonths);

  for (const row of coverage) {
    const { qualityStatementId } = row;
    const entry = selfByStatement.get(qualityStatementId);
    const statement = labels.statement(qualityStatementId);
    const about = { qualityStatementId };
    if (entry === undefined) {
      findings.push(readinessFinding('self-assessment-missing', READINESS_MESSAGES.selfAssessmentMissing(statement), about));
      continue;
    }
    for (const area of entry.areasForImprovement) {
      areaIds.add(area.id);
      const unknownActionIds = area.actionIds.filter((actionId) => !actionsById.has(actionId));
      for (const actionId of unknownActionIds) {
        findings.push(
          readinessFinding('unknown-action-reference', READINESS_MESSAGES.unknownActionReference(statement, area.description, actionId), {
            qualityStatementId,
            recordId: area.id,
          })
        );
      }
      const hasKnownAction = unknownActionIds.length < area.actionIds.length || areaIdsWithLinkedAction.has(area.id);
      if (!hasKnownAction) {
        areasForImprovementWithoutAction.push({
          qualityStatementId,
          areaForImprovementId: area.id,
          description: area.description,
          unknownActionIds,
        });
        findings.push(
          readinessFinding(
            'area-for-improvement-without-action',
            READINESS_MESSAGES.areaWithoutAction(statement, area.description, unknownActionIds),
            { qualityStatementId, recordId: area.id }
          )
        );
      }
    }
    if (entry.selfScore >= 3 && row.coveragePercentage < 50) {
      findings.push(
        readinessFinding(
          'self-score-not-evidenced',
          READINESS_MESSAGES.selfScoreNotEvidenced(statement, entry.selfScore, row.coveragePercentage),
          about
        )
      );
    }
    if (entry.selfScore <= 2 && entry.areasForImprovement.length === 0) {
      findings.push(readinessFinding('no-areas-for-improvement', READINESS_MESSAGES.noAreasForImprovement(statement, entry.selfScore), about));
    }
    if (entry.updatedOn < refreshCutoff) {
      findings.push(
        readinessFinding(
          'self-assessment-not-refreshed',
          READINESS_MESSAGES.selfAssessmentNotRefreshed(statement, entry.updatedOn, settings.selfAssessmentRefreshMonths),
          about
        )
      );
    }
    if (entry.strengths.length === 0)
      findings.push(readinessFinding('no-strengths-recorded', READINESS_MESSAGES.noStrengthsRecorded(statement), about));
  }
  return { areasForImprovementWithoutAction, areaIds, findings };
}
