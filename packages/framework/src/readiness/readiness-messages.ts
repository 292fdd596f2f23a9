/**
 * The plain-English wording of readiness findings and errors, in one place so it is reviewed
 * together. Statement and category names are passed in as display labels.
 */
function items(count: number): string {
  return count === 1 ? '1 evidence item' : `${count} evidence items`;
}

function quoted(text: string): string {
  return `"${text}"`;
}

/** Every sentence readiness analysis shows a council officer, keyed by what it says. */
export const READINESS_MESSAGES = {
  inputSummary: 'The readiness records cannot be analysed',
  optionsSummary: 'The readiness options cannot be used',
  syntheticSummary: 'The synthetic council cannot be generated',
  tooManyProblems: (count: number): string => `and ${count} more problems in the evidence bank`,
  evidenceNotARecord: 'each evidence item must be a record with an id, title, quality statements, categories and dates',
  evidenceIdMissing: 'the evidence item has no id',
  evidenceIdRepeated: (id: string): string => `the id ${id} is used by more than one evidence item`,
  evidenceTitleMissing: (id: string): string => `evidence item ${id} has no title`,
  evidenceNeedsStatement: (id: string): string => `evidence item ${id} is not mapped to any quality statement`,
  evidenceNeedsCategory: (id: string): string => `evidence item ${id} has no evidence category`,
  evidenceUnknownStatement: (id: string, value: unknown): string =>
    `evidence item ${id} names ${JSON.stringify(value)}, which is not a quality statement`,
  evidenceUnknownCategory: (id: string, value: unknown): string =>
    `evidence item ${id} names ${JSON.stringify(value)}, which is not an evidence category`,
  evidenceUnknownTag: (id: string, value: unknown): string =>
    `evidence item ${id} has the tag ${JSON.stringify(value)}, which is not an evidence tag`,
  evidenceRepeatedStatement: (id: string, value: string): string => `evidence item ${id} lists ${value} twice`,
  evidenceBadDate: (id: string, field: string): string => `evidence item ${id} has ${field} that is not a date written YYYY-MM-DD`,
  evidenceEndsBeforeStart: (id: string): string => `evidence item ${id} stops being effective before it starts`,

  selfAssessmentMissing: (statement: string): string =>
    `${statement} has no self-assessment entry, so no rating can be predicted: write its narrative and self-score`,
  statementWithoutCurrentEvidence: (statement: string): string =>
    `${statement} has no current evidence in any applicable category: add people's experience, feedback and process evidence`,
  evidenceCategoryMissing: (statement: string, category: string): string => `${statement} has no current evidence of ${category}`,
  noEqualityEvidence: (statement: string): string =>
    `${statement} has no current evidence tagged equality: evidence of equality and anti-discriminatory practice was the most common gap CQC found`,
  noUnpaidCarersEvidence: (statement: string): string =>
    `${statement} has no current evidence tagged unpaid carers: CQC looks for support to unpaid carers across the framework`,
  areaWithoutAction: (statement: string, description: string, unknownActionIds: readonly string[]): string =>
    `The area for improvement ${quoted(description)} (${statement}) has no action in the improvement plan` +
    (unknownActionIds.length > 0 ? `: the actions it names (${unknownActionIds.join(', ')}) are not in the action list` : ''),
  actionOverdue: (title: string, owner: string, dueDate: string, daysOverdue: number): string =>
    `The action ${quoted(title)} (owner: ${owner}) was due on ${dueDate} and is ${daysOverdue} ${
      daysOverdue === 1 ? 'day' : 'days'
    } overdue`,
  selfScoreNotEvidenced: (statement: string, selfScore: number, coverage: number): string =>
    `${statement} is self-scored ${selfScore} but its evidence coverage is only ${coverage}%: the self-assessment and the evidence must tell the same story`,
  noAreasForImprovement: (statement: string, selfScore: number): string =>
    `${statement} is self-scored ${selfScore} but lists no area for improvement: tell CQC what you are improving and how`,
  evidenceStale: (statement: string, count: number, staleAfterMonths: number): string =>
    `${items(count)} for ${statement} ${
      count === 1 ? 'is' : 'are'
    } out of date (review date passed, or in effect for over ${staleAfterMonths} months with no review date) and not counted as current`,
  selfAssessmentNotRefreshed: (statement: string, updatedOn: string, months: number): string =>
    `The self-assessment for ${statement} was last updated on ${updatedOn}, more than ${months} ${months === 1 ? 'month' : 'months'} ago`,
  unknownActionReference: (statement: string, description: string, actionId: string): string =>
    `The area for improvement ${quoted(description)} (${statement}) names action ${actionId}, which is not in the action list`,
  highRisk: (title: string, likelihood: number, impact: number): string =>
    `The risk ${quoted(title)} scores ${
      likelihood * impact
    } (likelihood ${likelihood} x impact ${impact}): check its mitigation is working`,
  evidenceCategoryThin: (statement: string, category: string, count: number, strongAt: number): string =>
    `${statement} has only ${count} current ${count === 1 ? 'item' : 'items'} of ${category} evidence: ${strongAt} or more make it strong`,
  evidenceExpired: (statement: string, count: number): string =>
    `${items(count)} for ${statement} ${count === 1 ? 'has' : 'have'} expired (the effective-to date has passed): replace or retire ${
      count === 1 ? 'it' : 'them'
    }`,
  evidenceReviewDueSoon: (statement: string, count: number, days: number): string =>
    `${items(count)} for ${statement} ${count === 1 ? 'is' : 'are'} due for review within ${days} days`,
  noStrengthsRecorded: (statement: string): string =>
    `The self-assessment for ${statement} lists no strengths: be clear on what you do well, and evidence it`,
  actionForUnknownArea: (title: string, areaId: string): string =>
    `The action ${quoted(title)} names area for improvement ${areaId}, which is not in the self-assessment`,
  selfScoreAbovePublished: (statement: string, self: number, published: number): string =>
    `${statement} was self-scored ${self} but CQC published ${published}`,
  selfScoreBelowPublished: (statement: string, self: number, published: number): string =>
    `${statement} was self-scored ${self} and CQC published ${published}: the self-assessment undersold it`,
} as const;
