import type { GraphData, GraphNode } from '../../src/model/graph';
import { importOews } from '../../src/ingest/bls/import-oews';
import type { DatasetImport } from '../../src/ingest/common/dataset';
import { OEWS_CSV, onetOccupations } from './occupations';
import { amount, publishedCode, rawCrosswalk, rawOews, sample, type RawRecord } from './raw';

/** Wage node key → OEWS column: the mapping under test, restated. */
const COLUMNS: Array<[string, string]> = [
  ['hourlyMean', 'H_MEAN'],
  ['hourlyP10', 'H_PCT10'],
  ['hourlyP25', 'H_PCT25'],
  ['hourlyMedian', 'H_MEDIAN'],
  ['hourlyP75', 'H_PCT75'],
  ['hourlyP90', 'H_PCT90'],
  ['annualMean', 'A_MEAN'],
  ['annualP10', 'A_PCT10'],
  ['annualP25', 'A_PCT25'],
  ['annualMedian', 'A_MEDIAN'],
  ['annualP75', 'A_PCT75'],
  ['annualP90', 'A_PCT90'],
];

const occupations = onetOccupations();
const raw = rawOews();
let crosswalk: Map<string, string>;
let result: DatasetImport;
let wages: Map<string, GraphNode>;

beforeAll(async () => {
  crosswalk = await rawCrosswalk();
  result = await importOews(OEWS_CSV, occupations);
  wages = new Map(result.graph.nodes.filter((n) => n.label === 'WageStatistic').map((n) => [n.id, n]));
});

const wageOf = (code: string) => wages.get(`wage:${code}:oews-2021`);
const codeOf = (id: string) => id.slice('occupation:'.length);

/** Every wage figure of the node against the raw row: numbers equal, # named in topCoded, * absent. */
function expectWagesOf(node: GraphNode, row: RawRecord): void {
  const topCoded: string[] = [];
  for (const [key, column] of COLUMNS) {
    const cell = row[column];
    if (cell === '#') topCoded.push(key);
    if (cell === '#' || cell === '*') expect(node.props[key]).toBeUndefined();
    else expect({ key, value: node.props[key] }).toEqual({ key, value: amount(cell) });
  }
  expect(node.props.topCoded).toEqual(topCoded.sort());
  expect(node.props.employment).toBe(row.TOT_EMP === '**' || row.TOT_EMP === '*' ? undefined : amount(row.TOT_EMP));
  expect(node.props.hourlyOnly).toBe(row.HOURLY === 'TRUE');
  expect(node.props.annualOnly).toBe(row.ANNUAL === 'TRUE');
  expect(node.props.publishedCode).toBe(row.OCC_CODE);
  expect(node.props.publishedTitle).toBe(row.OCC_TITLE);
}

describe('OEWS May 2021 wages from the raw file', () => {
  it('reaches as many occupations as the raw file and crosswalk allow (996 of 1,016, as seeds/data/README.md says)', () => {
    const reachable = occupations.filter((o) => publishedCode(o.onetCode, raw, crosswalk) !== undefined);
    expect(wages.size).toBe(reachable.length);
    expect(reachable.length).toBe(996);
    expect(occupations.filter((o) => o.onetCode.startsWith('55-')).every((o) => !wageOf(codeOf(o.id)))).toBe(true);
    expect(result.report.notes[0]).toContain('996 of 1016 occupations matched');
  });

  it('gives 15-1251 every figure of its OCC_CODE row', () => {
    const node = wageOf('15-1251') as GraphNode;
    expectWagesOf(node, raw.get('15-1251') as RawRecord);
    expect(node.props).toMatchObject({ year: 2021, period: 'May 2021', aggregated: false, hourlyTopCode: 100, annualTopCode: 208000 });
  });

  it('matches a fixed sample of 25 occupations with their source rows', () => {
    const matched = occupations.filter((o) => publishedCode(o.onetCode, raw, crosswalk) !== undefined);
    for (const o of sample(matched, 25, 20210531)) {
      const code = publishedCode(o.onetCode, raw, crosswalk) as string;
      const node = wageOf(codeOf(o.id)) as GraphNode;
      expectWagesOf(node, raw.get(code) as RawRecord);
      expect(node.props.aggregated).toBe(code !== o.onetCode.slice(0, 7));
    }
  });

  it('reaches 29-2011 and 29-2012 through the crosswalk as 29-2010, clinical laboratory technologists and technicians', () => {
    for (const code of ['29-2011', '29-2012']) {
      const node = wageOf(code) as GraphNode;
      expect(node.props).toMatchObject({ publishedCode: '29-2010', aggregated: true });
      expectWagesOf(node, raw.get('29-2010') as RawRecord);
    }
  });

  it('keeps a top-coded (#) wage out of the numbers and names it in topCoded', () => {
    const topCoded = occupations.find((o) => {
      const r = raw.get(o.onetCode.slice(0, 7));
      return r && r.A_MEDIAN === '#';
    });
    const node = wageOf(codeOf(topCoded?.id ?? '')) as GraphNode;
    expect(node.props.annualMedian).toBeUndefined();
    expect(node.props.topCoded).toContain('annualMedian');
    expect(node.props.annualTopCode).toBe(208000);
  });

  it('leaves a * figure absent and flags an hourly-only occupation', () => {
    const hourly = occupations.find((o) => raw.get(o.onetCode.slice(0, 7))?.HOURLY === 'TRUE');
    const row = raw.get(hourly?.onetCode.slice(0, 7) ?? '') as RawRecord;
    expect(row.A_MEAN).toBe('*');
    const node = wageOf(codeOf(hourly?.id ?? '')) as GraphNode;
    expect(node.props).toMatchObject({ hourlyOnly: true, annualOnly: false, hourlyMean: amount(row.H_MEAN) });
    expect(Object.keys(node.props).filter((k) => k.startsWith('annual') && k !== 'annualOnly' && k !== 'annualTopCode')).toEqual([]);
  });

  it('links each wage to its occupation and the release, with provenance on nodes and edges', () => {
    const graph: GraphData = result.graph;
    const provenance = { source: 'BLS OEWS May 2021', sourceId: 'source:bls-oews-2021' };
    expect(graph.nodes.find((n) => n.id === 'source:bls-oews-2021')?.props).toMatchObject({
      dataset: 'bls-oews',
      release: '2021',
      covers: ['wage'],
      attribution: 'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2021',
      origin: expect.stringContaining('0471612fef3cc22b74fb884d27bff9dbd3770582'),
    });
    expect(wageOf('29-2011')?.props).toMatchObject({ ...provenance, facet: 'wage' });
    const edges = graph.edges.filter((e) => e.from === 'occupation:29-2011' || e.from === 'wage:29-2011:oews-2021');
    expect(edges.map((e) => [e.type, e.from, e.to, e.props])).toEqual(
      expect.arrayContaining([
        ['HAS_WAGE', 'occupation:29-2011', 'wage:29-2011:oews-2021', { rank: 0, ...provenance, facet: 'wage' }],
        ['SOURCED_FROM', 'wage:29-2011:oews-2021', 'source:bls-oews-2021', { rank: 0, ...provenance, facet: 'wage' }],
        ['CITES', 'occupation:29-2011', 'source:bls-oews-2021', { rank: 1001, ...provenance, facet: 'source' }],
      ]),
    );
    expect(edges).toHaveLength(3);
    expect(result.supersession).toEqual({ dataset: 'bls-oews', release: '2021', sourceId: 'source:bls-oews-2021', facets: ['wage'] });
  });
});
