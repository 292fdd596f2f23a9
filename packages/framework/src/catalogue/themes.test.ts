import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../ids.js';
import { CQC_LA_THEMES } from './themes.js';

describe('the four themes', () => {
  it('are the four of the domain reference, with CQC titles, in CQC order', () => {
    expect(CQC_LA_THEMES.map((theme) => [theme.id, theme.title])).toEqual([
      ['working-with-people', 'How local authorities work with people'],
      ['providing-support', 'How local authorities provide support'],
      ['ensuring-safety', 'How local authorities ensure safety within the system'],
      ['leadership', 'Leadership'],
    ]);
  });

  it('use exactly the shared theme ids', () => {
    expect(CQC_LA_THEMES.map((theme) => theme.id)).toEqual([...THEME_IDS]);
  });

  it('say what each covers, as CQC lists it', () => {
    expect(CQC_LA_THEMES[0].scope).toContain('care planning and review, direct payments, charging');
    expect(CQC_LA_THEMES[2].scope).toContain('Safeguarding Adults Board');
    for (const theme of CQC_LA_THEMES) expect(theme.scope.length).toBeGreaterThan(20);
  });
});
