import { CliError } from './cli-error.js';
import { EXIT_CODES } from './exit-codes.js';
import { normaliseForMatching } from './matching.js';

/** One column a command reads from a table file. */
export interface ColumnSpec<Field extends string> {
  readonly field: Field;
  /** The heading asc-assure writes and shows in messages: "Review by". */
  readonly heading: string;
  /** Other headings councils use for it: "Next review", "Review date". */
  readonly aliases?: readonly string[];
  readonly required?: boolean;
}

/** Which heading of a file holds each field, and the headings that hold none. */
export interface ColumnMap<Field extends string> {
  /** The file's heading for each field it has. */
  readonly headingOf: ReadonlyMap<Field, string>;
  /** Headings that are not any known field. */
  readonly otherHeadings: readonly string[];
}

/**
 * Works out which column holds which field (headings match whatever their case, spacing or
 * punctuation: "Quality statements", "quality_statements", "qualityStatementIds"). Throws a
 * {@link CliError} (bad input) naming every required column that is missing.
 */
export function mapColumns<Field extends string>(fileName: string, headings: readonly string[], specs: readonly ColumnSpec<Field>[]): ColumnMap<Field> {
  const fieldOfName = new Map<string, Field>();
  for (const spec of specs) {
    for (const name of [spec.field, spec.heading, ...(spec.aliases ?? [])]) {
      const key = normaliseForMatching(name);
      if (!fieldOfName.has(key)) fieldOfName.set(key, spec.field);
    }
  }
  const headingOf = new Map<Field, string>();
  const otherHeadings: string[] = [];
  for (const heading of headings) {
    const field = fieldOfName.get(normaliseForMatching(heading));
    if (field === undefined || headingOf.has(field)) otherHeadings.push(heading);
    else headingOf.set(field, heading);
  }
  const missing = specs.filter((spec) => spec.required === true && !headingOf.has(spec.field));
  if (missing.length > 0) {
    throw new CliError(EXIT_CODES.badInput, `${fileName} has no ${missing.map((spec) => `'${spec.heading}'`).join(', ')} column${missing.length === 1 ? '' : 's'}.`, {
      problems: [`Columns found: ${headings.map((heading) => `'${heading}'`).join(', ') || 'none'}.`],
      hint: `The first row must hold the column headings. Needed: ${specs
        .filter((spec) => spec.required === true)
        .map((spec) => spec.heading)
        .join(', ')}.`,
    });
  }
  return { headingOf, otherHeadings };
}

/** The cell of `field` in a row, if the file has that column and the cell is not empty. */
export function cellOf<Field extends string>(map: ColumnMap<Field>, cells: Readonly<Record<string, string>>, field: Field): string | undefined {
  const heading = map.headingOf.get(field);
  return heading === undefined ? undefined : cells[heading];
}
