import { z } from 'zod';
import { publishedResultSchema } from '../scoring/index.js';
import { actionListSchema } from './action.js';
import { evidenceBankSchema } from './evidence-item.js';
import { riskRegisterSchema } from './risk.js';
import { selfAssessmentSchema } from './self-assessment.js';

/**
 * A council's readiness records checked in full: every evidence item against
 * `evidenceItemSchema`, ids distinct. Use it where records come in (an import, an API request);
 * `analyseReadiness` itself re-checks the evidence bank only for what it relies on, to stay fast.
 */
export const readinessInputSchema = z.strictObject({
  evidence: evidenceBankSchema,
  selfAssessment: selfAssessmentSchema,
  actions: actionListSchema,
  risks: riskRegisterSchema.default([]),
  published: publishedResultSchema.optional(),
});
