import { describe, expect, it } from 'vitest';
import { looksLikePersonalMailbox } from './personal-mailbox.js';

describe('lead professional mailboxes', () => {
  it.each(['jane.smith@council.gov.uk', 'j.smith@council.gov.uk', 'jsmith@council.gov.uk', 'mohammed.k@council.gov.uk', 'Steve_Patel2@council.gov.uk'])(
    '%s is a named person’s mailbox',
    (address) => {
      expect(looksLikePersonalMailbox(address)).toBe(true);
    },
  );

  it.each(['asc-north-team@council.gov.uk', 'adultsocialcare@council.gov.uk', 'carers.hub@council.gov.uk', 'hope.centre@council.gov.uk'])(
    '%s is a role or team mailbox',
    (address) => {
      expect(looksLikePersonalMailbox(address)).toBe(false);
    },
  );
});
