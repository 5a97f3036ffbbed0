import type { DataSetRelease } from '../common/dataset';

const TITLE = 'GPTs are GPTs: Labor market impact potential of LLMs';
const AUTHORS = 'Tyna Eloundou, Sam Manning, Pamela Mishkin and Daniel Rock';

/** The study's data as published with the paper (the repository's `data/` folder). */
export const GPTS_ARE_GPTS: DataSetRelease = {
  dataset: 'gpts-are-gpts',
  release: '2024',
  label: 'GPTs are GPTs (2024)',
  name: 'GPTs are GPTs: task exposure to large language models',
  publisher: 'Eloundou, Manning, Mishkin and Rock (Science, 2024)',
  license: 'MIT',
  url: 'https://github.com/openai/GPTs-are-GPTs',
  attribution: `${AUTHORS}, "${TITLE}", Science (2024). Data under the MIT licence, copyright (c) 2024 OpenAI.`,
  origin: 'github.com/openai/GPTs-are-GPTs at commit 0471612fef3cc22b74fb884d27bff9dbd3770582, data/ (full_labelset.tsv, occ_level.csv)',
};

/** The kinds of fact this import holds: the DataSource's `covers` and what a newer release replaces. */
export const EXPOSURE_FACETS = { tasks: 'task-exposure', occupations: 'occupation-exposure', sources: 'source' } as const;

/** Key of the score node ids (`ai-exposure:29-2011:gpts-are-gpts-2024`): one per occupation and release. */
export const SCORE_KEY = `${GPTS_ARE_GPTS.dataset}-${GPTS_ARE_GPTS.release}`;

/** Where the study sorts among an occupation's sources: after O*NET (1000) and BLS (1001, 1002). */
export const CITES_RANK = 1003;
