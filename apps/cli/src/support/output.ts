import picocolors from 'picocolors';
import { formatTable, type TableColumn } from './table.js';

/** picocolors' formatters, or their plain-text stand-ins when colour is off. */
export type Colors = ReturnType<typeof picocolors.createColors>;

/** A stream the command line writes to (process.stdout, or a test's buffer). */
export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean | undefined;
  readonly columns?: number | undefined;
}

/** What every command prints through: text and tables on stdout, warnings on stderr, JSON for --json. */
export interface Output {
  /** Colours, or plain text when colour is off (NO_COLOR, CI, not a terminal). */
  readonly colors: Colors;
  /** True when stderr is a terminal and not CI: progress bars may redraw in place. */
  readonly interactive: boolean;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** One line (or none: an empty line) on stdout. */
  line(text?: string): void;
  /** Several lines on stdout. */
  lines(texts: readonly string[]): void;
  /** An aligned table on stdout, indented by two spaces. */
  table(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): void;
  /** A heading on stdout, with a blank line before it. */
  heading(text: string): void;
  /** Machine-readable output: exactly one JSON document on stdout. */
  json(value: unknown): void;
  /** A line on stderr, where it does not mix with JSON or piped output. */
  note(text: string): void;
}

/** Options of {@link createOutput}. */
export interface CreateOutputOptions {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly noColor: boolean;
  readonly ci: boolean;
}

/** Makes the {@link Output} of one run. Colour only on a terminal, never with NO_COLOR or in CI. */
export function createOutput(options: CreateOutputOptions): Output {
  const colorsOn = options.stdout.isTTY === true && !options.noColor && !options.ci;
  const colors = picocolors.createColors(colorsOn);
  const write = (stream: OutputStream, text: string): void => {
    stream.write(`${text}\n`);
  };
  return {
    colors,
    interactive: options.stderr.isTTY === true && !options.ci,
    stdout: options.stdout,
    stderr: options.stderr,
    line: (text = '') => write(options.stdout, text),
    lines: (texts) => {
      for (const text of texts) write(options.stdout, text);
    },
    table: (columns, rows) => {
      for (const text of formatTable(columns, rows)) write(options.stdout, `  ${text}`);
    },
    heading: (text) => {
      write(options.stdout, '');
      write(options.stdout, colors.bold(text));
    },
    json: (value) => write(options.stdout, JSON.stringify(value, null, 2)),
    note: (text) => write(options.stderr, text),
  };
}
