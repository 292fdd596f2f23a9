import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTemporaryFolder, parseJsonOutput, runCli } from './run-cli.js';

let folder: string;
let remove: () => Promise<void>;
beforeAll(async () => ({ folder, remove } = await makeTemporaryFolder()));
afterAll(async () => remove());

describe('asc-assure rate', () => {
  it('rates a council scoring 25 of 36 good, low in its band, without a workspace', async () => {
    const run = await runCli(['rate', '3,3,2,3,3,2,3,3,3'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Overall rating: Good');
    expect(run.stdout).toContain('Total 25 of 36 = 69.4% (rounded to 69%');
    expect(run.stdout).toMatch(/Position in band: \[#+\.+\]/);
    expect(run.stdout).toContain('Safe systems, pathways and transitions');
    expect(run.stdout).toContain('To reach Outstanding: 7 points more');
    expect(run.stdout).toContain('To fall to Requires improvement: 3 points fewer');
  });

  it('prints the rating as JSON only with --json, percentage unrounded and rounded', async () => {
    const run = await runCli(['rate', '2,2,2,3,2,2,3,2,3', '--json'], { cwd: folder });
    expect(run.code).toBe(0);
    const result = parseJsonOutput<{ total: number; percentage: number; roundedPercentage: number; rating: string; ratingLabel: string; toNextBandUp: { pointsNeeded: number } }>(run);
    expect(result.total).toBe(21);
    expect(result.percentage).toBeCloseTo(58.33, 2);
    expect(result.roundedPercentage).toBe(58);
    expect(result.rating).toBe('requires-improvement');
    expect(result.ratingLabel).toBe('Requires improvement');
    expect(result.toNextBandUp.pointsNeeded).toBe(2);
  });

  it('rates 14 of 36 (38.9%) as requires improvement, because the percentage rounds to 39', async () => {
    const run = await runCli(['rate', '2,2,1,2,1,2,1,2,1', '--json'], { cwd: folder });
    const result = parseJsonOutput<{ total: number; roundedPercentage: number; rating: string }>(run);
    expect(result).toMatchObject({ total: 14, roundedPercentage: 39, rating: 'requires-improvement' });
  });

  it('accepts scores named by statement id, title or QS number, in any order', async () => {
    const run = await runCli(
      ['rate', 'safeguarding=4,QS1=4,supporting-healthier-lives=4,Equity=4,QS4=4,partnerships-and-communities=4,QS6=4,Governance=4,learning-improvement-innovation=4', '--json'],
      { cwd: folder },
    );
    expect(run.code).toBe(0);
    expect(parseJsonOutput<{ rating: string }>(run).rating).toBe('outstanding');
  });

  it('refuses the wrong number of scores with exit 2 and says what it expects', async () => {
    const run = await runCli(['rate', '3,3,2'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Expected 9 scores, one for each quality statement, but got 3.');
    expect(run.stderr).toContain('Hint:');
    expect(run.stdout).toBe('');
  });

  it('refuses a score of 5 with exit 2, naming the statement', async () => {
    const run = await runCli(['rate', '3,3,2,3,3,2,3,3,5'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('a score must be 1, 2, 3 or 4: got 5 for learning-improvement-innovation');
  });

  it('suggests the statement meant by a misspelt name', async () => {
    const run = await runCli(['rate', 'Safegaurding=3'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("'Safegaurding' is not a quality statement — did you mean 'safeguarding'?");
  });

  it('reports an unknown command as bad usage (exit 2) with a hint', async () => {
    const run = await runCli(['rote', '3'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'rote'");
    expect(run.stderr).toContain('Hint:');
  });

  it('refuses an environment variable it cannot use before doing anything', async () => {
    const run = await runCli(['rate', '3,3,3,3,3,3,3,3,3'], { cwd: folder, env: { DATABASE_URL: 'mysql://localhost/asc' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('DATABASE_URL: must start with postgres:// or postgresql://');
  });
});
