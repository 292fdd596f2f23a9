import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidNationalInsuranceNumber, isValidNhsNumber, isValidUkPostcode } from './uk-identifiers.js';

function withCheckDigit(nineDigits: string): string | undefined {
  const sum = [...nineDigits].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return undefined;
  return `${nineDigits}${check === 11 ? 0 : check}`;
}

describe('NHS numbers', () => {
  it('943 476 5919 is a valid NHS number, written any usual way', () => {
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('943-476-5919')).toBe(true);
  });

  it('943 476 5918 is not: its check digit is wrong', () => {
    expect(isValidNhsNumber('943 476 5918')).toBe(false);
  });

  it('a number whose check digit would be 10 is never valid', () => {
    // 1,0,0,0,0,0,0,0,1 weighted 10..2 sums to 12; 12 mod 11 = 1; 11 - 1 = 10.
    for (let last = 0; last <= 9; last++) expect(isValidNhsNumber(`100000001${last}`)).toBe(false);
  });

  it('every nine digits with its modulus 11 check digit is valid, and any other last digit is not', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (nine) => {
        const number = withCheckDigit(nine);
        if (number === undefined) return;
        expect(isValidNhsNumber(number)).toBe(true);
        const wrong = `${nine}${(Number(number[9]) + 1) % 10}`;
        expect(isValidNhsNumber(wrong)).toBe(false);
      }),
    );
  });
});

describe('National Insurance numbers', () => {
  it('AB123456C is valid, with or without spaces', () => {
    expect(isValidNationalInsuranceNumber('AB123456C')).toBe(true);
    expect(isValidNationalInsuranceNumber('AB 12 34 56 C')).toBe(true);
  });

  it.each(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'])('the prefix %s is never allocated', (prefix) => {
    expect(isValidNationalInsuranceNumber(`${prefix}123456A`)).toBe(false);
  });

  it.each(['D', 'F', 'I', 'Q', 'U', 'V'])('%s is barred as either letter of the prefix', (letter) => {
    expect(isValidNationalInsuranceNumber(`${letter}A123456A`)).toBe(false);
    expect(isValidNationalInsuranceNumber(`A${letter}123456A`)).toBe(false);
  });

  it('O is barred as the second letter but allowed as the first', () => {
    expect(isValidNationalInsuranceNumber('AO123456A')).toBe(false);
    expect(isValidNationalInsuranceNumber('OA123456A')).toBe(true);
  });

  it('the suffix is A, B, C or D', () => {
    expect(isValidNationalInsuranceNumber('AB123456D')).toBe(true);
    expect(isValidNationalInsuranceNumber('AB123456E')).toBe(false);
  });
});

describe('UK postcodes', () => {
  it.each(['SW1A 1AA', 'M1 1AE', 'B33 8TH', 'GIR 0AA', 'CR2 6XH', 'DN55 1PT', 'W1A 0AX', 'EC1A 1BB', 'sw1a1aa'])(
    '%s is a postcode',
    (postcode) => {
      expect(isValidUkPostcode(postcode)).toBe(true);
    },
  );

  it.each(['SW1A', 'QA1 1AA', 'M1 1AC', 'AB12', '12345'])('%s is not a full postcode', (text) => {
    expect(isValidUkPostcode(text)).toBe(false);
  });
});
