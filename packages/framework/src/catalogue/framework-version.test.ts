import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { InvalidInputError } from '../errors.js';
import { CQC_LA_FRAMEWORK_2023 } from './cqc-la-2023.js';
import { defaultApplicableEvidenceCategories, frameworkVersionSchema, parseFrameworkVersion, type FrameworkVersion } from './framework-version.js';
import { FRAMEWORK_VERSIONS } from './framework-versions.js';

type EditableVersion = z.input<typeof frameworkVersionSchema>;

function editableCopy(version: FrameworkVersion = CQC_LA_FRAMEWORK_2023): EditableVersion {
  return structuredClone(version) as unknown as EditableVersion;
}

function refusal(input: unknown): InvalidInputError {
  try {
    parseFrameworkVersion(input);
  } catch (error) {
    if (InvalidInputError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('the framework version was accepted');
}

describe('a framework version', () => {
  it.each(FRAMEWORK_VERSIONS.map((version) => [version.id, version] as const))(
    'shipped as %s passes its own schema',
    (_id, version) => {
      const result = frameworkVersionSchema.safeParse(version);
      expect(result.error?.issues ?? []).toEqual([]);
    },
  );

  it('loads from JSON text into an equal, deeply frozen copy', () => {
    const loaded = parseFrameworkVersion(JSON.stringify(CQC_LA_FRAMEWORK_2023));
    expect(loaded).toEqual(CQC_LA_FRAMEWORK_2023);
    expect(Object.isFrozen(loaded)).toBe(true);
    expect(Object.isFrozen(loaded.qualityStatements[0]?.iStatements)).toBe(true);
  });

  it('has a schema whose output is a FrameworkVersion', () => {
    expectTypeOf<z.output<typeof frameworkVersionSchema>>().toExtend<FrameworkVersion>();
  });

  it('is refused when a statement sits under a theme the version does not have, naming both', () => {
    const version = editableCopy();
    version.qualityStatements[6]!.themeId = 'keeping-safe';
    const error = refusal(version);
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain(
      'quality statement "safeguarding" belongs to theme "keeping-safe", which is not a theme of this framework version',
    );
    expect(error.problems[0]?.path).toEqual(['qualityStatements', 6, 'themeId']);
  });

  it('is refused when a quality statement id appears twice', () => {
    const version = editableCopy();
    version.qualityStatements.push({ ...version.qualityStatements[0]! });
    expect(refusal(version).message).toContain('quality statement "assessing-needs" is listed more than once');
  });

  it('is refused when a theme id appears twice', () => {
    const version = editableCopy();
    version.themes.push({ ...version.themes[3]! });
    expect(refusal(version).message).toContain('theme "leadership" is listed more than once');
  });

  it('is refused when a statement uses an evidence category the version does not include', () => {
    const version = editableCopy();
    version.evidenceCategories = version.evidenceCategories.filter((category) => category.id !== 'processes');
    version.suggestedEvidenceSources = version.suggestedEvidenceSources.filter(
      (list) => list.evidenceCategoryId !== 'processes',
    );
    expect(refusal(version).message).toContain(
      'quality statement "assessing-needs" uses evidence category "processes", which is not an evidence category of this framework version',
    );
  });

  it('is refused when a statement has no applicable evidence categories listed', () => {
    const version = editableCopy();
    delete version.applicableEvidenceCategories['learning-improvement-innovation'];
    expect(refusal(version).message).toContain(
      'quality statement "learning-improvement-innovation" has no list of applicable evidence categories',
    );
  });

  it('is refused when it lists categories or sources for a statement it does not have', () => {
    const version = editableCopy();
    version.applicableEvidenceCategories['workforce-equality-diversity-inclusion'] = ['processes'];
    version.suggestedEvidenceSources.push({
      qualityStatementId: 'capable-compassionate-inclusive-leaders',
      evidenceCategoryId: 'processes',
      sources: ['Leadership structure'],
      provenance: 'seed-002',
    });
    const { message } = refusal(version);
    expect(message).toContain('evidence categories are listed for "workforce-equality-diversity-inclusion"');
    expect(message).toContain('suggested sources are listed for "capable-compassionate-inclusive-leaders"');
  });

  it('is refused with a plain message when the text is not JSON', () => {
    const error = refusal('{"id": "cqc-la-2023",');
    expect(error.message).toBe('This framework version cannot be used: the text is not valid JSON');
  });

  it('is refused field by field when its shape is wrong', () => {
    const version = editableCopy();
    version.id = 'CQC 2023';
    version.effectiveFrom = '2023-02-30';
    const { problems } = refusal(version);
    expect(problems.map((problem) => problem.path)).toEqual([['id'], ['effectiveFrom']]);
    expect(problems[0]?.message).toContain('lower case with words joined by hyphens');
    expect(problems[1]?.message).toContain('not a real calendar date');
  });

  it('is refused whenever a theme that has statements is removed, and the message names the theme', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CQC_LA_FRAMEWORK_2023.themes.map((theme) => theme.id)), (themeId) => {
        const version = editableCopy();
        version.themes = version.themes.filter((theme) => theme.id !== themeId);
        expect(refusal(version).message).toContain(`theme "${themeId}", which is not a theme of this framework version`);
      }),
    );
  });

  it('is refused whenever any statement is duplicated', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FRAMEWORK_VERSIONS), fc.nat(), (shipped, pick) => {
        const version = editableCopy(shipped);
        const statement = version.qualityStatements[pick % version.qualityStatements.length]!;
        version.qualityStatements.push({ ...statement });
        expect(refusal(version).message).toContain(`quality statement "${statement.id}" is listed more than once`);
      }),
    );
  });
});

describe('default applicable evidence categories', () => {
  it('give every statement the four categories CQC uses for local authorities', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}(-[a-z]{1,8}){0,2}$/), { maxLength: 12 }), (ids) => {
        const applicable: Readonly<Record<string, readonly string[]>> = defaultApplicableEvidenceCategories(ids);
        expect(Object.keys(applicable).sort()).toEqual([...ids].sort());
        for (const id of ids) {
          expect(applicable[id]).toEqual([
            'peoples-experience',
            'feedback-from-staff-and-leaders',
            'feedback-from-partners',
            'processes',
          ]);
        }
      }),
    );
  });
});
