import type { GraphNode } from '../../src/model/graph';
import { importProjections } from '../../src/ingest/bls/import-projections';
import type { DatasetImport } from '../../src/ingest/common/dataset';
import { EP_DIR, onetOccupations } from './occupations';
import { amount, publishedCode, rawCrosswalk, rawProjections, sample, type RawRecord } from './raw';

const occupations = onetOccupations();
let t12: Map<string, RawRecord>;
let t17: Map<string, RawRecord>;
let crosswalk: Map<string, string>;
let result: DatasetImport;
let outlooks: Map<string, GraphNode>;
const files: string[] = [];

beforeAll(async () => {
  ({ t12, t17 } = await rawProjections());
  crosswalk = await rawCrosswalk();
  result = await importProjections(EP_DIR, occupations, { onFile: (p) => files.push(`${p.file} ${p.rows}`) });
  outlooks = new Map(result.graph.nodes.filter((n) => n.label === 'Outlook').map((n) => [n.id, n]));
});

const outlookOf = (code: string) => outlooks.get(`outlook:${code}:bls-ep-2022-32`) as GraphNode;
const codeOf = (id: string) => id.slice('occupation:'.length);
const jobs = (thousands: string) => Math.round(Number(thousands) * 1000);

/** The node's figures against the raw Table 1.2 and 1.7 rows of its published code. */
function expectFiguresOf(node: GraphNode, code: string): void {
  const p = t12.get(code) as RawRecord;
  const c = t17.get(code) as RawRecord;
  expect(node.props).toMatchObject({
    publishedCode: code,
    publishedTitle: p['2022 National Employment Matrix title'],
    employmentStart: jobs(p['Employment, 2022']),
    employmentEnd: jobs(p['Employment, 2032']),
    employmentChange: jobs(p['Employment change, numeric, 2022-32']),
    growthPercent: Number(p['Employment change, percent, 2022-32']),
    annualOpenings: jobs(p['Occupational openings, 2022-32 annual average']),
  });
  const wage = c['Median annual wage, 2022'];
  if (/^\d+$/.test(wage)) expect(node.props).toMatchObject({ medianWage: Number(wage), medianWageYear: 2022, topCoded: [] });
  else expect(node.props.medianWage).toBeUndefined();
  const words = (w: string) => (w === '—' ? undefined : w);
  expect(node.props.entryEducation).toBe(words(c['Typical education needed for entry']));
  expect(node.props.workExperience).toBe(words(c['Work experience in a related occupation']));
  expect(node.props.onTheJobTraining).toBe(words(c['Typical on-the-job training needed to attain competency in the occupation']));
}

describe('Employment Projections 2022-32 from the raw workbook', () => {
  it('gives 29-2011 and 29-2012 the 4.9% of 29-2010, clinical laboratory technologists and technicians', () => {
    expect(t12.get('29-2010')?.['Employment change, percent, 2022-32']).toBe('4.9');
    for (const code of ['29-2011', '29-2012']) {
      const node = outlookOf(code);
      expect(node.props).toMatchObject({ growthPercent: 4.9, publishedCode: '29-2010', aggregated: true, periodStart: 2022, periodEnd: 2032 });
      expectFiguresOf(node, '29-2010');
    }
  });

  it('compares growth with the all-occupation change read from the file, not a constant', () => {
    const average = Number(t12.get('00-0000')?.['Employment change, percent, 2022-32']);
    expect(outlookOf('29-2011').props.comparison).toBe(`faster than the average for all occupations (${average.toFixed(1)}%)`);
    expect(result.report.notes).toContain(`all-occupation change (00-0000): ${average}%`);
  });

  it('matches a fixed sample of 25 occupations with their source rows', () => {
    const matched = occupations.filter((o) => publishedCode(o.onetCode, t12, crosswalk) !== undefined);
    for (const o of sample(matched, 25, 20220932)) {
      const code = publishedCode(o.onetCode, t12, crosswalk) as string;
      const node = outlookOf(codeOf(o.id));
      expectFiguresOf(node, code);
      expect(node.props.aggregated).toBe(code !== o.onetCode.slice(0, 7));
    }
  });

  it('reaches every occupation the raw tables and crosswalk allow; the military ones have no rows', () => {
    const reachable = occupations.filter((o) => publishedCode(o.onetCode, t12, crosswalk) !== undefined);
    expect(outlooks.size).toBe(reachable.length);
    expect(occupations.filter((o) => !publishedCode(o.onetCode, t12, crosswalk)).every((o) => o.onetCode.startsWith('55-'))).toBe(true);
  });

  it('keeps a top-coded median wage (">=$...") out of the numbers and names it in topCoded', () => {
    const o = occupations.find((x) => t17.get(x.onetCode.slice(0, 7))?.['Median annual wage, 2022'].startsWith('>='));
    const raw = t17.get(o?.onetCode.slice(0, 7) ?? '') as RawRecord;
    const node = outlookOf(codeOf(o?.id ?? ''));
    expect(node.props.medianWage).toBeUndefined();
    expect(node.props).toMatchObject({ topCoded: ['medianWage'], medianWageTopCode: amount(raw['Median annual wage, 2022'].replace(/^>=\$?/, '')) });
  });

  it('states the figures in one sentence and meets the Outlook type', () => {
    const p = t12.get('29-2010') as RawRecord;
    const n = (thousands: string) => jobs(thousands).toLocaleString('en-US');
    expect(outlookOf('29-2011').props).toMatchObject({
      text:
        `BLS projects employment of clinical laboratory technologists and technicians to grow 4.9% from 2022 to 2032 ` +
        `(${n(p['Employment, 2022'])} to ${n(p['Employment, 2032'])} jobs), with about ${n(p['Occupational openings, 2022-32 annual average'])} openings a year.`,
      approximate: false,
      mainEmployers: [],
      growthCategory: 'FASTER',
    });
  });

  it('links each outlook after the curated one (rank 100), with provenance, and reports what it read', () => {
    const provenance = { source: 'BLS Employment Projections 2022-32', sourceId: 'source:bls-ep-2022-32' };
    const edges = result.graph.edges.filter((e) => e.from === 'occupation:29-2011' || e.from === 'outlook:29-2011:bls-ep-2022-32');
    expect(edges.map((e) => [e.type, e.to, e.props])).toEqual(
      expect.arrayContaining([
        ['HAS_OUTLOOK', 'outlook:29-2011:bls-ep-2022-32', { rank: 100, ...provenance, facet: 'outlook' }],
        ['SOURCED_FROM', 'source:bls-ep-2022-32', { rank: 0, ...provenance, facet: 'outlook' }],
        ['CITES', 'source:bls-ep-2022-32', { rank: 1002, ...provenance, facet: 'source' }],
      ]),
    );
    expect(result.supersession.facets).toEqual(['outlook']);
    expect(files).toEqual([`occupation.xlsx ${t12.size + t17.size}`, `nem-onet-to-soc-crosswalk.xlsx ${crosswalk.size}`]);
    expect(result.report.warnings).toEqual([]);
  });
});
