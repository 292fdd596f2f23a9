/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, properties whose value is
 * `undefined` left out (as `JSON.stringify` does). Two values that are equal as JSON give the same
 * text whatever order their keys were written in, which is what a hash over a `jsonb` column
 * needs: PostgreSQL does not keep key order.
 *
 * @example
 * canonicalJson({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  const normalised: unknown = JSON.parse(JSON.stringify(value) ?? 'null');
  return writeCanonical(normalised);
}

function writeCanonical(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map((item) => writeCanonical(item)).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${writeCanonical(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
