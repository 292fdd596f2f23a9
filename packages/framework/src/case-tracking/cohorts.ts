import type { CohortId } from '../ids.js';

/**
 * What each case-tracking cohort covers, in the words CQC uses when it asks for the list, short
 * enough to sit in brackets after the id ("covers cohort CT02 (young people who transitioned to
 * adult services)").
 */
export const CASE_TRACKING_COHORT_DESCRIPTIONS = {
  CT01: 'older people',
  CT02: 'young people who transitioned to adult services',
  CT03: 'people recently out of hospital and receiving care',
  CT04: 'people with a learning disability and autistic people',
  CT05: 'people with mental health needs or substance misuse',
  CT06: 'people with physical disabilities or long-term conditions',
  CT07: 'unpaid carers',
} as const satisfies Readonly<Record<CohortId, string>>;
