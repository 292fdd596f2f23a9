import { COMMON_UK_FORENAMES, COMMON_UK_SURNAMES, FORENAMES_THAT_ARE_COMMON_WORDS } from './common-names.js';

const AMBIGUOUS = new Set(FORENAMES_THAT_ARE_COMMON_WORDS.map((name) => name.toLowerCase()));
const FORENAMES = new Set(COMMON_UK_FORENAMES.map((name) => name.toLowerCase()).filter((name) => !AMBIGUOUS.has(name)));
const SURNAMES = new Set(COMMON_UK_SURNAMES.map((name) => name.toLowerCase().replace(/['’]/g, '')));

/**
 * Whether an email address looks like a named person's mailbox (`jane.smith@`, `j.smith@`,
 * `jsmith@`, `mohammed.k@`) rather than a role or team mailbox (`asc-north-team@`). CQC asks for
 * the lead professional's contact details; a team mailbox keeps working when staff move on and
 * keeps staff names off the list. Like every name check it is a safety net: it knows only the
 * common names in `common-names.ts`.
 *
 * @example
 * looksLikePersonalMailbox('jane.smith@council.gov.uk'); // true
 * looksLikePersonalMailbox('adult-social-care-north@council.gov.uk'); // false
 */
export function looksLikePersonalMailbox(address: string): boolean {
  const at = address.lastIndexOf('@');
  const localPart = (at === -1 ? address : address.slice(0, at)).toLowerCase().replace(/['’]/g, '');
  const words = localPart.split(/[^a-z]+/).filter((word) => word.length > 0);
  if (words.some((word) => FORENAMES.has(word))) return true;
  const hasInitial = words.some((word) => word.length === 1);
  if (hasInitial && words.some((word) => SURNAMES.has(word))) return true;
  const [onlyWord] = words;
  return words.length === 1 && onlyWord !== undefined && onlyWord.length > 3 && SURNAMES.has(onlyWord.slice(1));
}
