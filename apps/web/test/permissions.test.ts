import { PERMISSIONS } from '@asc-assure/api';
import { describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../src/app/permissions.js';

describe('what the dashboard offers each role', () => {
  it('is exactly what the API allows, so no role is offered an action the API would refuse', () => {
    expect(ROLE_PERMISSIONS).toEqual(PERMISSIONS);
  });
});
