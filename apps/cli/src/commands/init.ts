import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SCORING_METHOD_IDS, SCORING_METHOD_LABELS, type ScoringMethodId } from '@asc-assure/framework';
import { ASSESSMENT_STATES, assessmentIdSchema, parseAssessmentConfig } from '@asc-assure/lifecycle';
import { Command, Option } from 'commander';
import { CliError } from '../support/cli-error.js';
import type { CommandContext } from '../support/command-context.js';
import { councilIdFromName } from '../support/council-id.js';
import { EXIT_CODES } from '../support/exit-codes.js';
import {
  connectToHub,
  createKeyFile,
  folderIsEmptyOrMissing,
  makeFolder,
  openWorkspaceStore,
  readWorkspaceConfig,
  removeFolder,
  workspaceExists,
  workspacePaths,
  writeWorkspaceConfig,
  type WorkspaceConfig,
} from '../support/workspace.js';

interface InitOptions {
  readonly councilName: string;
  readonly councilId?: string;
  readonly assessmentId?: string;
  readonly scoringMethod: ScoringMethodId;
}

/** Keeps the workspace (database, key) out of version control if someone makes one inside a repository. */
const GITIGNORE = '# asc-assure workspace: the database and the pseudonymisation key stay on this machine.\n*\n';

/**
 * `asc-assure init`: makes the workspace (config, embedded database, pseudonymisation key) and
 * starts the assessment, waiting for CQC's notice.
 */
export function initCommand(context: CommandContext): Command {
  return new Command('init')
    .description("Make a workspace for your council's assessment: settings, database and pseudonymisation key")
    .requiredOption('--council-name <name>', 'the council\'s name, e.g. "Gloucestershire County Council"')
    .option('--council-id <id>', 'a short id for the council, e.g. gloucestershire (default: made from the name)')
    .option('--assessment-id <id>', 'an id for this assessment (default: the council id and the year)')
    .addOption(
      new Option('--scoring-method <method>', 'how CQC scores this assessment').choices(SCORING_METHOD_IDS).default('quality-statement' satisfies ScoringMethodId),
    )
    .action(async (options: InitOptions) => {
      const { output, env } = context;
      const paths = workspacePaths(env, context.cwd);
      if (await workspaceExists(paths)) {
        const existing = await readWorkspaceConfig(paths);
        throw new CliError(EXIT_CODES.problemsFound, `There is already an asc-assure workspace for ${existing.councilName} in ${paths.folder}.`, {
          hint: 'Carry on using it, or set ASC_ASSURE_HOME to another folder to make a separate workspace.',
        });
      }
      if (!(await folderIsEmptyOrMissing(paths.folder))) {
        throw new CliError(EXIT_CODES.problemsFound, `${paths.folder} already holds other files, so asc-assure will not make a workspace there.`, {
          hint: 'Set ASC_ASSURE_HOME to a new or empty folder.',
        });
      }
      const engineLocal = await import('@asc-assure/engine-local');
      const clock = context.clock ?? engineLocal.systemClock;
      const councilId = options.councilId ?? councilIdFromName(options.councilName);
      const assessmentId = options.assessmentId ?? `${councilId}-${clock.today().slice(0, 4)}`;
      const assessmentConfig = parseAssessmentConfig({ councilId, councilName: options.councilName, scoringMethod: options.scoringMethod });
      const checkedId = assessmentIdSchema.safeParse(assessmentId);
      if (!checkedId.success) {
        throw new CliError(EXIT_CODES.badInput, `'${assessmentId}' cannot be an assessment id: it ${checkedId.error.issues[0]?.message ?? 'is not valid'}.`, {
          hint: 'Use letters, digits and dashes, e.g. --assessment-id gloucestershire-2026.',
        });
      }
      const config: WorkspaceConfig = {
        formatVersion: 1,
        councilId: assessmentConfig.councilId,
        councilName: assessmentConfig.councilName,
        assessmentId: checkedId.data,
        scoringMethod: assessmentConfig.scoringMethod,
        createdAt: clock.now(),
      };

      let joinedHub = false;
      await makeFolder(paths.folder);
      try {
        await createKeyFile(paths);
        await writeFile(join(paths.folder, '.gitignore'), GITIGNORE, 'utf8');
        const store = await openWorkspaceStore(env, paths);
        try {
          const { saveCouncil } = await import('@asc-assure/store');
          await saveCouncil(store, { id: config.councilId, name: config.councilName });
          if (context.engineKind === 'temporal') {
            // The assessment lives on the hub; a hub operator may have opened it already.
            const hub = await connectToHub(context.environment);
            try {
              joinedHub = (await hub.engine.get(config.assessmentId)) !== undefined;
              if (!joinedHub) await hub.engine.start({ assessmentId: config.assessmentId, config: assessmentConfig });
            } finally {
              await hub.close();
            }
          } else {
            const engine = engineLocal.createLocalEngine({ store, clock });
            try {
              await engine.start({ assessmentId: config.assessmentId, config: assessmentConfig });
            } finally {
              await engine.close();
            }
          }
        } finally {
          await store.close();
        }
        await writeWorkspaceConfig(paths, config);
      } catch (error) {
        await removeFolder(paths.folder);
        throw error;
      }

      output.line(`${output.colors.green('Made')} the asc-assure workspace for ${config.councilName} in ${paths.folder}`);
      output.line(
        context.engineKind === 'temporal'
          ? `  Assessment:      ${config.assessmentId}, on the hub's Temporal cluster (${joinedHub ? 'already open there' : ASSESSMENT_STATES['awaiting-notice'].label.toLowerCase()})`
          : `  Assessment:      ${config.assessmentId} (${ASSESSMENT_STATES['awaiting-notice'].label.toLowerCase()})`,
      );
      output.line(`  Scoring method:  ${SCORING_METHOD_LABELS[config.scoringMethod]}`);
      output.line(`  Database:        ${env.DATABASE_URL === undefined ? paths.databaseFolder : 'the PostgreSQL server in DATABASE_URL'}`);
      output.line(`  Pseudonymisation key: ${paths.keyFile}`);
      output.line(
        '    Only you can read it. Keep it inside the council and back it up securely: without it, the same people get different ids on the next case list.',
      );
      output.heading('Next');
      output.lines([
        '  asc-assure evidence import evidence-bank.xlsx   add your evidence bank',
        '  asc-assure readiness --html readiness.html       see coverage, findings and a predicted rating',
        '  asc-assure event notice.received --date YYYY-MM-DD   when CQC\'s notice arrives',
      ]);
    });
}
