import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hrefTo, parseRoute } from './router.js';

describe('dashboard addresses', () => {
  it('reads the page and its filters from the hash', () => {
    const route = parseRoute('#/c/gloucestershire/evidence?tag=equality&statement=safeguarding');
    expect(route.segments).toEqual(['c', 'gloucestershire', 'evidence']);
    expect(route.query.get('tag')).toBe('equality');
    expect(route.query.get('statement')).toBe('safeguarding');
  });

  it('an empty hash is the home page', () => {
    expect(parseRoute('').segments).toEqual([]);
    expect(parseRoute('#').path).toBe('/');
  });

  it('leaves empty filters out of an address', () => {
    expect(hrefTo(['c', 'x', 'evidence'], { tag: '', owner: undefined })).toBe('#/c/x/evidence');
  });

  it('any segments and filters written into an address read back the same', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 4 }),
        fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.string({ minLength: 1, maxLength: 12 })),
        (segments, query) => {
          const route = parseRoute(hrefTo(segments, query));
          expect(route.segments).toEqual(segments);
          for (const [name, value] of Object.entries(query)) expect(route.query.get(name)).toBe(value);
        },
      ),
    );
  });
});
