import { z } from 'zod';
import { qualityStatementIdSchema } from '../ids.js';
import { distinctIds, hasNoDuplicates, readinessRecordIdSchema, requiredText } from './record-id.js';

const oneToFive = (what: string) =>
  z.int(`${what} must be a whole number from 1 to 5`).min(1, `${what} must be 1 to 5`).max(5, `${what} must be 1 to 5`);

/** A risk on the council's assessment-readiness risk register, scored on the usual 5 x 5 grid. */
export const riskSchema = z.strictObject({
  id: readinessRecordIdSchema,
  title: requiredText('the title'),
  owner: requiredText('the owner'),
  likelihood: oneToFive('likelihood'),
  impact: oneToFive('impact'),
  mitigation: requiredText('the mitigation'),
  qualityStatementIds: z.array(qualityStatementIdSchema).refine(hasNoDuplicates, 'a quality statement is listed twice').default([]),
});

/** A risk (see {@link riskSchema}). */
export type Risk = z.output<typeof riskSchema>;

/** A risk as given, before defaults. */
export type RiskInput = z.input<typeof riskSchema>;

/** A risk register with distinct ids. */
export const riskRegisterSchema = z.array(riskSchema).superRefine(distinctIds('risk'));
