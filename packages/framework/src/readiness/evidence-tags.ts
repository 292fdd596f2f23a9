import { z } from 'zod';

/**
 * Stable tags a council puts on evidence to show the themes CQC looks for across every quality
 * statement. Equality, unpaid carers and seldom-heard groups are the gaps CQC found most often.
 */
export const EVIDENCE_TAGS = [
  'equality',
  'unpaid-carers',
  'seldom-heard',
  'co-production',
  'waiting-lists',
  'transitions',
  'workforce',
  'safeguarding',
  'prevention',
  'direct-payments',
] as const;

/** One of {@link EVIDENCE_TAGS}. */
export type EvidenceTag = (typeof EVIDENCE_TAGS)[number];

/** Checks an evidence tag id. */
export const evidenceTagSchema = z.enum(EVIDENCE_TAGS);

/** Display labels of the evidence tags. Ids are stored; labels are shown. */
export const EVIDENCE_TAG_LABELS = {
  equality: 'Equality and anti-discriminatory practice',
  'unpaid-carers': 'Unpaid carers',
  'seldom-heard': 'Seldom-heard groups',
  'co-production': 'Co-production',
  'waiting-lists': 'Waiting lists',
  transitions: 'Transitions',
  workforce: 'Workforce',
  safeguarding: 'Safeguarding',
  prevention: 'Prevention',
  'direct-payments': 'Direct payments',
} as const satisfies Record<EvidenceTag, string>;
