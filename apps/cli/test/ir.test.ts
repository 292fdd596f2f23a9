import { describe, expect, it } from 'vitest';
import { parseJsonOutput } from './run-cli.js';
import { useWorkspace } from './workspace-fixture.js';

const workspace = useWorkspace('Northamptonshire Test Council');

interface IrList {
  readonly total: number;
  readonly readyOrSubmitted: number;
  readonly items: readonly { id: string; title: string; status: string; owner: string | null; documentReference: string | null }[];
}

describe('asc-assure ir', () => {
  it('lists the Information Return checklist, nothing started yet', async () => {
    const run = await workspace.run(['ir', '--json']);
    expect(run.code).toBe(0);
    const list = parseJsonOutput<IrList>(run);
    expect(list.total).toBeGreaterThan(20);
    expect(list.readyOrSubmitted).toBe(0);
    expect(list.items.every((item) => item.status === 'not-started')).toBe(true);
  });

  it('records progress on an item, by id or by title', async () => {
    const byId = await workspace.run(['ir', 'set', 'improvement-plan', '--status', 'ready', '--owner', 'Head of Quality Assurance', '--ref', 'IR/improvement-plan.pdf']);
    expect(byId.code).toBe(0);
    expect(byId.stdout).toContain('Adult social care improvement plan: Ready (owner Head of Quality Assurance, IR/improvement-plan.pdf).');
    const byTitle = await workspace.run(['ir', 'set', 'Adult social care vision and strategy', '--status', 'in-progress', '--owner', 'Director of Adult Social Services']);
    expect(byTitle.code).toBe(0);
    const list = parseJsonOutput<IrList>(await workspace.run(['ir', '--json']));
    expect(list.readyOrSubmitted).toBe(1);
    expect(list.items.find((item) => item.id === 'improvement-plan')).toMatchObject({ status: 'ready', owner: 'Head of Quality Assurance', documentReference: 'IR/improvement-plan.pdf' });
    expect(list.items.find((item) => item.id === 'vision-and-strategy')?.status).toBe('in-progress');
    const screen = await workspace.run(['ir']);
    expect(screen.stdout).toContain('Information Return for Northamptonshire Test Council: 1 of');
    expect(screen.stdout).toContain('Not requested yet');
  });

  it('refuses "ready" without saying where the document is (exit 2), and an unknown item with a suggestion', async () => {
    const noReference = await workspace.run(['ir', 'set', 'vision-and-strategy', '--status', 'ready']);
    expect(noReference.code).toBe(2);
    expect(noReference.stderr).toContain('an item marked "ready" needs a document reference');
    const unknown = await workspace.run(['ir', 'set', 'improvment-plan', '--status', 'ready', '--owner', 'x', '--ref', 'y']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("'improvment-plan' is not an Information Return item — did you mean 'improvement-plan'?");
  });
});
