import { z } from 'zod';
import { CATALOGUE_MESSAGES } from './catalogue-messages.js';

/** Stable ids in catalogue data: lower-case words joined by hyphens. */
export const KEBAB_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable kebab-case id, as used for themes, quality statements and checklist items. */
export const kebabIdSchema = z.string().regex(KEBAB_ID_PATTERN, CATALOGUE_MESSAGES.kebabId);

/** Display text: trimmed, never empty. */
export const displayTextSchema = z.string().trim().min(1, CATALOGUE_MESSAGES.notBlank);
