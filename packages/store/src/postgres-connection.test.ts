import { InvalidInputError } from '@asc-assure/framework';
import { describe, expect, it } from 'vitest';
import { describeConnectionFailure, describePostgresTarget, openPostgresPool } from './postgres-connection.js';

const url = 'postgres://assure:s3cret@db.example.org:6543/asc_assure';

function systemError(code: string): Error {
  return Object.assign(new Error(`connect ${code}`), { code });
}

describe('PostgreSQL connection failures', () => {
  it('a refused connection says where, asks whether the server is running and what to set', () => {
    expect(describeConnectionFailure(url, systemError('ECONNREFUSED'))).toBe(
      'Could not connect to PostgreSQL at db.example.org:6543 (connection refused). Is the server running? Set DATABASE_URL (the connection string given to the store) to a PostgreSQL server you can reach, or use the embedded store (PGlite) instead.',
    );
  });

  it('a refusal on every address of "localhost" is still a refused connection', () => {
    const error = new AggregateError([systemError('ECONNREFUSED'), systemError('ECONNREFUSED')], 'connect failed');
    expect(describeConnectionFailure('postgres://localhost/x', error)).toMatch(/^Could not connect to PostgreSQL at localhost:5432 \(connection refused\)/);
  });

  it('an unknown host, a wrong password and a missing database each get their own advice', () => {
    expect(describeConnectionFailure(url, systemError('ENOTFOUND'))).toMatch(/host name was not found/);
    expect(describeConnectionFailure(url, systemError('28P01'))).toMatch(/refused the user or password/);
    expect(describeConnectionFailure(url, systemError('3D000'))).toMatch(/has no database "asc_assure"\. Create it \(createdb asc_assure\)/);
  });

  it('no message ever shows the password', () => {
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', '28P01', '3D000', 'XX000']) {
      expect(describeConnectionFailure(url, systemError(code))).not.toContain('s3cret');
    }
    expect(describePostgresTarget(url)).toEqual({ address: 'db.example.org:6543', database: 'asc_assure' });
  });

  it('a schema name that is not a plain identifier is refused before connecting', async () => {
    await expect(openPostgresPool({ connectionString: url, schema: 'public; drop table councils' })).rejects.toBeInstanceOf(InvalidInputError);
  });
});
