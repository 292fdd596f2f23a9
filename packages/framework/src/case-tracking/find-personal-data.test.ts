import { describe, expect, it } from 'vitest';
import { findPersonalData } from './find-personal-data.js';
import type { PersonalDataKind } from './personal-data-kinds.js';

function kindsIn(text: string, columnName?: string): PersonalDataKind[] {
  return findPersonalData(text, columnName === undefined ? {} : { columnName }).map((match) => match.kind);
}

function found(text: string): string[] {
  return findPersonalData(text).map((match) => text.slice(match.start, match.end));
}

describe('finding NHS numbers', () => {
  it('a valid NHS number is found and shown masked', () => {
    const [match] = findPersonalData('NHS no 943 476 5919.');
    expect(match).toMatchObject({ kind: 'nhs-number', start: 7, end: 19, value: '943 *** ****' });
    expect(match?.message).toContain('NHS number');
  });

  it('an NHS number is found without spaces or with dashes', () => {
    expect(kindsIn('ref 9434765919')).toEqual(['nhs-number']);
    expect(kindsIn('ref 943-476-5919')).toEqual(['nhs-number']);
  });

  it('ten digits with the wrong check digit are not an NHS number', () => {
    expect(kindsIn('ref 943 476 5918')).toEqual([]);
  });
});

describe('finding National Insurance numbers', () => {
  it('AB123456C is found, with or without spaces', () => {
    expect(kindsIn('NI AB123456C')).toEqual(['national-insurance-number']);
    expect(kindsIn('NI AB 12 34 56 C')).toEqual(['national-insurance-number']);
    expect(findPersonalData('NI AB123456C')[0]?.value).toBe('AB*******');
  });

  it('prefixes HMRC never allocates and barred letters are not National Insurance numbers', () => {
    for (const text of ['GB123456A', 'BG123456A', 'NK123456A', 'DA123456A', 'FA123456A', 'IA123456A', 'QA123456A', 'UA123456A', 'VA123456A']) {
      expect(kindsIn(text)).toEqual([]);
    }
  });
});

describe('finding postcodes', () => {
  it.each(['SW1A 1AA', 'M1 1AE', 'B33 8TH', 'GIR 0AA'])('the postcode %s is found and its inward code masked', (postcode) => {
    const [match] = findPersonalData(`lives at ${postcode} now`);
    expect(match?.kind).toBe('postcode');
    expect(match?.value).toBe(`${postcode.split(' ')[0]} ***`);
  });

  it('an outward code alone is not reported', () => {
    expect(kindsIn('lives in the SW1A area')).toEqual([]);
  });
});

describe('finding dates of birth', () => {
  it.each(['DOB 12/03/1956', 'D.O.B: 12-03-1956', 'born 12 March 1956', 'date of birth 1956-03-12', 'aged 68, (12th March 1956)'])(
    '"%s" holds a date of birth',
    (text) => {
      expect(kindsIn(text)).toEqual(['date-of-birth']);
    },
  );

  it('a date with no birth word near it is not a date of birth', () => {
    expect(kindsIn('Assessed on 12/03/2024 at home.')).toEqual([]);
  });

  it('a birth word belongs to its own date, not to the next one', () => {
    expect(found('Born 12 March 1956. Assessed 12/03/2024.')).toEqual(['12 March 1956']);
  });

  it('any full date in a column named like a date of birth is a date of birth', () => {
    expect(kindsIn('12/03/1956', 'Date of birth')).toEqual(['date-of-birth']);
    expect(kindsIn('1956-03-12', 'dob')).toEqual(['date-of-birth']);
    expect(kindsIn('1956-03-12', 'assessmentDate')).toEqual([]);
  });

  it('an impossible date is not a date', () => {
    expect(kindsIn('DOB 31/02/1956')).toEqual([]);
  });
});

describe('finding phone numbers', () => {
  it.each(['020 7946 0000', '0161 496 0000', '07700 900123', '07700 900 123', '+44 7700 900123', '+44 (0)20 7946 0000', '(01632) 960000', '01632960000'])(
    '%s is a phone number',
    (phone) => {
      expect(found(`call ${phone} today`)).toEqual([phone]);
    },
  );

  it('a year after a phone number is not swallowed by it', () => {
    expect(found('call 0161 496 0000 2023')).toEqual(['0161 496 0000']);
  });

  it('a phone number is masked after its first four digits', () => {
    expect(findPersonalData('call 0161 496 0000')[0]?.value).toBe('0161 *** ****');
  });
});

describe('finding email addresses', () => {
  it('an email address is found and masked', () => {
    const [match] = findPersonalData('email jane.doe@example.org please');
    expect(match).toMatchObject({ kind: 'email-address', value: 'j***@example.org' });
  });
});

describe('finding personal names', () => {
  it('"Mrs Patel" is a name (a title and a capitalised word)', () => {
    expect(findPersonalData('Visited Mrs Patel at home.')).toMatchObject([{ kind: 'personal-name', value: 'Mrs P****' }]);
  });

  it('"John Smith" is a name (a common forename and surname)', () => {
    expect(found('John Smith attended the review.')).toEqual(['John Smith']);
  });

  it('a common forename with an unlisted surname is a name', () => {
    expect(found('Spoke to Mohammed Okonkwo.')).toEqual(['Mohammed Okonkwo']);
  });

  it('a middle name and capitals are part of the name', () => {
    expect(found('Mary Jane Smith and JOHN SMITH')).toEqual(['Mary Jane Smith', 'JOHN SMITH']);
  });

  it('an initial and a known surname is a name', () => {
    expect(found('Seen by J. Smith and K Patel.')).toEqual(['J. Smith', 'K Patel']);
  });

  it('"Safeguarding Adults Board" is not a name', () => {
    expect(kindsIn('Referred to the Safeguarding Adults Board.')).toEqual([]);
  });

  it('forenames that are everyday words are not names at the start of a sentence', () => {
    expect(kindsIn('Will Social Services call? May Contact be made? Grace Period applies.')).toEqual([]);
  });

  it('a forename that is an everyday word is a name next to a known surname', () => {
    expect(found('Will Smith called.')).toEqual(['Will Smith']);
  });

  it('places and services named like people are not names ("Grace Court", "Florence Ward")', () => {
    expect(kindsIn('Moved to Grace Court, then Florence Ward, then Albert Road.')).toEqual([]);
  });

  it('"MS" (multiple sclerosis) is not taken for a title', () => {
    expect(kindsIn('Has MS Society support.')).toEqual([]);
  });
});

describe('finding personal data in a text', () => {
  it('finds every kind in one text, in order, without overlaps', () => {
    const text = 'Mrs Patel (DOB 12/03/1956), NHS 943 476 5919, NI AB123456C, SW1A 1AA, 07700 900123, p@example.org';
    expect(kindsIn(text)).toEqual([
      'personal-name',
      'date-of-birth',
      'nhs-number',
      'national-insurance-number',
      'postcode',
      'phone-number',
      'email-address',
    ]);
  });

  it('a text with no personal data gives nothing', () => {
    expect(findPersonalData('Needs help with meals; home care twice a day; referred to falls service.')).toEqual([]);
    expect(findPersonalData('')).toEqual([]);
  });

  it('a pseudonymised id is not mistaken for an NHS number', () => {
    expect(kindsIn('P-AB9434765919CD')).toEqual([]);
  });
});
