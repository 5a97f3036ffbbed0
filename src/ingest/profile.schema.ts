import { z } from 'zod';
import { OCCUPATION_CODE_PATTERN, isSlug } from '../model/ids';

/**
 * The occupation profile format of `seeds/` — the one source of truth: the TypeScript
 * types below are inferred from it, and the loader validates every file against it.
 */

const key = z.string().refine(isSlug, { message: 'must be a lower-case slug such as "mass-spectrometry"' });
const text = z.string().trim().min(1, { message: 'must not be empty' });
const usd = z.number().int().nonnegative();
const year = z.number().int().min(1900).max(2100);

export const AUTOMATION_LEVELS = ['AUTOMATABLE', 'AI_ASSISTED', 'HUMAN_CORE'] as const;
export const REQUIREMENTS = ['REQUIRED', 'OPTIONAL'] as const;
export const SENIORITIES = ['JUNIOR', 'MID', 'SENIOR'] as const;
export const AUTOMATION_EXTENTS = ['PART', 'SOME', 'LARGE'] as const;
export const DEMAND_TRENDS = ['RISING', 'STABLE', 'SHRINKING'] as const;
export const ROLE_MOVES = ['PROMOTION', 'SPECIALISATION', 'CAREER_CHANGE', 'TRANSFORMATION', 'UPGRADE'] as const;

const source = z.object({ key, name: text, publisher: text.optional(), covers: z.array(text).min(1) });

const task = z.object({
  key,
  text,
  automationLevel: z.enum(AUTOMATION_LEVELS),
  /** Skills the task draws on; curated where the seed does not say it in words. */
  skills: z.array(key).default([]),
});

const aiApplication = z.object({
  key,
  name: text,
  description: text,
  automates: z.array(z.object({ task: key, extent: z.enum(AUTOMATION_EXTENTS) })).min(1),
});

const skill = z.object({
  key,
  name: text,
  description: text.optional(),
  category: text,
  tools: z.array(text).default([]),
  emerging: z.boolean().default(false),
  demandTrend: z.enum(DEMAND_TRENDS).optional(),
  partOf: key.optional(),
});

const issuer = z.object({ key, name: text, abbreviation: text.optional() });

const certification = z.object({
  key,
  name: text,
  abbreviation: text.optional(),
  issuer: key,
  requirement: z.enum(REQUIREMENTS),
});

const educationLevel = z.object({ key, name: text, rank: z.number().int().min(1).max(12) });

const educationStep = z.object({
  order: z.number().int().positive(),
  name: text,
  durationYears: z.number().positive(),
  costMinUsd: usd,
  costMaxUsd: usd,
  awards: key.optional(),
  preparesFor: key.optional(),
});

const salaryBand = z.object({
  seniority: z.enum(SENIORITIES),
  label: text,
  minYears: z.number().int().nonnegative(),
  maxYears: z.number().int().positive().nullable(),
  minUsd: usd,
  maxUsd: usd,
  setting: text,
  roles: z.array(key).default([]),
  sources: z.array(key).default([]),
});

const laborCertification = z.object({ key, name: text, description: text, issuer: key.optional() });

/** Requirements in the same group are alternatives; every group must be met. */
const visaRequirement = z
  .object({
    group: z.number().int().positive(),
    educationLevel: key.optional(),
    orHigher: z.boolean().default(false),
    minYearsExperience: z.number().int().nonnegative().default(0),
    laborCertification: key.optional(),
  })
  .refine((r) => (r.educationLevel === undefined) !== (r.laborCertification === undefined), {
    message: 'names exactly one of educationLevel or laborCertification',
  });

const visa = z.object({
  key,
  code: text,
  name: text,
  details: text,
  employerSponsored: z.boolean().default(false),
  requires: z.array(visaRequirement).default([]),
  sources: z.array(key).default([]),
});

const role = z.object({
  key,
  name: text,
  seniority: z.enum(SENIORITIES).optional(),
  entry: z.boolean().default(false),
  advancesTo: z.array(z.object({ role: key, move: z.enum(ROLE_MOVES) })).default([]),
  requiresSkills: z.array(key).default([]),
  requiresCertifications: z.array(key).default([]),
});

const upskillingPath = z.object({
  key,
  name: text,
  description: text,
  fromDescription: text,
  fromRole: key,
  teaches: z.array(key).min(1),
  passesThrough: z.array(key).default([]),
  targets: z.array(key).min(1),
});

const outlook = z.object({
  key,
  source: key,
  alsoSources: z.array(key).default([]),
  periodStart: year,
  periodEnd: year,
  growthPercent: z.number(),
  approximate: z.boolean(),
  comparison: text,
  demandDrivers: text,
  mainEmployers: z.array(text).min(1),
  text,
});

export const profileSchema = z
  .object({
    occupation: z.object({
      code: z.string().regex(OCCUPATION_CODE_PATTERN, { message: 'must be a SOC code such as 29-2011' }),
      codeSystem: text,
      title: text,
      singularTitle: text,
      summary: text,
      rating: z.number().min(0),
      ratingScale: z.number().positive(),
      migrationCategory: text,
      aiOutlook: text,
      demandShift: text,
      careerProgression: text,
      sourcesNote: text,
    }),
    sources: z.array(source).min(1),
    tasks: z.array(task),
    aiApplications: z.array(aiApplication),
    skills: z.array(skill),
    issuers: z.array(issuer),
    certifications: z.array(certification),
    educationLevels: z.array(educationLevel),
    educationSteps: z.array(educationStep),
    salaryBands: z.array(salaryBand),
    laborCertifications: z.array(laborCertification),
    visas: z.array(visa),
    roles: z.array(role),
    upskillingPaths: z.array(upskillingPath),
    growthAreas: z.array(z.object({ key, name: text })),
    outlooks: z.array(outlook),
    traits: z.array(z.object({ key, text })),
  })
  .strict();

export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
