import { compareIsoDates, type IsoDate } from '@asc-assure/framework';
import type { AssessmentView } from '@asc-assure/lifecycle';
import { defineSearchAttributeKey, SearchAttributeType, type SearchAttributePair } from '@temporalio/common';

/**
 * The search attributes a hub lists and filters its councils by. They must be registered on the
 * namespace before the first workflow starts (see the README: `temporal operator search-attribute
 * create`, or `--search-attribute` on the dev server).
 */
export const ASSESSMENT_SEARCH_ATTRIBUTES = {
  councilId: defineSearchAttributeKey('AscAssureCouncilId', SearchAttributeType.KEYWORD),
  stage: defineSearchAttributeKey('AscAssureStage', SearchAttributeType.INT),
  stateId: defineSearchAttributeKey('AscAssureStateId', SearchAttributeType.KEYWORD),
  nextDeadline: defineSearchAttributeKey('AscAssureNextDeadline', SearchAttributeType.DATETIME),
  overdue: defineSearchAttributeKey('AscAssureOverdue', SearchAttributeType.BOOL),
} as const;

/** The values of an assessment's search attributes, as plain data (comparable, loggable). */
export interface AssessmentSearchValues {
  readonly councilId: string;
  readonly stage: number;
  readonly stateId: string;
  /** The due date of the next open deadline, or null when none is open. */
  readonly nextDeadline: IsoDate | null;
  readonly overdue: boolean;
}

/**
 * Whether any open due deadline's date has passed: the same rule engine-local writes to the
 * store's `overdue` column.
 */
export function isAssessmentOverdue(view: AssessmentView, today: IsoDate): boolean {
  return view.deadlines.some((deadline) => deadline.kind === 'due' && deadline.status === 'open' && compareIsoDates(deadline.dueDate, today) < 0);
}

/** The search attribute values of an assessment on a given day. */
export function assessmentSearchValues(view: AssessmentView, today: IsoDate): AssessmentSearchValues {
  return {
    councilId: view.config.councilId,
    stage: view.state.stage,
    stateId: view.state.stateId,
    nextDeadline: view.nextDeadline?.dueDate ?? null,
    overdue: isAssessmentOverdue(view, today),
  };
}

/** Whether two sets of values are the same (so the workflow upserts only on a change). */
export function sameSearchValues(first: AssessmentSearchValues | undefined, second: AssessmentSearchValues): boolean {
  return (
    first !== undefined &&
    first.councilId === second.councilId &&
    first.stage === second.stage &&
    first.stateId === second.stateId &&
    first.nextDeadline === second.nextDeadline &&
    first.overdue === second.overdue
  );
}

/** A date as the Datetime search attribute holds it: midnight UTC at the start of that day. */
export function searchAttributeDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/**
 * The typed pairs to start a workflow with or to upsert. The next deadline is left unset when
 * there is none (an upsert passes `null` to remove it; see the workflow).
 */
export function assessmentSearchAttributePairs(values: AssessmentSearchValues): SearchAttributePair[] {
  const pairs: SearchAttributePair[] = [
    { key: ASSESSMENT_SEARCH_ATTRIBUTES.councilId, value: values.councilId },
    { key: ASSESSMENT_SEARCH_ATTRIBUTES.stage, value: values.stage },
    { key: ASSESSMENT_SEARCH_ATTRIBUTES.stateId, value: values.stateId },
    { key: ASSESSMENT_SEARCH_ATTRIBUTES.overdue, value: values.overdue },
  ];
  if (values.nextDeadline !== null) pairs.push({ key: ASSESSMENT_SEARCH_ATTRIBUTES.nextDeadline, value: searchAttributeDate(values.nextDeadline) });
  return pairs;
}

/**
 * A visibility query string literal: Temporal's list filter is SQL-like, so a quote inside a
 * value is escaped. Ids here are kebab-case, but a hub may pass anything.
 */
export function visibilityLiteral(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}
