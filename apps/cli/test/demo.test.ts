import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTemporaryFolder, runCli } from './run-cli.js';

let folder: string;
let remove: () => Promise<void>;
beforeAll(async () => ({ folder, remove } = await makeTemporaryFolder()));
afterAll(async () => remove());

interface DemoSummary {
  readonly council: { councilName: string; fictional: boolean };
  readonly stages: readonly { stage: number }[];
  readonly reminders: readonly { kind: string; subject: string }[];
  readonly deadlines: readonly { status: string }[];
  readonly caseList: { proposed: number; check: { ok: boolean } };
  readonly finalState: { stateId: string };
  readonly published: { rating: string };
  readonly wallTimeSeconds: number;
}

describe('asc-assure demo', () => {
  it('walks a fictional council through all six stages and writes its reports', async () => {
    const run = await runCli(['demo', '--people', '600', '--out', 'small-demo'], { cwd: folder });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Northmoor County Council (a fictional council)');
    expect(run.stdout).toContain('Monday 2 March 2026');
    expect(run.stdout).toContain('REMINDER Reminder: Information Return due Monday 23 March 2026 (5 working days left)');
    expect(run.stdout).toContain('Stage 4 of 6, Case tracking');
    expect(run.stdout).toContain('Stage 6 of 6, Draft report and factual accuracy: Report published');
    expect(run.stdout).toMatch(/Finished in \d+\.\d s \(wall time\)\./);
    const out = join(folder, 'small-demo');
    const summary = JSON.parse(await readFile(join(out, 'summary.json'), 'utf8')) as DemoSummary;
    expect(summary.council).toMatchObject({ councilName: 'Northmoor County Council', fictional: true });
    expect(summary.finalState.stateId).toBe('published');
    expect(summary.published.rating).toBe('good');
    expect(summary.reminders.length).toBeGreaterThanOrEqual(6);
    expect(summary.deadlines.every((deadline) => deadline.status === 'met')).toBe(true);
    expect(summary.caseList).toMatchObject({ proposed: 50, check: { ok: true } });
    const html = await readFile(join(out, 'readiness.html'), 'utf8');
    expect(html.match(/class="heatmap-row"/g)).toHaveLength(9);
    const calendar = await readFile(join(out, 'deadlines.ics'), 'utf8');
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(summary.deadlines.length);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'case-list.xlsx'));
    expect(workbook.worksheets[0]?.rowCount).toBe(51);
  });

  // How long it takes is measured by `npm run bench` (bench/demo.bench.ts), not asserted here:
  // timings on a shared machine are noise.
  it('runs the full default demo, 10,000 people, end to end', async () => {
    const run = await runCli(['demo'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Case list proposed from an extract of 10,000 people');
    for (const file of ['readiness.html', 'case-list.xlsx', 'deadlines.ics', 'summary.json']) {
      expect((await stat(join(folder, 'demo-output', file))).size).toBeGreaterThan(0);
    }
  });
});
