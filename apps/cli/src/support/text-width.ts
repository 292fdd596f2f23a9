// eslint-disable-next-line no-control-regex
const ANSI_ESCAPE = /\u001B\[[0-9;]*m/g;

/** The width a string takes on a terminal: its characters, less any colour codes. */
export function visibleWidth(text: string): number {
  return [...text.replace(ANSI_ESCAPE, '')].length;
}

/** Pads `text` with spaces to `width` visible characters. */
export function padVisible(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const padding = ' '.repeat(Math.max(0, width - visibleWidth(text)));
  return align === 'left' ? text + padding : padding + text;
}

/**
 * A small bar of `width` characters filled in proportion to `fraction` (0 to 1), drawn in plain
 * characters so it reads without colour: `[#######.....]`.
 */
export function textBar(fraction: number, width = 20): string {
  const clamped = Math.min(1, Math.max(0, fraction));
  const filled = Math.round(clamped * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}
