import { importOnet } from '../../src/ingest/onet/import-onet';
import type { GraphData } from '../../src/model/graph';
import { searchWords } from '../../src/model/search-text';
import { removeFixtures, SKILLS_27, validFiles, writeFolder } from './fixtures';

afterAll(removeFixtures);

let graph: GraphData;
beforeAll(() => {
  graph = importOnet(writeFolder({ ...validFiles(), 'Skills.txt': SKILLS_27 })).graph;
});

/** The provenance every fact of a facet of this release carries (src/model/provenance.ts). */
const PROV = (facet: string) => ({ source: 'O*NET 27.0', sourceId: 'source:onet-27-0', facet });
const node = (id: string) => graph.nodes.find((n) => n.id === id);
const edges = (type: string, from?: string) => graph.edges.filter((e) => e.type === type && (!from || e.from === from));

describe('O*NET → graph mapping', () => {
  it('maps dd-dddd.00 to the SOC occupation and other suffixes to their own node SPECIALISING it', () => {
    expect(node('occupation:29-2011')?.props).toMatchObject({
      code: '29-2011',
      onetCode: '29-2011.00',
      codeSystem: 'SOC',
      title: 'Medical and Clinical Laboratory Technologists',
      onetDescription: 'Perform complex medical laboratory tests.',
      jobZone: 4,
      onetRelease: '27.0',
    });
    expect(node('occupation:29-2011')?.props).not.toHaveProperty('summary');
    expect(node('occupation:29-2011.01')?.props).toMatchObject({ code: '29-2011.01', onetCode: '29-2011.01', codeSystem: 'O*NET-SOC' });
    expect(edges('SPECIALISES')).toEqual([
      { type: 'SPECIALISES', from: 'occupation:29-2011.01', to: 'occupation:29-2011', props: { rank: 0, ...PROV('occupation') } },
    ]);
    // 15-1252.00 is not in this import, so 15-1252.01 specialises nothing here.
    expect(node('occupation:15-1252.01')).toBeDefined();
  });

  it('makes alternate titles, short titles and codes searchable, with search fields built as the profile ingest does', () => {
    const props = node('occupation:29-2011')?.props ?? {};
    expect(props.alternateTitles).toEqual(['Histotechnologist', 'Medical Technologist (MT)']);
    expect(String(props.searchText).split(' ')).toEqual(expect.arrayContaining(['histotechnologist', 'mt', '29', '2011']));
    for (const n of graph.nodes) expect(n.props.searchName).toBe(searchWords(String(n.props.name)).join(' '));
  });

  it('links job zones and the data source, and marks every edge with the release', () => {
    expect(node('job-zone:4')?.props).toMatchObject({ zone: 4, name: 'Job Zone Four: Considerable Preparation Needed', svpRange: '(7.0 to < 8.0)' });
    expect(edges('IN_JOB_ZONE').map((e) => [e.from, e.to])).toEqual([
      ['occupation:29-2011', 'job-zone:4'],
      ['occupation:11-9111', 'job-zone:5'],
    ]);
    expect(node('source:onet-27-0')?.props).toMatchObject({
      name: 'O*NET 27.0 Database',
      license: 'CC BY 4.0',
      publisher: 'U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)',
    });
    expect(node('source:onet-27-0')?.props.attribution).toBe(
      'O*NET 27.0 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under ' +
        'the Creative Commons Attribution 4.0 International License (https://www.onetcenter.org/license_db.html). ' +
        'O*NET® is a trademark of USDOL/ETA.',
    );
    expect(edges('CITES')).toHaveLength(graph.nodes.filter((n) => n.label === 'Occupation').length);
    expect(graph.edges.every((e) => e.props.source === 'O*NET 27.0' && e.props.sourceId === 'source:onet-27-0' && typeof e.props.rank === 'number')).toBe(true);
    expect(new Set(graph.edges.map((e) => e.props.facet))).toEqual(
      new Set(['occupation', 'source', 'job-zone', 'education', 'related-occupation', 'technology', 'task', 'skill', 'similarity', 'skill-estimate']),
    );
  });

  it('orders related occupations by tier then index, weighted by tier', () => {
    expect(edges('RELATED_TO').map((e) => [e.to, e.props.tier, e.props.index, e.props.weight, e.props.rank])).toEqual([
      ['occupation:29-2011.01', 'PRIMARY_SHORT', 1, 1, 0],
      ['occupation:11-9111', 'SUPPLEMENTAL', 11, 0.5, 1],
    ]);
  });

  it('keys education levels to merge with the seed and links levels above 0 %, marking the modal one', () => {
    expect(node('education-level:bachelors-degree')?.props).toMatchObject({ name: "Bachelor's degree", rank: 6 });
    expect(node('education-level:associates-degree')?.props).toMatchObject({ name: "Associate's degree", rank: 5 });
    expect(node('education-level:masters-degree')?.props).toMatchObject({ name: "Master's degree", rank: 8 });
    expect(edges('REQUIRES_EDUCATION').map((e) => [e.to, e.props.percent, e.props.modal, e.props.rank])).toEqual([
      ['education-level:associates-degree', 30.1, false, 5],
      ['education-level:bachelors-degree', 59.36, true, 6],
    ]);
    expect(node('occupation:29-2011.01')?.props.professionalCertificationImportance).toBe(4.14);
  });

  it('keys technologies by product, keeping C, C# and C++ apart', () => {
    expect(edges('USES_TECHNOLOGY', 'occupation:29-2011').map((e) => [e.to, e.props.hotTechnology, e.props.rank])).toEqual([
      ['skill:tech-c-sharp', true, 0],
      ['skill:tech-c-plus-plus', false, 1],
    ]);
    expect(node('skill:tech-c')?.props).toMatchObject({
      name: 'C',
      kind: 'TECHNOLOGY',
      category: 'Object or component oriented development software',
      commodityCode: 43232405,
    });
    // This release has no In Demand column, so the edges do not claim a value for it.
    expect(edges('USES_TECHNOLOGY').some((e) => 'inDemand' in e.props)).toBe(false);
  });

  it('makes one task per O*NET Task ID, core first, with no automation level', () => {
    expect(edges('HAS_TASK', 'occupation:29-2011').map((e) => [e.to, e.props.rank])).toEqual([
      ['task:29-2011:onet-1887', 1000],
      ['task:29-2011:onet-1901', 1001],
    ]);
    expect(node('task:29-2011:onet-1887')?.props).toMatchObject({
      text: 'Conduct chemical analysis of body fluids.',
      taskType: 'CORE',
      occupationCode: '29-2011',
      onetTaskId: 1887,
    });
    expect(node('task:29-2011:onet-1887')?.props).not.toHaveProperty('automationLevel');
    // No type in this release: null, which removes a type an older release gave the task.
    expect(node('task:29-2011.01:onet-20001')?.props.taskType).toBeNull();
  });

  it('joins IM and LV rows into one REQUIRES_SKILL edge, ranked by importance, flags kept', () => {
    expect(node('skill:onet-2-a-1-a')?.props).toMatchObject({ name: 'Reading Comprehension', category: 'O*NET Skill', kind: 'SKILL', elementId: '2.A.1.a' });
    expect(edges('REQUIRES_SKILL').map((e) => ({ to: e.to, ...e.props }))).toEqual([
      // The LV row of Active Listening is suppressed and not relevant; its IM row is neither.
      { to: 'skill:onet-2-a-1-b', importance: 4, level: 0, rank: 1000, ...PROV('skill'), levelSuppressed: true, notRelevant: true },
      { to: 'skill:onet-2-a-1-a', importance: 3.88, level: 4.5, rank: 1001, ...PROV('skill') },
    ]);
  });
});
