import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAreaForImprovement, encodeAreaForImprovement } from './readiness-input.js';

describe('areas for improvement as the store keeps them', () => {
  it('read back exactly as written', () => {
    fc.assert(
      fc.property(fc.record({ id: fc.string(), description: fc.string(), actionIds: fc.array(fc.string()) }), (area) => {
        expect(decodeAreaForImprovement(encodeAreaForImprovement(area), 'safeguarding', 0)).toEqual(area);
      }),
    );
  });

  it('read a plain description written by another tool as an area with no actions', () => {
    expect(decodeAreaForImprovement('More audits of s42 enquiries', 'safeguarding', 1)).toEqual({ id: 'safeguarding-area-2', description: 'More audits of s42 enquiries', actionIds: [] });
    expect(decodeAreaForImprovement('null', 'safeguarding', 0).description).toBe('null');
  });
});
