import type { AssessmentEventType } from '@asc-assure/lifecycle';
import { CliError } from './cli-error.js';
import { isoDateFromCell } from './dates.js';
import { EXIT_CODES } from './exit-codes.js';
import { parseScoresArgument } from './scores-argument.js';

const INTEGER_FIELDS = new Set(['count', 'documentCount', 'commentCount']);
const BOOLEAN_FIELDS = new Set(['cqcConfirmed']);
const LIST_FIELDS = new Set(['trackedIds', 'reserveIds']);
const DATE_FIELDS = new Set(['date', 'irRequestedOn', 'onsiteStartsOn', 'onsiteEndsOn', 'to']);

/** What each event takes besides its date, as an example for messages and `status`. */
export const EVENT_FIELD_EXAMPLES = {
  'notice.received': '',
  'data-review.checked': '',
  'information-return.submitted': '--document-count 52',
  'site-visit.notified': '--onsite-starts-on YYYY-MM-DD --onsite-ends-on YYYY-MM-DD',
  'case-list.submitted': '--count 50',
  'cases.selected': '--tracked-ids P-...,P-... --reserve-ids P-...,P-...',
  'consent.recorded': '--pseudonymised-id P-... --consent given',
  'onsite.started': '',
  'onsite.finished': '',
  'draft-report.received': '',
  'factual-accuracy.returned': '--comment-count 14',
  'report.published': '--scores 3,3,2,3,3,2,3,3,3 --rating good',
  'date.moved': '--which case-list-due --to YYYY-MM-DD --reason "CQC agreed a later date"',
  'assessment.withdrawn': '--reason "..."',
} as const satisfies Record<AssessmentEventType, string>;

function camelCase(kebab: string): string {
  return kebab.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

function coerce(field: string, text: string | true): unknown {
  if (BOOLEAN_FIELDS.has(field)) return text === true || !['false', 'no', '0'].includes(text.toLowerCase());
  if (text === true) return true;
  if (INTEGER_FIELDS.has(field)) return /^\d+$/.test(text) ? Number(text) : text;
  if (LIST_FIELDS.has(field)) return text.split(/[,;\s]+/).filter((item) => item.length > 0);
  if (field === 'scores') return parseScoresArgument([text]);
  if (DATE_FIELDS.has(field)) return isoDateFromCell(text);
  return text;
}

/**
 * The fields of an event from the command line: `--onsite-starts-on 2026-04-20`,
 * `--onsite-starts-on=2026-04-20` and `--field onsiteStartsOn=2026-04-20` all give
 * `onsiteStartsOn: '2026-04-20'`. Numbers, flags, lists of ids and scores are turned into the
 * types the lifecycle's event schema expects; the schema then checks everything.
 */
export function eventFieldsFromArguments(extraArguments: readonly string[], fieldOptions: readonly string[]): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const set = (name: string, value: string | true): void => {
    const field = camelCase(name.replace(/^--/, ''));
    fields[field] = coerce(field, value);
  };
  for (let index = 0; index < extraArguments.length; index++) {
    const token = extraArguments[index] ?? '';
    if (!token.startsWith('--')) {
      throw new CliError(EXIT_CODES.badInput, `'${token}' is not an option: each field of an event is given as --name value.`, {
        hint: 'For example: asc-assure event site-visit.notified --date 2026-03-02 --onsite-starts-on 2026-04-20 --onsite-ends-on 2026-04-22',
      });
    }
    const equals = token.indexOf('=');
    if (equals > 0) {
      set(token.slice(0, equals), token.slice(equals + 1));
      continue;
    }
    const next = extraArguments[index + 1];
    if (next !== undefined && !next.startsWith('--')) {
      set(token, next);
      index++;
    } else {
      set(token, true);
    }
  }
  for (const pair of fieldOptions) {
    const equals = pair.indexOf('=');
    if (equals <= 0) {
      throw new CliError(EXIT_CODES.badInput, `--field ${pair} is not key=value.`, { hint: 'Write it as --field name=value, e.g. --field documentCount=52.' });
    }
    set(pair.slice(0, equals), pair.slice(equals + 1));
  }
  return fields;
}
