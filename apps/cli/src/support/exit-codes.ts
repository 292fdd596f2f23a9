/**
 * How `asc-assure` ends, for scripts and schedulers that run it. Stable: documented in the README,
 * never renumbered.
 */
export const EXIT_CODES = {
  /** Everything worked, and any check passed. */
  ok: 0,
  /** A check found problems (a case list with errors, a broken audit log) or the command refused to go on (personal data in an export). */
  problemsFound: 1,
  /** The command line or an input file was wrong: nothing was done. */
  badInput: 2,
  /** The assessment cannot take that event now (out of order, or against CQC's rules): nothing was recorded. */
  eventRefused: 3,
  /** The database, a file or the network failed, or something unexpected went wrong. */
  infrastructure: 4,
} as const;

/** One of {@link EXIT_CODES}. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
