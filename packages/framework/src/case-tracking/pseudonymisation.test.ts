import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AscAssureError, InvalidInputError } from '../errors.js';
import {
  createPseudonymisationKey,
  PSEUDONYMISED_ID_PATTERN,
  pseudonymisationKeyFromHex,
  pseudonymisationKeyToHex,
  pseudonymiseExtract,
  pseudonymiseId,
} from './pseudonymisation.js';

const keyBytes = Uint8Array.from({ length: 32 }, (_, index) => index * 7 + 3);
const key = createPseudonymisationKey(keyBytes);

describe('pseudonymised ids', () => {
  it('look like P- and 16 Crockford base32 characters', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (localId) => {
        expect(pseudonymiseId(localId, key)).toMatch(PSEUDONYMISED_ID_PATTERN);
      }),
    );
  });

  it('are the same every time for the same person and key, and ignore surrounding spaces', () => {
    expect(pseudonymiseId('LAS-0042', key)).toBe(pseudonymiseId('LAS-0042', createPseudonymisationKey(keyBytes)));
    expect(pseudonymiseId(' LAS-0042 ', key)).toBe(pseudonymiseId('LAS-0042', key));
  });

  it('are the first 80 bits of HMAC-SHA256 over the domain-separated id, in Crockford base32', () => {
    const fixedKey = new Uint8Array(32).fill(0x0b);
    const mac = createHmac('sha256', fixedKey).update('asc-assure:case-tracking:v1:LAS-0042').digest();
    const bits = BigInt(`0x${mac.subarray(0, 10).toString('hex')}`);
    const expected = Array.from({ length: 16 }, (_, index) => '0123456789ABCDEFGHJKMNPQRSTVWXYZ'[Number((bits >> BigInt(75 - index * 5)) & 31n)]).join('');
    expect(pseudonymiseId('LAS-0042', createPseudonymisationKey(fixedKey))).toBe(`P-${expected}`);
  });

  it('differ between keys, so another council cannot match them', () => {
    const otherKey = createPseudonymisationKey(new Uint8Array(32).fill(9));
    expect(pseudonymiseId('LAS-0042', key)).not.toBe(pseudonymiseId('LAS-0042', otherKey));
  });

  it('do not collide across 20,000 people', () => {
    const ids = new Set(Array.from({ length: 20_000 }, (_, index) => pseudonymiseId(`LAS-${index}`, key)));
    expect(ids.size).toBe(20_000);
  });
});

describe('pseudonymisation keys', () => {
  it('a key shorter than 16 bytes is refused with a clear message', () => {
    expect(() => createPseudonymisationKey(new Uint8Array(15))).toThrow(/at least 16 bytes/);
    try {
      createPseudonymisationKey(new Uint8Array(8));
    } catch (error) {
      expect(AscAssureError.isInstance(error) && error.code).toBe('pseudonymisation-key-too-short');
    }
    expect(() => pseudonymiseId('LAS-1', new Uint8Array(4))).toThrow(/at least 16 bytes/);
  });

  it('does not show its bytes when logged or serialised', () => {
    expect(JSON.stringify({ key })).toBe('{"key":"[pseudonymisation key]"}');
    expect(String(key)).toBe('[pseudonymisation key]');
    expect(Object.keys(key)).not.toContain('bytes');
  });

  it('round-trips through hexadecimal for the council’s own secret store', () => {
    const hex = pseudonymisationKeyToHex(key);
    expect(hex).toHaveLength(64);
    expect(pseudonymiseId('LAS-7', pseudonymisationKeyFromHex(hex))).toBe(pseudonymiseId('LAS-7', key));
    expect(() => pseudonymisationKeyFromHex('not hex')).toThrow(/hexadecimal/);
  });

  it('copies the bytes, so wiping the caller’s buffer does not change the key', () => {
    const buffer = new Uint8Array(32).fill(5);
    const copied = createPseudonymisationKey(buffer);
    const before = pseudonymiseId('LAS-1', copied);
    buffer.fill(0);
    expect(pseudonymiseId('LAS-1', copied)).toBe(before);
  });
});

describe('pseudonymising an extract', () => {
  const row = { localPersonId: 'LAS-1', cohorts: ['CT01'], firstContactDate: '2024-01-02', assessmentDate: '2024-02-03' };

  it('replaces the local id with the pseudonymised id and keeps the rest', () => {
    const [result] = pseudonymiseExtract([row], key);
    expect(result).toEqual({
      pseudonymisedId: pseudonymiseId('LAS-1', key),
      cohorts: ['CT01'],
      firstContactDate: '2024-01-02',
      assessmentDate: '2024-02-03',
      higherRiskFlags: [],
    });
    expect(result).not.toHaveProperty('localPersonId');
  });

  it('refuses an extract with bad rows, listing every problem', () => {
    const attempt = (): unknown => pseudonymiseExtract([row, { ...row, cohorts: [] }, { ...row, assessmentDate: '2024-02-30' }], key);
    expect(attempt).toThrow(InvalidInputError);
    try {
      attempt();
    } catch (error) {
      expect(InvalidInputError.isInstance(error) && error.problems.map((problem) => problem.path.slice(0, 2))).toEqual([
        [1, 'cohorts'],
        [2, 'assessmentDate'],
      ]);
    }
  });
});
