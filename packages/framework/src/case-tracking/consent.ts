import { z } from 'zod';

/** Whether the person agreed to CQC contacting them for case tracking. */
export const CONSENT_TO_BE_CONTACTED_IDS = ['given', 'refused', 'not-yet-asked'] as const;
/** A consent answer. */
export type ConsentToBeContactedId = (typeof CONSENT_TO_BE_CONTACTED_IDS)[number];
/** Validates a {@link ConsentToBeContactedId}. */
export const consentToBeContactedSchema = z.enum(CONSENT_TO_BE_CONTACTED_IDS);
/** Display labels of consent answers. */
export const CONSENT_TO_BE_CONTACTED_LABELS = {
  given: 'Agreed to be contacted',
  refused: 'Refused to be contacted',
  'not-yet-asked': 'Not yet asked',
} as const satisfies Readonly<Record<ConsentToBeContactedId, string>>;
