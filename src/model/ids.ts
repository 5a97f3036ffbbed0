/** Stable node ids derived from natural keys, so the same fact loaded twice is one node. */

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SOC_CODE_PATTERN = /^\d{2}-\d{4}$/;
/** Either a SOC code (29-2011) or an O*NET-SOC code (29-2011.00). */
export const OCCUPATION_CODE_PATTERN = /^\d{2}-\d{4}(?:\.\d{2})?$/;
/** What the API says of a code OCCUPATION_CODE_PATTERN refuses, after the argument's name. */
export const OCCUPATION_CODE_RULE = 'must be a SOC code such as 29-2011 or an O*NET-SOC code such as 29-2011.01';

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const nodeId = {
  occupation: (code: string) => `occupation:${code}`,
  task: (occupationCode: string, key: string) => `task:${occupationCode}:${key}`,
  aiApplication: (key: string) => `ai-application:${key}`,
  skill: (key: string) => `skill:${key}`,
  certification: (key: string) => `certification:${key}`,
  issuer: (key: string) => `issuer:${key}`,
  educationStep: (occupationCode: string, order: number) => `education-step:${occupationCode}:${order}`,
  educationLevel: (key: string) => `education-level:${key}`,
  laborCertification: (key: string) => `labor-certification:${key}`,
  salaryBand: (occupationCode: string, seniority: string) => `salary-band:${occupationCode}:${seniority.toLowerCase()}`,
  visa: (key: string) => `visa:${key}`,
  growthArea: (key: string) => `growth-area:${key}`,
  outlook: (occupationCode: string, key: string) => `outlook:${occupationCode}:${key}`,
  role: (key: string) => `role:${key}`,
  upskillingPath: (key: string) => `upskilling-path:${key}`,
  trait: (key: string) => `trait:${key}`,
  source: (key: string) => `source:${key}`,
  jobZone: (zone: number) => `job-zone:${zone}`,
  interest: (key: string) => `interest:${key}`,
  experienceLevel: (category: number) => `experience-level:${category}`,
  trainingLevel: (scale: 'on-site' | 'on-the-job', category: number) => `training-level:${scale}-${category}`,
  wage: (occupationCode: string, key: string) => `wage:${occupationCode}:${key}`,
  aiExposureScore: (occupationCode: string, key: string) => `ai-exposure:${occupationCode}:${key}`,
};

/** The code in an occupation's id: O*NET-SOC `dd-dddd.00` is the SOC occupation `dd-dddd`; other suffixes are their own. */
export function occupationKey(code: string): string {
  return code.endsWith('.00') ? code.slice(0, 7) : code;
}

/** The id of the occupation a SOC or O*NET-SOC code names. */
export function occupationId(code: string): string {
  return nodeId.occupation(occupationKey(code));
}
