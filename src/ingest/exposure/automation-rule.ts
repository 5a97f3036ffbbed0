import type { AUTOMATION_LEVELS } from '../profile.schema';

export type AutomationLevel = (typeof AUTOMATION_LEVELS)[number];

/** The study's exposure labels: E0 not exposed, E1 directly exposed, E2 exposed through LLM-powered software. */
export type ExposureLabel = 'E0' | 'E1' | 'E2';

/** Stored on each task as `automationLevelRule`, so the API can say where a level comes from. */
export const AUTOMATION_LEVEL_RULE = 'gpts-are-gpts human E-label';

/**
 * How a task's label in the study becomes careergraph's automation level. The study's human
 * annotators (`human_exposure_agg`) label a task:
 * - E1 when an LLM alone cuts the time the task takes by half or more (the study's "direct
 *   exposure"): AUTOMATABLE;
 * - E2 when that needs software built on an LLM: AI_ASSISTED;
 * - E0 otherwise: HUMAN_CORE.
 * Why this rule: careergraph's exposure of an occupation is (automatable + ½ AI-assisted) /
 * classified tasks, and the study's β is E1 + ½ E2, so with it an occupation's exposure
 * reproduces the study's human β on the tasks both hold (tests/exposure measure how closely).
 * The human label rather than GPT-4's: humanBeta is what the API compares an occupation's
 * exposure with, and GPT-4's labels stay on the task (aiGpt4Exposure) for whoever prefers them.
 */
export const LEVEL_OF_LABEL: Readonly<Record<ExposureLabel, AutomationLevel>> = {
  E1: 'AUTOMATABLE',
  E2: 'AI_ASSISTED',
  E0: 'HUMAN_CORE',
};

export function automationLevelOf(humanExposure: ExposureLabel): AutomationLevel {
  return LEVEL_OF_LABEL[humanExposure];
}
