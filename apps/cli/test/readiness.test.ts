import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evidenceBankRows, writeEvidenceCsv } from './evidence-files.js';
import { parseJsonOutput, todayInEngland } from './run-cli.js';
import { useWorkspace } from './workspace-fixture.js';

const workspace = useWorkspace('Leicestershire County Council');

function addMonths(date: string, months: number): string {
  const [year = 0, month = 1] = date.split('-').map(Number);
  const total = year * 12 + (month - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}

beforeAll(async () => {
  const today = todayInEngland();
  const file = join(workspace.folder, 'bank.csv');
  await writeEvidenceCsv(file, evidenceBankRows(addMonths(today, -3), addMonths(today, 9)));
  const run = await workspace.run(['evidence', 'import', file]);
  expect(run.code).toBe(0);
});

describe('asc-assure readiness', () => {
  it('writes a self-contained HTML report with an accessible 9 x 4 SVG heatmap', async () => {
    const path = join(workspace.folder, 'report.html');
    const run = await workspace.run(['readiness', '--html', 'report.html']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`Wrote the readiness report to ${path}`);
    const html = await readFile(path, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link |src="http/);
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + 6);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="heatmap-title">');
    expect(svg.match(/class="heatmap-row"/g)).toHaveLength(9);
    expect(svg.match(/class="heatmap-column"/g)).toHaveLength(4);
    expect(svg.match(/class="heatmap-cell"/g)).toHaveLength(36);
    expect(svg).toContain('class="heatmap-legend"');
    expect(svg).toContain('aria-label="Safeguarding, Processes: 1 current item, thin"');
    expect(svg).toMatch(/data-count="1"[^]*?>1<\/text>/);
    expect(html).toContain('Leicestershire County Council');
    expect(html).toContain('No prediction yet');
    expect(html).toContain('Findings');
  });

  it('prints coverage per statement, findings by severity and why there is no prediction yet', async () => {
    const run = await workspace.run(['readiness']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Readiness of Leicestershire County Council on \d{4}-\d{2}-\d{2}: \d+ \/ 100/);
    expect(run.stdout).toContain('No predicted rating yet: no self-assessed score for Assessing needs');
    expect(run.stdout).toContain('Evidence: 12 items: 12 current');
    expect(run.stdout).toMatch(/Safeguarding\s+\d+% \[/);
    expect(run.stdout).toMatch(/Findings: \d+ high, \d+ medium, \d+ low/);
    expect(run.stdout).toContain('High');
  });

  it('prints the whole analysis as JSON with --json', async () => {
    const run = await workspace.run(['readiness', '--json']);
    expect(run.code).toBe(0);
    const result = parseJsonOutput<{ councilName: string; report: { coverage: { qualityStatementId: string }[]; counts: { evidenceItems: number }; predictedRating: { status: string } } }>(run);
    expect(result.councilName).toBe('Leicestershire County Council');
    expect(result.report.coverage).toHaveLength(9);
    expect(result.report.counts.evidenceItems).toBe(12);
    expect(result.report.predictedRating.status).toBe('incomplete');
  });
});
