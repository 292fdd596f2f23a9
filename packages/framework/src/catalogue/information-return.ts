import { z } from 'zod';
import { InvalidInputError } from '../errors.js';
import { isoDateSchema, type IsoDate } from '../ids.js';
import { parseInput } from '../validation.js';
import { CATALOGUE_MESSAGES } from './catalogue-messages.js';
import { displayTextSchema, kebabIdSchema } from './catalogue-fields.js';
import { CQC_LA_FRAMEWORK_2023 } from './cqc-la-2023.js';
import { deepFreeze } from './deep-freeze.js';
import type { FrameworkVersion } from './framework-version.js';

/** What an Information Return item is: an existing document, a set of figures, or a written account. */
export const INFORMATION_RETURN_ITEM_KINDS = ['document', 'data', 'narrative'] as const;
/** `document`, `data` or `narrative`. */
export type InformationReturnItemKind = (typeof INFORMATION_RETURN_ITEM_KINDS)[number];

/** Where a council is with one Information Return item. */
export const INFORMATION_RETURN_STATUSES = ['not-started', 'in-progress', 'ready', 'submitted'] as const;
/** `not-started`, `in-progress`, `ready` or `submitted`. */
export type InformationReturnStatus = (typeof INFORMATION_RETURN_STATUSES)[number];

/**
 * One entry of the Information Return checklist: something a council already has and sends to
 * CQC. CQC does not expect new documents to be written.
 */
export interface InformationReturnItem<StatementId extends string = string> {
  /** Stable id, never renamed: `joint-strategic-needs-assessment`. */
  readonly id: string;
  readonly title: string;
  /** What the item is and why CQC wants it. */
  readonly description: string;
  readonly kind: InformationReturnItemKind;
  /**
   * `true` for items CQC asks almost every council for; `false` for items that strengthen the
   * return where the council has them. A default each council can change.
   */
  readonly required: boolean;
  /** The quality statements the item is evidence for. */
  readonly qualityStatementIds: readonly StatementId[];
}

/** Validates one item of an Information Return checklist (statement ids are checked against a version by {@link parseInformationReturnItems}). */
export const informationReturnItemSchema = z.object({
  id: kebabIdSchema,
  title: displayTextSchema,
  description: displayTextSchema,
  kind: z.enum(INFORMATION_RETURN_ITEM_KINDS),
  required: z.boolean(),
  qualityStatementIds: z.array(kebabIdSchema).min(1, CATALOGUE_MESSAGES.informationReturnNoStatements),
});

/** A council's progress on one Information Return item. */
export interface InformationReturnProgress {
  readonly itemId: string;
  /** Who is getting the item ready: a name or a role. */
  readonly owner: string;
  readonly status: InformationReturnStatus;
  /** Where the submitted copy is: a file name, an evidence-bank reference, a link. */
  readonly documentReference?: string;
  readonly notes?: string;
  /** When the owner should have it ready, `YYYY-MM-DD`. */
  readonly dueDate?: IsoDate;
}

/**
 * Validates a council's progress on one item. An item marked `ready` or `submitted` must say
 * where the document is, so that what CQC received can always be traced.
 */
export const informationReturnProgressSchema = z
  .object({
    itemId: kebabIdSchema,
    owner: displayTextSchema,
    status: z.enum(INFORMATION_RETURN_STATUSES),
    documentReference: displayTextSchema.optional(),
    notes: z.string().trim().optional(),
    dueDate: isoDateSchema.optional(),
  })
  .superRefine((progress, context) => {
    if ((progress.status === 'ready' || progress.status === 'submitted') && progress.documentReference === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['documentReference'],
        message: CATALOGUE_MESSAGES.informationReturnNeedsReference(progress.status),
      });
    }
  });

const PARSE_ITEMS_SUMMARY = 'This Information Return checklist cannot be used';

/**
 * Loads an Information Return checklist (a council's own, or the default edited): every item
 * valid, ids unique, every quality statement it names present in the framework version (default:
 * current). Returns the items deeply frozen; throws {@link InvalidInputError} listing every problem.
 */
export function parseInformationReturnItems(
  json: unknown,
  version: FrameworkVersion = CQC_LA_FRAMEWORK_2023,
): readonly InformationReturnItem[] {
  const items = parseInput(z.array(informationReturnItemSchema), json, PARSE_ITEMS_SUMMARY);
  const statementIds = new Set(version.qualityStatements.map((statement) => statement.id));
  const seen = new Set<string>();
  const problems = items.flatMap((item, index) => {
    const found = [];
    if (seen.has(item.id)) {
      found.push({ code: 'duplicate-item', path: [index, 'id'], message: CATALOGUE_MESSAGES.duplicateInformationReturnItem(item.id) });
    }
    seen.add(item.id);
    item.qualityStatementIds.forEach((statementId, position) => {
      if (!statementIds.has(statementId)) {
        found.push({
          code: 'unknown-quality-statement',
          path: [index, 'qualityStatementIds', position],
          message: CATALOGUE_MESSAGES.informationReturnUnknownStatement(item.id, statementId),
        });
      }
    });
    return found;
  });
  if (problems.length > 0) throw new InvalidInputError(PARSE_ITEMS_SUMMARY, problems);
  return deepFreeze(items);
}

/**
 * Validates a council's progress on one item, throwing {@link InvalidInputError} with every problem.
 */
export function parseInformationReturnProgress(json: unknown): InformationReturnProgress {
  return parseInput(informationReturnProgressSchema, json, 'This Information Return progress record cannot be used');
}
