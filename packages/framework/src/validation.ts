import type { z } from 'zod';
import { InvalidInputError, type InputProblem } from './errors.js';

/**
 * Parses `value` with `schema`, or throws an {@link InvalidInputError} listing every problem in
 * plain English with its path. The one way the framework turns a zod failure into an error.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, value: unknown, summary: string): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InvalidInputError(summary, problemsFromZodError(result.error));
}

/** Turns a zod error into {@link InputProblem}s. */
export function problemsFromZodError(error: z.ZodError): InputProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    const where = path.length > 0 ? `${path.join('.')}: ` : '';
    return { code: `schema-${issue.code}`, path, message: `${where}${issue.message}` };
  });
}
