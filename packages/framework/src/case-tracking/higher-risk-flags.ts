import { z } from 'zod';

/**
 * Reasons a person may be at higher risk of poor care outcomes or a less good experience. CQC
 * asks that the case-tracking list spans such people. Labels finish the sentence "higher risk: ...".
 */
export const HIGHER_RISK_FLAG_IDS = [
  'safeguarding-enquiry',
  'waiting-for-service',
  'hospital-discharge',
  'lives-alone',
  'carer-breakdown-risk',
  'recent-transition',
  'self-neglect',
  'domestic-abuse',
  'homeless-or-insecure-housing',
  'communication-support-needed',
  'deprivation-of-liberty',
  'no-recourse-to-public-funds',
  'out-of-area-placement',
  'complaint-or-concern-raised',
  'seldom-heard-community',
] as const;
/** A higher-risk flag id. */
export type HigherRiskFlagId = (typeof HIGHER_RISK_FLAG_IDS)[number];
/** Validates a {@link HigherRiskFlagId}. */
export const higherRiskFlagIdSchema = z.enum(HIGHER_RISK_FLAG_IDS);

/** Display labels of higher-risk flags. */
export const HIGHER_RISK_FLAG_LABELS = {
  'safeguarding-enquiry': 'safeguarding enquiry',
  'waiting-for-service': 'waiting for a service to start',
  'hospital-discharge': 'recent hospital discharge',
  'lives-alone': 'lives alone',
  'carer-breakdown-risk': 'risk of carer breakdown',
  'recent-transition': 'recent transition to adult services',
  'self-neglect': 'self-neglect',
  'domestic-abuse': 'domestic abuse',
  'homeless-or-insecure-housing': 'homeless or insecurely housed',
  'communication-support-needed': 'needs an interpreter or communication support',
  'deprivation-of-liberty': 'deprivation of liberty safeguards in place',
  'no-recourse-to-public-funds': 'no recourse to public funds',
  'out-of-area-placement': 'placed out of area',
  'complaint-or-concern-raised': 'complaint or concern raised about their care',
  'seldom-heard-community': 'from a seldom-heard community',
} as const satisfies Readonly<Record<HigherRiskFlagId, string>>;
