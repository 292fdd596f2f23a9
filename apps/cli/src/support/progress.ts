import cliProgress from 'cli-progress';
import type { Output } from './output.js';

/** Progress through a known number of steps. */
export interface Progress {
  /** One more step done (or `count` more). */
  tick(count?: number): void;
  /** All done: clears the bar, or prints the last line. */
  done(): void;
}

/** How often plain-text progress reports, as a share of the total. */
const PLAIN_REPORT_STEP = 0.25;

/**
 * Shows progress on stderr (so that stdout stays clean for `--json` and pipes): a redrawing bar
 * on a terminal, plain lines at each quarter otherwise (log files, CI).
 *
 * @example
 * const progress = startProgress(output, 'Reading extract.csv', rows.length, 'rows');
 * for (const row of rows) { handle(row); progress.tick(); }
 * progress.done();
 */
export function startProgress(output: Output, label: string, total: number, unit: string): Progress {
  if (output.interactive) {
    const bar = new cliProgress.SingleBar(
      {
        stream: output.stderr as NodeJS.WritableStream,
        format: `${label} [{bar}] {percentage}% | {value} of {total} ${unit}`,
        hideCursor: true,
        clearOnComplete: false,
        fps: 10,
      },
      cliProgress.Presets.legacy,
    );
    bar.start(total, 0);
    return {
      tick: (count = 1) => bar.increment(count),
      done: () => {
        bar.update(total);
        bar.stop();
      },
    };
  }
  let done = 0;
  let nextReport = PLAIN_REPORT_STEP;
  const formatted = (value: number): string => value.toLocaleString('en-GB');
  return {
    tick: (count = 1) => {
      done += count;
      while (total > 0 && done / total >= nextReport && nextReport < 1) {
        output.note(`${label}: ${Math.round(nextReport * 100)}% (${formatted(done)} of ${formatted(total)} ${unit})`);
        nextReport += PLAIN_REPORT_STEP;
      }
    },
    done: () => output.note(`${label}: done (${formatted(total)} ${unit})`),
  };
}
