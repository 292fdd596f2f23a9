import { z } from 'zod';
import type { ThemeId } from '../ids.js';
import { displayTextSchema, kebabIdSchema } from './catalogue-fields.js';
import { deepFreeze } from './deep-freeze.js';

/**
 * One of the themes the quality statements are grouped under.
 *
 * `Id` is a plain string for a framework version loaded from JSON; the shipped current version
 * narrows it to {@link ThemeId}.
 */
export interface Theme<Id extends string = string> {
  /** Stable id, never renamed: `working-with-people`. */
  readonly id: Id;
  /** CQC's title: "How local authorities work with people". */
  readonly title: string;
  /** The short form councils use in tables: "Working with people". */
  readonly shortTitle: string;
  /** What the theme covers, as CQC lists it: "assessing needs, care planning and review, ...". */
  readonly scope: string;
}

/** Validates one theme of a framework version. */
export const themeSchema = z.object({
  id: kebabIdSchema,
  title: displayTextSchema,
  shortTitle: displayTextSchema,
  scope: displayTextSchema,
});

/**
 * The four themes of CQC's local authority assessment framework, in CQC's order. Titles are
 * CQC's; scope lines are as CQC's framework slides list them (seed 001, Trafford 2024).
 */
export const CQC_LA_THEMES = deepFreeze([
  {
    id: 'working-with-people',
    title: 'How local authorities work with people',
    shortTitle: 'Working with people',
    scope:
      'assessing needs, care planning and review, direct payments, charging, supporting people to live healthier lives, prevention, wellbeing, information and advice',
  },
  {
    id: 'providing-support',
    title: 'How local authorities provide support',
    shortTitle: 'Providing support',
    scope: 'market shaping, commissioning, workforce capacity and capability, integration and partnership working',
  },
  {
    id: 'ensuring-safety',
    title: 'How local authorities ensure safety within the system',
    shortTitle: 'Ensuring safety',
    scope:
      'safeguarding enquiries, reviews, Safeguarding Adults Board, safe systems, pathways and continuity of care',
  },
  {
    id: 'leadership',
    title: 'Leadership',
    shortTitle: 'Leadership',
    scope: 'culture, strategic planning, learning, improvement, innovation, governance, management and sustainability',
  },
] as const satisfies readonly Theme<ThemeId>[]);

/** A theme of the current framework, typed precisely. */
export type CurrentTheme = (typeof CQC_LA_THEMES)[number];
