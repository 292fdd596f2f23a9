import { z } from 'zod';
import {
  EVIDENCE_CATEGORY_IDS,
  QUALITY_STATEMENT_IDS,
  SCORES,
  type EvidenceCategoryId,
  type QualityStatementId,
  type Score,
} from '../ids.js';
import type { InputProblem } from '../errors.js';
import { SCORING_MESSAGES } from './messages.js';

/** One score for each quality statement of a framework version, keyed by quality statement id. */
export type QualityStatementScores<Id extends string = QualityStatementId> = Readonly<Record<Id, Score>>;

/** A score for each evidence category that was scored; categories not scored are left out. */
export type EvidenceCategoryScores = Readonly<Partial<Record<EvidenceCategoryId, Score>>>;

function scoreSchemaFor(id: string) {
  return z.literal(SCORES, {
    error: (issue) =>
      issue.input === undefined ? SCORING_MESSAGES.qualityStatementMissing(id) : SCORING_MESSAGES.scoreNotAllowed(issue.input, id),
  });
}

type ScoreSchema = ReturnType<typeof scoreSchemaFor>;

/**
 * Builds the zod schema of a full set of quality statement scores for a framework version: every
 * statement present, each 1, 2, 3 or 4, no other keys. Its messages name each problem in plain
 * English ("safeguarding is missing").
 *
 * @example
 * const schema = createQualityStatementScoresSchema(QUALITY_STATEMENT_IDS);
 * schema.parse({ 'assessing-needs': 3, ... });
 */
export function createQualityStatementScoresSchema<const Id extends string>(qualityStatementIds: readonly Id[]) {
  const shape = Object.fromEntries(qualityStatementIds.map((id) => [id, scoreSchemaFor(id)])) as Record<Id, ScoreSchema>;
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') return issue.keys.map(SCORING_MESSAGES.unknownQualityStatement).join('; ');
      if (issue.code === 'invalid_type') return SCORING_MESSAGES.scoresNotAnObject;
      return undefined;
    },
  });
}

/** The nine current quality statements' scores: every statement present, each 1 to 4, nothing else. */
export const qualityStatementScoresSchema = createQualityStatementScoresSchema(QUALITY_STATEMENT_IDS);

/** Scores for some or all of the six evidence categories: each 1 to 4, no other keys. */
export const evidenceCategoryScoresSchema = z.strictObject(
  Object.fromEntries(EVIDENCE_CATEGORY_IDS.map((id) => [id, scoreSchemaFor(id).optional()])) as Record<
    EvidenceCategoryId,
    z.ZodOptional<ScoreSchema>
  >,
  {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') return issue.keys.map(SCORING_MESSAGES.unknownEvidenceCategory).join('; ');
      if (issue.code === 'invalid_type') return SCORING_MESSAGES.evidenceCategoryScoresNotAnObject;
      return undefined;
    },
  }
);

/**
 * Turns a failed parse of a score map into one {@link InputProblem} per issue: one per unknown key
 * (zod reports them together), a missing statement, a score that is not allowed.
 */
export function problemsFromScoresError(
  error: z.ZodError,
  value: unknown,
  unknownKeyMessage: (key: string) => string,
  unknownKeyCode: string
): InputProblem[] {
  return error.issues.flatMap((issue): InputProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ code: unknownKeyCode, path: [key], message: unknownKeyMessage(key) }));
    }
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    const key = path[0];
    if (key === undefined) return [{ code: 'scores-not-an-object', path, message: issue.message }];
    const missing = typeof value === 'object' && value !== null && (value as Record<string, unknown>)[key] === undefined;
    return [{ code: missing ? 'quality-statement-missing' : 'score-not-allowed', path, message: issue.message }];
  });
}
