import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditHead } from '@asc-assure/store';
import { Command } from 'commander';
import { z } from 'zod';
import type { CommandContext } from '../support/command-context.js';
import { EXIT_CODES } from '../support/exit-codes.js';
import { withWorkspace, type WorkspacePaths } from '../support/workspace.js';

/**
 * The head of the audit log at the last successful check, kept in the workspace folder: a log
 * cut short since then (entries removed from the end) no longer reaches it.
 */
const auditHeadSchema = z.strictObject({ sequence: z.int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) });

function anchorFile(paths: WorkspacePaths): string {
  return join(paths.folder, 'audit-head.json');
}

async function readAnchor(paths: WorkspacePaths): Promise<AuditHead | undefined> {
  try {
    const parsed = auditHeadSchema.safeParse(JSON.parse(await readFile(anchorFile(paths), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** `asc-assure verify-audit`: checks the hash-chained audit log has not been changed. */
export function verifyAuditCommand(context: CommandContext): Command {
  return new Command('verify-audit')
    .description('Check the audit log: every entry still as written, in order, none missing (exit 1 if not)')
    .option('--json', 'print machine-readable JSON only')
    .action(async (options: { json?: boolean }) => {
      const { output } = context;
      await withWorkspace(context, async (workspace) => {
        const { getAuditHead, verifyAuditLog } = await import('@asc-assure/store');
        const expectedHead = await readAnchor(workspace.paths);
        const result = await verifyAuditLog(workspace.store, expectedHead === undefined ? {} : { expectedHead });
        if (result.ok) {
          const head = await getAuditHead(workspace.store);
          if (head !== undefined) await writeFile(anchorFile(workspace.paths), `${JSON.stringify(head)}\n`, 'utf8');
        } else {
          context.exitCode = EXIT_CODES.problemsFound;
        }
        if (options.json === true) {
          output.json(result);
          return;
        }
        if (result.ok) {
          output.line(`${output.colors.green('Intact')}: ${result.message}`);
          return;
        }
        output.line(`${output.colors.red('Broken')}: ${result.message}`);
        output.line(`${result.checked} entr${result.checked === 1 ? 'y was' : 'ies were'} checked before the break.`);
        output.line(
          output.colors.dim(
            'Someone changed the database outside asc-assure. Keep a copy of the workspace folder as it is now and tell your information governance lead. If you restored the database from a backup on purpose, delete audit-head.json in the workspace folder and check again.',
          ),
        );
      });
    });
}
