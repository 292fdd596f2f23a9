import { z } from 'zod';
import { evidenceCategoryIdSchema, type EvidenceCategoryId } from '../ids.js';
import { displayTextSchema } from './catalogue-fields.js';
import { deepFreeze } from './deep-freeze.js';
import { EVIDENCE_CATEGORY_LABELS } from './labels.js';

/** One of the six evidence categories of CQC's single assessment framework. */
export interface EvidenceCategory {
  readonly id: EvidenceCategoryId;
  /** Display name: "People's experience". */
  readonly title: string;
  /** What evidence in the category is, in plain English. */
  readonly description: string;
}

/** Validates one evidence category of a framework version. */
export const evidenceCategorySchema = z.object({
  id: evidenceCategoryIdSchema,
  title: displayTextSchema,
  description: displayTextSchema,
});

/**
 * The six evidence categories, in CQC's order. Which of them apply to a quality statement is
 * configuration held by each framework version (`applicableEvidenceCategories`), not a property
 * of the category.
 */
export const EVIDENCE_CATEGORIES = deepFreeze([
  {
    id: 'peoples-experience',
    title: EVIDENCE_CATEGORY_LABELS['peoples-experience'],
    description:
      'Feedback from people who draw on care and support and unpaid carers, those close to them and their advocates: existing sources such as CQC Give feedback on care, and sources gathered for the assessment such as focus groups.',
  },
  {
    id: 'feedback-from-staff-and-leaders',
    title: EVIDENCE_CATEGORY_LABELS['feedback-from-staff-and-leaders'],
    description:
      'What practitioners, managers, senior leaders and elected members say about how the local authority works: interviews, focus groups, staff surveys and the self-assessment.',
  },
  {
    id: 'feedback-from-partners',
    title: EVIDENCE_CATEGORY_LABELS['feedback-from-partners'],
    description:
      'What partner organisations say about working with the local authority: the NHS, care providers, the voluntary and community sector, Healthwatch, the Safeguarding Adults Board and other public services.',
  },
  {
    id: 'observation',
    title: EVIDENCE_CATEGORY_LABELS.observation,
    description:
      'What assessors see for themselves on site. CQC does not use this category when it assesses local authorities.',
  },
  {
    id: 'processes',
    title: EVIDENCE_CATEGORY_LABELS.processes,
    description:
      "The local authority's strategies, policies, plans, procedures, audits and records, and how they are used in practice.",
  },
  {
    id: 'outcomes',
    title: EVIDENCE_CATEGORY_LABELS.outcomes,
    description:
      'Data on results for people, such as Adult Social Care Outcomes Framework measures, survey results and waiting times. CQC did not use this category in its initial local authority assessments.',
  },
] as const satisfies readonly EvidenceCategory[]);

/**
 * The evidence categories that apply to every quality statement unless a framework version says
 * otherwise: CQC does not use observation for local authorities and did not use outcomes in the
 * initial formal assessments.
 */
export const DEFAULT_APPLICABLE_EVIDENCE_CATEGORY_IDS = deepFreeze([
  'peoples-experience',
  'feedback-from-staff-and-leaders',
  'feedback-from-partners',
  'processes',
] as const satisfies readonly EvidenceCategoryId[]);
