import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateText, parseInt8Text, parseTimestamptzText, postgresTypeParsers } from './type-parsers.js';

describe('type parsers', () => {
  it('a date stays the text PostgreSQL sent', () => {
    expect(parseDateText('2024-02-29')).toBe('2024-02-29');
  });

  it('a timestamp in any offset becomes the same instant in UTC, to the millisecond', () => {
    expect(parseTimestamptzText('2025-03-30 02:30:00.123456+01')).toBe('2025-03-30T01:30:00.123Z');
    expect(parseTimestamptzText('2025-10-26 01:30:00-04:30')).toBe('2025-10-26T06:00:00.000Z');
  });

  it('any instant written the way PostgreSQL writes it in UTC parses back to itself', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }), (instant) => {
        const iso = instant.toISOString();
        const postgresText = `${iso.slice(0, 10)} ${iso.slice(11, 23)}+00`;
        expect(parseTimestamptzText(postgresText)).toBe(iso);
      }),
    );
  });

  it('a bigint is a number while it is safe and a bigint beyond', () => {
    expect(parseInt8Text('42')).toBe(42);
    expect(parseInt8Text('9007199254740993')).toBe(9007199254740993n);
  });

  it("the pg pool's parsers fix dates and timestamps and leave other types to pg", () => {
    const parse = (oid: number, text: string): unknown => (postgresTypeParsers.getTypeParser(oid, 'text') as (value: string) => unknown)(text);
    expect(parse(1082, '2025-01-01')).toBe('2025-01-01');
    expect(parse(1184, '2025-01-01 00:00:00+00')).toBe('2025-01-01T00:00:00.000Z');
    expect(parse(16, 't')).toBe(true);
  });
});
