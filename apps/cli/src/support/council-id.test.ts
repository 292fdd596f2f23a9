import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { councilIdFromName } from './council-id.js';

describe('making a council id from its name', () => {
  it('keeps the words that say which council it is', () => {
    expect(councilIdFromName('Gloucestershire County Council')).toBe('gloucestershire');
    expect(councilIdFromName('Leicester City Council')).toBe('leicester');
    expect(councilIdFromName('London Borough of Tower Hamlets')).toBe('tower-hamlets');
    expect(councilIdFromName('Royal Borough of Kingston upon Thames')).toBe('kingston-upon-thames');
    expect(councilIdFromName('North East Lincolnshire Council')).toBe('north-east-lincolnshire');
    expect(councilIdFromName('Trafford Council')).toBe('trafford');
  });

  it('always gives a kebab-case id the assessment settings accept', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(councilIdFromName(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
    );
  });
});
