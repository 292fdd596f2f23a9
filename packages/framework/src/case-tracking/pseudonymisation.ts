import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { z } from 'zod';
import { AscAssureError, InvalidInputError, type InputProblem } from '../errors.js';
import { parseInput, problemsFromZodError } from '../validation.js';
import { asCanonicalPersonExtractRow } from './canonical-person-row.js';
import { CASE_TRACKING_ERROR_MESSAGES } from './messages.js';
import { personExtractRowSchema, type PersonExtractRow } from './person-extract-row.js';

/** The shortest key accepted: 128 bits, as NIST SP 800-107 asks of an HMAC key. */
export const PSEUDONYMISATION_KEY_MINIMUM_BYTES = 16;

/**
 * A council's secret pseudonymisation key. Opaque on purpose: it has no enumerable bytes, and
 * `JSON.stringify` or a log line shows `[pseudonymisation key]`, so it does not leave the council
 * by accident. Read it out only to store it, with {@link pseudonymisationKeyToHex}.
 */
export interface PseudonymisationKey {
  /** Length of the key in bytes. */
  readonly byteLength: number;
  toJSON(): string;
  toString(): string;
}

/**
 * What a pseudonymised id looks like: `P-` and 16 characters of Crockford base32 (digits and
 * capital letters without I, L, O and U, so an id read out over the phone is not misheard).
 */
export const PSEUDONYMISED_ID_PATTERN = /^P-[0-9A-HJKMNP-TV-Z]{16}$/;

const CROCKFORD_BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 16 base32 characters carry 80 bits of the HMAC. */
const PSEUDONYM_BITS = 80;
/** Separates this use of the key from any other use a council might make of it. */
const DOMAIN_SEPARATION_PREFIX = 'asc-assure:case-tracking:v1:';

const keyBytes = new WeakMap<PseudonymisationKey, Uint8Array>();
const keyedHashes = new WeakMap<PseudonymisationKey, ReturnType<typeof hmac.create>>();
const textEncoder = new TextEncoder();

/**
 * Makes a pseudonymisation key from random bytes the caller supplies (this package reads no
 * random source: in Node pass `crypto.randomBytes(32)`, in a browser
 * `crypto.getRandomValues(new Uint8Array(32))`). Refuses fewer than 16 bytes. The bytes are
 * copied, so the caller may wipe its buffer.
 *
 * @example
 * const key = createPseudonymisationKey(crypto.getRandomValues(new Uint8Array(32)));
 * pseudonymiseId('LAS-0042', key); // 'P-…' (16 characters), the same every time for this key
 */
export function createPseudonymisationKey(randomBytes: Uint8Array): PseudonymisationKey {
  if (!(randomBytes instanceof Uint8Array) || randomBytes.length < PSEUDONYMISATION_KEY_MINIMUM_BYTES) {
    const length = randomBytes instanceof Uint8Array ? randomBytes.length : 0;
    throw new AscAssureError(
      'pseudonymisation-key-too-short',
      CASE_TRACKING_ERROR_MESSAGES.keyTooShort(length, PSEUDONYMISATION_KEY_MINIMUM_BYTES),
    );
  }
  const bytes = Uint8Array.from(randomBytes);
  const key: PseudonymisationKey = Object.freeze({
    byteLength: bytes.length,
    toJSON: () => '[pseudonymisation key]',
    toString: () => '[pseudonymisation key]',
  });
  keyBytes.set(key, bytes);
  return key;
}

/** Reads a key stored as hexadecimal (as {@link pseudonymisationKeyToHex} writes it). */
export function pseudonymisationKeyFromHex(hex: string): PseudonymisationKey {
  const trimmed = hex.trim();
  if (trimmed.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(trimmed)) {
    throw new AscAssureError('pseudonymisation-key-not-hex', CASE_TRACKING_ERROR_MESSAGES.keyNotHex);
  }
  const bytes = new Uint8Array(trimmed.length / 2);
  for (let index = 0; index < bytes.length; index++) bytes[index] = parseInt(trimmed.slice(index * 2, index * 2 + 2), 16);
  return createPseudonymisationKey(bytes);
}

/** Writes a key as hexadecimal, to store it in the council's own secret store. */
export function pseudonymisationKeyToHex(key: PseudonymisationKey): string {
  return [...bytesOf(key)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function bytesOf(key: PseudonymisationKey): Uint8Array {
  const bytes = keyBytes.get(key);
  if (bytes === undefined) {
    throw new AscAssureError('pseudonymisation-key-too-short', CASE_TRACKING_ERROR_MESSAGES.keyTooShort(0, PSEUDONYMISATION_KEY_MINIMUM_BYTES));
  }
  return bytes;
}

function keyFrom(key: PseudonymisationKey | Uint8Array): PseudonymisationKey {
  return key instanceof Uint8Array ? createPseudonymisationKey(key) : key;
}

function encodeBase32(bytes: Uint8Array, bits: number): string {
  let output = '';
  let buffer = 0;
  let buffered = 0;
  let written = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    buffered += 8;
    while (buffered >= 5 && written < bits) {
      buffered -= 5;
      output += CROCKFORD_BASE32[(buffer >>> buffered) & 31];
      written += 5;
    }
    buffer &= (1 << buffered) - 1;
    if (written >= bits) break;
  }
  return output;
}

/**
 * The pseudonymised id of a person: `P-` and the first 80 bits of HMAC-SHA256(key, local id) in
 * Crockford base32. The same person and key always give the same id, so the council can find the
 * person again; without the key nobody can go back from the id to the person, or test a guess.
 * Leading and trailing spaces of the local id are ignored.
 *
 * Collisions: with 80 bits, two people of a council share an id with probability about
 * n² / 2^81: 4 in 10^15 for 100,000 people, 4 in 10^11 for 10 million. The list check still
 * reports any duplicate.
 *
 * @example
 * pseudonymiseId('LAS-0042', key); // e.g. 'P-7QK3M2XA9C0D4E8F'
 */
export function pseudonymiseId(localPersonId: string, key: PseudonymisationKey | Uint8Array): string {
  const resolved = keyFrom(key);
  let keyed = keyedHashes.get(resolved);
  if (keyed === undefined) {
    keyed = hmac.create(sha256, bytesOf(resolved));
    keyedHashes.set(resolved, keyed);
  }
  const mac = keyed.clone().update(textEncoder.encode(DOMAIN_SEPARATION_PREFIX + localPersonId.trim())).digest();
  return `P-${encodeBase32(mac, PSEUDONYM_BITS)}`;
}

/** A row of the extract with the local id replaced by the pseudonymised id. */
export type PseudonymisedPersonRow = Omit<PersonExtractRow, 'localPersonId'> & { readonly pseudonymisedId: string };

/**
 * Validates an extract and replaces every local person id by its pseudonymised id (the other
 * fields are ids and dates, kept as they are). Bad rows are refused all together, listing every
 * problem: nothing is half-pseudonymised.
 */
export function pseudonymiseExtract(
  rows: readonly unknown[],
  key: PseudonymisationKey | Uint8Array,
): PseudonymisedPersonRow[] {
  const resolved = keyFrom(key);
  const list = parseInput(z.array(z.unknown()), rows, CASE_TRACKING_ERROR_MESSAGES.invalidExtract);
  const problems: InputProblem[] = [];
  const parsed: PersonExtractRow[] = [];
  list.forEach((row, index) => {
    const canonical = asCanonicalPersonExtractRow(row);
    if (canonical !== undefined) {
      parsed.push(canonical);
      return;
    }
    const result = personExtractRowSchema.safeParse(row);
    if (result.success) parsed.push(result.data);
    else problems.push(...problemsFromZodError(result.error).map((problem) => ({ ...problem, path: [index, ...problem.path] })));
  });
  if (problems.length > 0) throw new InvalidInputError(CASE_TRACKING_ERROR_MESSAGES.invalidExtract, problems);
  return parsed.map(({ localPersonId, ...rest }) => ({ pseudonymisedId: pseudonymiseId(localPersonId, resolved), ...rest }));
}
