// The monorepo's lint configuration, plus what keeps the workflow code deterministic (STYLE.md,
// habit 12): the workflow and the modules it imports use no Node built-ins, no I/O packages,
// no randomness, and import activities only as types. (`Date.now()` inside a workflow is
// Temporal's deterministic clock, so it is allowed there.)
import root from '../../eslint.config.js';

const WORKFLOW_FILES = ['src/workflows.ts', 'src/shared.ts', 'src/england-time.ts', 'src/search-attributes.ts', 'src/refusal-failure.ts'];

export default [
  ...root,
  {
    files: WORKFLOW_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process', 'http', 'https', 'net'], message: 'Workflow code is deterministic: no Node built-ins.' },
            { group: ['@asc-assure/store', '@asc-assure/engine-local', '@temporalio/client', '@temporalio/worker', '@temporalio/activity'], message: 'Workflow code does no I/O: effects belong in activities.' },
            { group: ['./activities.js', './worker.js', './temporal-engine.js'], allowTypeImports: true, message: 'Workflow code imports activities only as types.' },
          ],
        },
      ],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Workflow code is deterministic: no randomness.' }],
    },
  },
];
