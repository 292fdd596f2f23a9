import pg from 'pg';

/** PostgreSQL type oids whose JavaScript form the store fixes for both dialects. */
export const DATE_OID = 1082;
export const TIMESTAMPTZ_OID = 1184;
export const INT8_OID = 20;

const parseTimestamptzToDate = pg.types.getTypeParser(TIMESTAMPTZ_OID, 'text') as (text: string) => Date;

/** A `date` stays the `YYYY-MM-DD` text PostgreSQL sends: no time zone can shift it. */
export function parseDateText(text: string): string {
  return text;
}

/** A `timestamptz` becomes an ISO 8601 string in UTC, whatever the session's time zone. */
export function parseTimestamptzText(text: string): string {
  return parseTimestamptzToDate(text).toISOString();
}

/** A `bigint` becomes a number while it is a safe integer (as PGlite already does), else a bigint. */
export function parseInt8Text(text: string): number | bigint {
  const value = BigInt(text);
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

/** The parsers handed to PGlite, by type oid. */
export const pgliteParsers = {
  [DATE_OID]: parseDateText,
  [TIMESTAMPTZ_OID]: parseTimestamptzText,
} as const;

/**
 * Type parsers for one `pg` pool. They are set on the pool, not on `pg.types`, so that the rest
 * of the process (another library using `pg`) keeps pg's defaults.
 */
export const postgresTypeParsers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (format === undefined || format === 'text') {
      if (oid === DATE_OID) return parseDateText;
      if (oid === TIMESTAMPTZ_OID) return parseTimestamptzText;
      if (oid === INT8_OID) return parseInt8Text;
    }
    return pg.types.getTypeParser(oid, format) as (text: string) => unknown;
  }) as pg.CustomTypesConfig['getTypeParser'],
};
