/**
 * The six stages of a CQC local authority assessment and the machine states that live in them.
 * Stage numbers and ids are CQC's published process (domain page, section 3); state ids are
 * stable kebab-case ids stored by every engine: never rename one.
 */

/** One of CQC's six stages. */
export interface AssessmentStage {
  readonly stage: AssessmentStageNumber;
  readonly id: string;
  /** Title for a heading: "Case tracking". */
  readonly label: string;
  /** The same, for the middle of a sentence: "the assessment is at stage 4 (case tracking)". */
  readonly inSentence: string;
}

/** A stage number, 1 (notice) to 6 (draft report and factual accuracy). */
export type AssessmentStageNumber = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * The six stages. Stage 2 (CQC's data review) has no machine state of its own: it runs
 * alongside stages 3 and 4, so the machine records the council's "data and story match" check
 * as a checklist item rather than a gate.
 */
export const ASSESSMENT_STAGES = [
  { stage: 1, id: 'notice', label: 'Notice of assessment', inSentence: 'notice of assessment' },
  { stage: 2, id: 'data-review', label: 'Data review', inSentence: 'data review' },
  { stage: 3, id: 'information-return', label: 'Information Return', inSentence: 'Information Return' },
  { stage: 4, id: 'case-tracking', label: 'Case tracking', inSentence: 'case tracking' },
  { stage: 5, id: 'onsite', label: 'Onsite visit', inSentence: 'onsite visit' },
  { stage: 6, id: 'report', label: 'Draft report and factual accuracy', inSentence: 'draft report and factual accuracy' },
] as const satisfies readonly AssessmentStage[];

/** Stable ids of the lifecycle machine's states. */
export const ASSESSMENT_STATE_IDS = [
  'awaiting-notice',
  'information-return',
  'case-tracking',
  'onsite',
  'awaiting-draft-report',
  'factual-accuracy',
  'published',
  'withdrawn',
] as const;

/** A lifecycle state id, e.g. `case-tracking`. */
export type AssessmentStateId = (typeof ASSESSMENT_STATE_IDS)[number];

/** What the catalogue says about one machine state. */
export interface AssessmentStateInfo {
  /** The stage this state belongs to; a withdrawn assessment keeps the stage it stopped at. */
  readonly stage: AssessmentStageNumber | 'stage-withdrawn-from';
  /** Plain English for a dashboard: "Preparing for the onsite visit". */
  readonly label: string;
  /** The same, for the middle of a sentence: "preparing for the onsite visit". */
  readonly inSentence: string;
  /** True for states no event leaves. */
  readonly final: boolean;
}

/** The catalogue of machine states, in lifecycle order. */
export const ASSESSMENT_STATES = {
  'awaiting-notice': { stage: 1, label: 'Waiting for the notice of assessment', inSentence: 'waiting for the notice of assessment', final: false },
  'information-return': { stage: 3, label: 'Information Return requested', inSentence: 'waiting for the Information Return', final: false },
  'case-tracking': { stage: 4, label: 'Preparing for the onsite visit', inSentence: 'preparing for the onsite visit', final: false },
  onsite: { stage: 5, label: 'CQC on site', inSentence: 'with CQC on site', final: false },
  'awaiting-draft-report': { stage: 6, label: 'Waiting for the draft report', inSentence: 'waiting for the draft report', final: false },
  'factual-accuracy': { stage: 6, label: 'Checking the draft report for factual accuracy', inSentence: 'checking the draft report for factual accuracy', final: false },
  published: { stage: 6, label: 'Report published', inSentence: 'report published', final: true },
  withdrawn: { stage: 'stage-withdrawn-from', label: 'Assessment withdrawn', inSentence: 'withdrawn', final: true },
} as const satisfies Record<AssessmentStateId, AssessmentStateInfo>;

/**
 * The stage an assessment in `stateId` is at. A withdrawn assessment reports the stage of the
 * state it was withdrawn from, so lists can still say where it stopped.
 *
 * @example stageOfState('case-tracking') // 4
 */
export function stageOfState(stateId: AssessmentStateId, withdrawnFrom?: AssessmentStateId | null): AssessmentStageNumber {
  const stage = ASSESSMENT_STATES[stateId].stage;
  if (stage !== 'stage-withdrawn-from') return stage;
  if (withdrawnFrom === undefined || withdrawnFrom === null || withdrawnFrom === 'withdrawn') return 1;
  return stageOfState(withdrawnFrom);
}

/** The stage record for a stage number. */
export function assessmentStage(stage: AssessmentStageNumber): AssessmentStage {
  const found = ASSESSMENT_STAGES.find((entry) => entry.stage === stage);
  if (found === undefined) throw new RangeError(`No stage ${String(stage)}`);
  return found;
}

/** Whether `value` is a known state id (for persisted snapshots read back from a store). */
export function isAssessmentStateId(value: unknown): value is AssessmentStateId {
  return typeof value === 'string' && (ASSESSMENT_STATE_IDS as readonly string[]).includes(value);
}
