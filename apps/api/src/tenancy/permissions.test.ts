import { ACCESS_ROLE_IDS } from '@asc-assure/store';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS, roleAllows, ROLE_PRECEDENCE, type Permission } from './permissions.js';

const permissions = Object.keys(PERMISSIONS) as Permission[];

describe('the permission table', () => {
  it('lets a reader or a peer reviewer change nothing', () => {
    for (const permission of permissions.filter((name) => !name.endsWith('.read'))) {
      expect(roleAllows('reader', permission), permission).toBe(false);
      if (permission !== 'audit.verify') expect(roleAllows('peer-reviewer', permission), permission).toBe(false);
    }
  });

  it("keeps people's case-tracking records from readers and peer reviewers", () => {
    expect(roleAllows('reader', 'case-list.read')).toBe(false);
    expect(roleAllows('peer-reviewer', 'case-list.read')).toBe(false);
    expect(roleAllows('contributor', 'case-list.read')).toBe(true);
  });

  it('gives a more powerful role everything a less powerful one has, from contributor up', () => {
    const ladder = ['contributor', 'council-admin', 'hub-admin'] as const;
    for (const permission of permissions) {
      for (let step = 1; step < ladder.length; step++) {
        const lower = ladder[step - 1];
        const higher = ladder[step];
        if (lower !== undefined && higher !== undefined && roleAllows(lower, permission)) expect(roleAllows(higher, permission), `${higher} ${permission}`).toBe(true);
      }
    }
  });

  it('names every role in the precedence, once', () => {
    expect([...ROLE_PRECEDENCE].sort()).toEqual([...ACCESS_ROLE_IDS].sort());
  });
});
