import { z } from 'zod';
import { evidenceCategoryIdSchema, isoDateSchema, qualityStatementIdSchema } from '../ids.js';
import { evidenceTagSchema } from './evidence-tags.js';
import { distinctIds, hasNoDuplicates, readinessRecordIdSchema, requiredText } from './record-id.js';

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

function isUsableLocation(value: string): boolean {
  if (/\p{Cc}/u.test(value)) return false;
  if (!SCHEME.test(value)) return true;
  if (!URL.canParse(value)) return false;
  const protocol = new URL(value).protocol;
  return protocol === 'https:' || protocol === 'http:';
}

/**
 * Where an evidence document lives: a web address (`https://...`) or a path on a shared drive
 * or document system (`\\council\ASC\CQC\Carers strategy.pdf`, `Evidence/QS1/jsna-2024.pdf`).
 */
export const evidenceLocationSchema = z
  .string()
  .trim()
  .min(1, 'the location cannot be empty')
  .max(2048, 'the location can be at most 2048 characters')
  .refine(isUsableLocation, 'the location must be an http(s) web address or a file path, with no control characters');

/**
 * One item in a council's evidence bank: a document, data set or piece of feedback, mapped to the
 * quality statements and evidence categories it shows, with an owner and the dates that decide
 * whether it is current.
 *
 * @example
 * evidenceItemSchema.parse({
 *   id: 'EV-0042', title: "Carers' Strategy 2024-2027", owner: "Carers' Lead",
 *   qualityStatementIds: ['assessing-needs', 'supporting-healthier-lives'],
 *   evidenceCategoryIds: ['processes'], effectiveFrom: '2024-04-01', reviewBy: '2025-04-01',
 *   tags: ['unpaid-carers'],
 * });
 */
export const evidenceItemSchema = z
  .strictObject({
    id: readinessRecordIdSchema,
    title: requiredText('the title'),
    description: z.string().trim().optional(),
    qualityStatementIds: z
      .array(qualityStatementIdSchema)
      .min(1, 'map the item to at least one quality statement')
      .refine(hasNoDuplicates, 'a quality statement is listed twice'),
    evidenceCategoryIds: z
      .array(evidenceCategoryIdSchema)
      .min(1, 'give the item at least one evidence category')
      .refine(hasNoDuplicates, 'an evidence category is listed twice'),
    owner: requiredText('the owner'),
    source: z.string().trim().min(1, 'the source cannot be empty').optional(),
    location: evidenceLocationSchema.optional(),
    effectiveFrom: isoDateSchema,
    effectiveTo: isoDateSchema.optional(),
    reviewBy: isoDateSchema.optional(),
    tags: z.array(evidenceTagSchema).refine(hasNoDuplicates, 'a tag is listed twice').default([]),
  })
  .refine((item) => item.effectiveTo === undefined || item.effectiveTo >= item.effectiveFrom, {
    path: ['effectiveTo'],
    message: 'the item cannot stop being effective before it starts',
  });

/** An evidence item as stored (see {@link evidenceItemSchema}). */
export type EvidenceItem = z.output<typeof evidenceItemSchema>;

/** An evidence item as given, before defaults (an item without `tags` has none). */
export type EvidenceItemInput = z.input<typeof evidenceItemSchema>;

/** A whole evidence bank: items with distinct ids. */
export const evidenceBankSchema = z.array(evidenceItemSchema).superRefine(distinctIds('evidence item'));
