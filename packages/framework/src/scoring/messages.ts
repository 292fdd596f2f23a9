/**
 * The plain-English messages scoring and rating give a council officer. Kept together so the
 * wording is reviewed in one place and tests can assert on it.
 */
export const SCORING_MESSAGES = {
  scoresSummary: 'The quality statement scores cannot be rated',
  evidenceCategoryScoresSummary: 'The evidence category scores cannot be turned into a quality statement score',
  optionsSummary: 'The scoring options cannot be used',
  publishedResultSummary: 'The published result cannot be used',
  scoresNotAnObject: 'scores must be given as one score for each quality statement, keyed by its id',
  evidenceCategoryScoresNotAnObject: 'evidence category scores must be given as one score for each scored category, keyed by its id',
  noEvidenceCategoryScored: 'no evidence category has a score: score at least one applicable category',
  qualityStatementMissing: (qualityStatementId: string): string => `${qualityStatementId} is missing`,
  scoreNotAllowed: (value: unknown, id: string): string => `a score must be 1, 2, 3 or 4: got ${describeValue(value)} for ${id}`,
  unknownQualityStatement: (key: string): string => `'${key}' is not a quality statement`,
  unknownEvidenceCategory: (key: string): string => `'${key}' is not an evidence category`,
} as const;

function describeValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
