import { z } from 'zod';
import { isoDateSchema, qualityStatementIdSchema, scoreSchema } from '../ids.js';
import { hasNoDuplicates, readinessRecordIdSchema, requiredText } from './record-id.js';

/** Something the council says it must improve, with the actions in its improvement plan. */
export const areaForImprovementSchema = z.strictObject({
  id: readinessRecordIdSchema,
  description: requiredText('the area for improvement'),
  actionIds: z.array(readinessRecordIdSchema).refine(hasNoDuplicates, 'an action is listed twice').default([]),
});

/** An area for improvement (see {@link areaForImprovementSchema}). */
export type AreaForImprovement = z.output<typeof areaForImprovementSchema>;

/**
 * The council's self-assessment of one quality statement: its narrative, strengths, areas for
 * improvement and its own predicted score. The self-score is a prediction, kept apart from any
 * score CQC publishes.
 */
export const selfAssessmentStatementSchema = z.strictObject({
  qualityStatementId: qualityStatementIdSchema,
  narrative: requiredText('the narrative'),
  strengths: z.array(requiredText('a strength')).default([]),
  areasForImprovement: z.array(areaForImprovementSchema).default([]),
  selfScore: scoreSchema,
  updatedOn: isoDateSchema,
});

/** One quality statement's self-assessment (see {@link selfAssessmentStatementSchema}). */
export type SelfAssessmentStatement = z.output<typeof selfAssessmentStatementSchema>;

/** A self-assessment statement as given, before defaults. */
export type SelfAssessmentStatementInput = z.input<typeof selfAssessmentStatementSchema>;

/** A whole self-assessment: at most one entry per quality statement, area ids distinct. */
export const selfAssessmentSchema = z.array(selfAssessmentStatementSchema).superRefine((statements, context) => {
  const statementsSeen = new Set<string>();
  const areasSeen = new Set<string>();
  statements.forEach((statement, index) => {
    if (statementsSeen.has(statement.qualityStatementId)) {
      context.addIssue({
        code: 'custom',
        path: [index, 'qualityStatementId'],
        message: `${statement.qualityStatementId} has more than one self-assessment entry`,
      });
    }
    statementsSeen.add(statement.qualityStatementId);
    statement.areasForImprovement.forEach((area, areaIndex) => {
      if (areasSeen.has(area.id)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'areasForImprovement', areaIndex, 'id'],
          message: `the id ${area.id} is used by more than one area for improvement`,
        });
      }
      areasSeen.add(area.id);
    });
  });
});
