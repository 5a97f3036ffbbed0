import type { FileSpec } from '../common/columns';

export const CODE_COLUMN = 'O*NET-SOC Code';

/** The study's labels of one task: the cells copied onto the task as published. */
export const LABEL_COLUMNS = {
  humanExposure: 'human_exposure_agg',
  gpt4Exposure: 'gpt4_exposure',
  gpt4ExposureAltRubric: 'gpt4_exposure_alt_rubric',
  gpt3Relevant: 'gpt_3_relevant',
  gpt4Automation: 'gpt4_automation',
  alpha: 'alpha',
  beta: 'beta',
  gamma: 'gamma',
  automation: 'automation',
  humanLabels: 'human_labels',
} as const;

/** The occupation-level scores: the paper's `dv_rating` is GPT-4's, `human_rating` its annotators'. */
export const SCORE_COLUMNS = {
  humanAlpha: 'human_rating_alpha',
  humanBeta: 'human_rating_beta',
  humanGamma: 'human_rating_gamma',
  gpt4Alpha: 'dv_rating_alpha',
  gpt4Beta: 'dv_rating_beta',
  gpt4Gamma: 'dv_rating_gamma',
} as const;

/**
 * The files read, by published name (seeds/data gzips them). Columns go by header: the label
 * file's first column is pandas' row index with an empty header, and its Task Type and Title
 * are the study's copy of O*NET 27.0, which the graph already holds from O*NET itself.
 */
export const EXPOSURE_FILES = {
  labels: { file: 'full_labelset.tsv', delimiter: '\t', required: [CODE_COLUMN, 'Task ID', 'Task', ...Object.values(LABEL_COLUMNS)] },
  scores: { file: 'occ_level.csv', delimiter: ',', required: [CODE_COLUMN, ...Object.values(SCORE_COLUMNS)] },
} as const satisfies Record<string, FileSpec & { delimiter: string }>;
