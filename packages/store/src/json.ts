import { InvalidInputError } from '@asc-assure/framework';

/** A value that survives a round trip through JSON (and so through a `jsonb` column). */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * Serialises `value` for a `jsonb` column, refusing what JSON cannot hold (undefined, functions,
 * bigints, cycles) instead of storing `null` or half a document.
 */
export function toJsonText(value: unknown, what: string): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw new InvalidInputError(`The ${what} cannot be stored`, [
      { code: 'not-json', path: [what], message: `the ${what} is not plain JSON data (${error instanceof Error ? error.message : String(error)})` },
    ]);
  }
  if (text === undefined) {
    throw new InvalidInputError(`The ${what} cannot be stored`, [
      { code: 'not-json', path: [what], message: `the ${what} is missing or is not plain JSON data` },
    ]);
  }
  return text;
}
