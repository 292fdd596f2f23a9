import { z } from 'zod';

/**
 * The id of a council's own record (evidence item, area for improvement, action, risk). Ids are
 * stable: they are how actions point at areas for improvement and how records survive a re-import,
 * so they are plain text without spaces, such as `EV-0042` or `ai-carers-2025`.
 */
export const readinessRecordIdSchema = z
  .string()
  .max(120, 'an id can be at most 120 characters')
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._:-]*$/,
    "an id must start with a letter or digit and use only letters, digits, '.', '_', ':' or '-' (no spaces)"
  );

/** A text field a council officer must fill in. */
export function requiredText(what: string) {
  return z.string().trim().min(1, `${what} cannot be empty`);
}

/** True when a list names nothing twice. */
export function hasNoDuplicates(items: readonly unknown[]): boolean {
  return new Set(items).size === items.length;
}

/**
 * A zod `superRefine` check that no two records in a list share an id, naming each repeat
 * ("the id EV-7 is used by more than one evidence item").
 */
export function distinctIds(what: string) {
  return (records: readonly { readonly id: string }[], context: z.RefinementCtx): void => {
    const seen = new Set<string>();
    records.forEach((record, index) => {
      if (seen.has(record.id))
        context.addIssue({ code: 'custom', path: [index, 'id'], message: `the id ${record.id} is used by more than one ${what}` });
      seen.add(record.id);
    });
  };
}
