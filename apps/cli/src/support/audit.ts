import { userInfo } from 'node:os';
import type { StoreExecutor } from '@asc-assure/store';
import type { Workspace } from './workspace.js';

/** Who the audit log says did something from the command line: `cli:` and the login name. */
export function commandLineActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    // Some containers run as a user with no name.
    return 'cli';
  }
}

/** Adds an entry to the hash-chained audit log, inside the transaction of the change it records. */
export async function recordAudit(
  executor: StoreExecutor,
  workspace: Workspace,
  entry: { readonly action: string; readonly subject: string; readonly detail: Readonly<Record<string, unknown>> },
): Promise<void> {
  const { appendAudit } = await import('@asc-assure/store');
  await appendAudit(executor, { councilId: workspace.config.councilId, actor: commandLineActor(), at: workspace.clock.now(), ...entry });
}
