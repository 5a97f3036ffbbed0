import { parse } from 'csv-parse/sync';
import { LEVEL_OF_LABEL } from '../../src/ingest/exposure/automation-rule';
import { importAiExposure } from '../../src/ingest/exposure/import-ai-exposure';
import type { KnownNodes } from '../../src/ingest/exposure/known-nodes';
import type { DatasetImport } from '../../src/ingest/common/dataset';
import type { GraphNode } from '../../src/model/graph';
import { EXPOSURE_DIR, onetGraph, rawRecords, seededSample, taskIdOf } from './fixtures';

jest.setTimeout(120000);

let known: Required<KnownNodes>;
let result: DatasetImport;
let tasks: Map<string, GraphNode>;
const labels = rawRecords('full_labelset.tsv.gz', '\t');
const scores = rawRecords('occ_level.csv.gz', ',');

beforeAll(() => {
  known = onetGraph().known;
  result = importAiExposure(EXPOSURE_DIR, known);
  tasks = new Map(result.graph.nodes.filter((n) => n.label === 'Task').map((n) => [n.id, n]));
});

const note = (pattern: RegExp) => result.report.notes.find((n) => pattern.test(n));

describe('the GPTs-are-GPTs task labels on O*NET 29.3', () => {
  it('label 18,751 tasks and report the 514 labels whose task 29.3 no longer has', () => {
    const inGraph = labels.filter((r) => known.taskIds.has(taskIdOf(r)));
    expect(labels).toHaveLength(19265);
    expect(inGraph).toHaveLength(18751);
    expect(tasks.size).toBe(18751);
    expect([...tasks.keys()].sort()).toEqual(inGraph.map(taskIdOf).sort());
    expect(note(/task labels written/)).toMatch(/^18751 of 19265 task labels written .*; 45 O\*NET tasks of the graph have no label$/);
    expect(note(/do(es)? not hold/)).toMatch(/^514 labels name a task the graph does not hold/);
    expect(result.report).toMatchObject({ warnings: [], skipped: {} });
  });

  it("copy the study's labels as published, for a fixed pseudo-random sample of 50 tasks", () => {
    const sample = seededSample(
      labels.filter((r) => known.taskIds.has(taskIdOf(r))),
      50,
      20240621,
    );
    for (const r of sample) {
      expect(tasks.get(taskIdOf(r))?.props).toEqual({
        aiHumanExposure: r.human_exposure_agg,
        aiGpt4Exposure: r.gpt4_exposure,
        aiGpt4ExposureAltRubric: r.gpt4_exposure_alt_rubric,
        aiGpt4Automation: r.gpt4_automation,
        aiGpt3Relevant: r.gpt_3_relevant === 'True',
        aiAlpha: Number(r.alpha),
        aiBeta: Number(r.beta),
        aiGamma: Number(r.gamma),
        aiAutomation: Number(r.automation),
        aiHumanLabels: r.human_labels,
        automationLevel: LEVEL_OF_LABEL[r.human_exposure_agg as 'E0' | 'E1' | 'E2'],
        automationLevelRule: 'gpts-are-gpts human E-label',
        aiExposureSourceId: 'source:gpts-are-gpts-2024',
      });
    }
  });

  it('give every labelled task exactly one level: E1 automatable, E2 AI-assisted, E0 human-core', () => {
    expect(LEVEL_OF_LABEL).toEqual({ E1: 'AUTOMATABLE', E2: 'AI_ASSISTED', E0: 'HUMAN_CORE' });
    const human = new Map(labels.map((r) => [taskIdOf(r), r.human_exposure_agg]));
    const expected = { E1: 'AUTOMATABLE', E2: 'AI_ASSISTED', E0: 'HUMAN_CORE' } as Record<string, string>;
    // One expect over all tasks: 18,751 expect calls would take seconds.
    const wrong = [...tasks].filter(([id, n]) => !/^task:[^:]+:onet-\d+$/.test(id) || n.props.automationLevel !== expected[human.get(id) as string]);
    expect(wrong).toEqual([]);
  });

  it("patch only the labelled keys: no name, search fields or provenance that would overwrite O*NET's", () => {
    const foreign = ['name', 'text', 'searchText', 'searchName', 'source', 'sourceId', 'facet'];
    expect([...tasks.values()].filter((n) => foreign.some((key) => key in n.props))).toEqual([]);
  });

  it('keep the labels of the 53 tasks O*NET 29.3 rewords, and report them', () => {
    // The O*NET reader does not yet undo the quoting of its own files ("Conduct ""head counts""...");
    // those tasks read as reworded until it does. Unquoted on both sides, 53 are truly reworded.
    const unquote = (s: string): string => (s.startsWith('"') ? parse(s, { delimiter: '\t' })[0][0] : s);
    const differ = labels.filter((r) => tasks.has(taskIdOf(r)) && known.taskTexts.get(taskIdOf(r)) !== r.Task);
    const reworded = differ.filter((r) => unquote(known.taskTexts.get(taskIdOf(r)) as string) !== r.Task);
    expect(reworded).toHaveLength(53);
    expect(note(/worded otherwise/)).toMatch(new RegExp(`^${differ.length} labelled tasks are worded otherwise`));
    for (const r of reworded) expect(tasks.get(taskIdOf(r))?.props.aiHumanExposure).toBe(r.human_exposure_agg);
  });
});

describe('the GPTs-are-GPTs occupation scores', () => {
  it('give all 923 occupations, all in O*NET 29.3, a score node with the published numbers', () => {
    const nodes = result.graph.nodes.filter((n) => n.label === 'AIExposureScore');
    expect(nodes).toHaveLength(923);
    expect(note(/occupations scored/)).toBe('923 of 923 occupations scored; 0 are not in the graph');
    for (const r of seededSample(scores, 50, 7)) {
      const code = r['O*NET-SOC Code'].replace(/\.00$/, '');
      const id = `ai-exposure:${code}:gpts-are-gpts-2024`;
      expect(nodes.find((n) => n.id === id)?.props).toMatchObject({
        humanAlpha: Number(r.human_rating_alpha),
        humanBeta: Number(r.human_rating_beta),
        humanGamma: Number(r.human_rating_gamma),
        gpt4Alpha: Number(r.dv_rating_alpha),
        gpt4Beta: Number(r.dv_rating_beta),
        gpt4Gamma: Number(r.dv_rating_gamma),
        source: 'GPTs are GPTs (2024)',
        sourceId: 'source:gpts-are-gpts-2024',
        facet: 'occupation-exposure',
      });
      const edges = result.graph.edges.filter((e) => e.from === `occupation:${code}` || e.from === id);
      expect(edges.map((e) => [e.type, e.from, e.to, e.props.facet]).sort()).toEqual([
        ['CITES', `occupation:${code}`, 'source:gpts-are-gpts-2024', 'source'],
        ['HAS_AI_EXPOSURE', `occupation:${code}`, id, 'occupation-exposure'],
        ['SOURCED_FROM', id, 'source:gpts-are-gpts-2024', 'occupation-exposure'],
      ]);
    }
    expect(nodes.find((n) => n.id === 'ai-exposure:11-1011:gpts-are-gpts-2024')?.props.gpt4Gamma).toBe(0.8200000000000001);
  });

  it('come with the DataSource and a supersession that clears the labels an older release gave', () => {
    expect(result.graph.nodes.find((n) => n.id === 'source:gpts-are-gpts-2024')?.props).toMatchObject({
      dataset: 'gpts-are-gpts',
      release: '2024',
      license: 'MIT',
      url: 'https://github.com/openai/GPTs-are-GPTs',
      covers: ['task-exposure', 'occupation-exposure'],
      attribution: expect.stringContaining('MIT licence, copyright (c) 2024 OpenAI'),
      origin: expect.stringContaining('0471612fef3cc22b74fb884d27bff9dbd3770582'),
    });
    const keys = Object.keys([...tasks.values()][0].props)
      .filter((k) => k !== 'aiExposureSourceId')
      .sort();
    expect(result.supersession).toEqual({
      dataset: 'gpts-are-gpts',
      release: '2024',
      sourceId: 'source:gpts-are-gpts-2024',
      facets: ['task-exposure', 'occupation-exposure'],
      propertyGroups: [{ tag: 'aiExposureSourceId', keys: expect.arrayContaining(keys) }],
    });
    expect(result.supersession.propertyGroups?.[0].keys).toHaveLength(keys.length);
  });
});
