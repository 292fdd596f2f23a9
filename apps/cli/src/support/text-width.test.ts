import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { padVisible, textBar, visibleWidth } from './text-width.js';

describe('laying out text for the terminal', () => {
  it('draws a bar of the width asked for, filled in proportion', () => {
    expect(textBar(0.5, 10)).toBe('[#####.....]');
    fc.assert(
      fc.property(fc.double({ min: -1, max: 2, noNaN: true }), fc.integer({ min: 1, max: 60 }), (fraction, width) => {
        const bar = textBar(fraction, width);
        expect(bar).toHaveLength(width + 2);
        expect(bar.slice(1, -1)).toMatch(/^#*\.*$/);
      }),
    );
  });

  it('pads by visible width, ignoring colour codes', () => {
    const red = '\u001B[31mGood\u001B[39m';
    expect(visibleWidth(red)).toBe(4);
    expect(visibleWidth(padVisible(red, 8))).toBe(8);
    expect(padVisible('12', 4, 'right')).toBe('  12');
  });
});
