import { calendarDaysBetween } from '../calendar/iso-date.js';
import type { IsoDate } from '../ids.js';
import { actionProgressOn, type Action } from './action.js';
import { readinessFinding, type ReadinessFinding } from './readiness-findings.js';
import { READINESS_MESSAGES } from './readiness-messages.js';
import type { OverdueAction } from './readiness-report.js';
import type { Risk } from './risk.js';

/** What reviewing the action plan found. */
export interface ImprovementPlanReview {
  /** Actions not done and past their due date, in the plan's order. */
  readonly overdueActions: readonly OverdueAction[];
  /** Actions not yet done. */
  readonly openActions: number;
  readonly findings: readonly ReadinessFinding[];
}

/**
 * Reviews the improvement actions on `asOf`: each action past its due date and not done, and
 * each action naming an area for improvement the self-assessment does not have.
 */
export function reviewImprovementPlan(actions: readonly Action[], areaIds: ReadonlySet<string>, asOf: IsoDate): ImprovementPlanReview {
  const findings: ReadinessFinding[] = [];
  const overdueActions: OverdueAction[] = [];
  let openActions = 0;
  for (const action of actions) {
    if (action.status !== 'done') openActions += 1;
    if (action.areaForImprovementId !== undefined && !areaIds.has(action.areaForImprovementId)) {
      findings.push(
        readinessFinding('action-for-unknown-area', READINESS_MESSAGES.actionForUnknownArea(action.title, action.areaForImprovementId), {
          recordId: action.id,
        })
      );
    }
    if (actionProgressOn(action, asOf) !== 'overdue') continue;
    const daysOverdue = calendarDaysBetween(action.dueDate, asOf);
    overdueActions.push({
      actionId: action.id,
      title: action.title,
      owner: action.owner,
      dueDate: action.dueDate,
      daysOverdue,
      qualityStatementIds: action.qualityStatementIds,
    });
    findings.push(
      readinessFinding('action-overdue', READINESS_MESSAGES.actionOverdue(action.title, action.owner, action.dueDate, daysOverdue), {
        qualityStatementId: action.qualityStatementIds.length === 1 ? action.qualityStatementIds[0] : undefined,
        recordId: action.id,
      })
    );
  }
  return { overdueActions, openActions, findings };
}

/** One finding for each risk whose likelihood x impact reaches `highRiskScore`. */
export function highRiskFindings(risks: readonly Risk[], highRiskScore: number): ReadinessFinding[] {
  return risks
    .filter((risk) => risk.likelihood * risk.impact >= highRiskScore)
    .map((risk) =>
      readinessFinding('high-risk', READINESS_MESSAGES.highRisk(risk.title, risk.likelihood, risk.impact), {
        qualityStatementId: risk.qualityStatementIds.length === 1 ? risk.qualityStatementIds[0] : undefined,
        recordId: risk.id,
      })
    );
}
