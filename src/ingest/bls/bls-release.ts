import type { DataSetRelease } from '../common/dataset';

const PUBLISHER = 'U.S. Bureau of Labor Statistics';
const LICENSE = 'Public domain (U.S. federal government data); cite the release';
const ORIGIN_REPO = 'github.com/openai/GPTs-are-GPTs at commit 0471612fef3cc22b74fb884d27bff9dbd3770582';

/** A BLS release, with the key of its fact node ids and where its CITES edge sorts (after O*NET's 1000). */
export interface BlsRelease extends DataSetRelease {
  factKey: string;
  citesRank: number;
}

export const OEWS_RELEASE: BlsRelease = {
  dataset: 'bls-oews',
  release: '2021',
  label: 'BLS OEWS May 2021',
  name: 'Occupational Employment and Wage Statistics, May 2021 (national, cross-industry)',
  publisher: PUBLISHER,
  license: LICENSE,
  url: 'https://www.bls.gov/oes/tables.htm',
  attribution: 'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2021',
  // The repository names the file national_May2021_dl.csv; seeds/data keeps BLS's own name.
  origin: `${ORIGIN_REPO}, data/national_May2021_dl.csv`,
  factKey: 'oews-2021',
  citesRank: 1001,
};

export const EP_RELEASE: BlsRelease = {
  dataset: 'bls-ep',
  release: '2022-32',
  label: 'BLS Employment Projections 2022-32',
  name: 'Employment Projections 2022-32 (occupation.xlsx, with the NEM to O*NET-SOC crosswalk of 2023-09-06)',
  publisher: PUBLISHER,
  license: LICENSE,
  url: 'https://www.bls.gov/emp/tables.htm',
  attribution: 'U.S. Bureau of Labor Statistics, Employment Projections 2022-32',
  origin: `${ORIGIN_REPO}, data/occupation_2023_final.xlsx (here occupation.xlsx) and data/nem-onet-to-soc-crosswalk.xlsx`,
  factKey: 'bls-ep-2022-32',
  citesRank: 1002,
};

/**
 * OEWS May 2021 publishes `#` for a wage at or above these amounts (the file's notes): a lower
 * bound, not a figure. They go on every wage node so a client can say "≥ $208,000".
 */
export const OEWS_TOP_CODES = { hourly: 100, annual: 208000 } as const;

/** The period every OEWS May 2021 figure describes. */
export const OEWS_PERIOD = { year: 2021, period: 'May 2021' } as const;

/** The projection decade, and the year of the median wage Table 1.7 publishes beside it. */
export const EP_PERIOD = { start: 2022, end: 2032, wageYear: 2022 } as const;
