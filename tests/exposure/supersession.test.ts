import { importAiExposure } from '../../src/ingest/exposure/import-ai-exposure';
import { MemoryStore } from '../../src/store/memory/memory.store';
import { LABEL_HEADER, SCORE_HEADER, SCORE_ROW, csv, labelRow, removeFolders, tsv, writeFolder } from './fixtures';

afterAll(removeFolders);

const OLD = 'source:gpts-are-gpts-2023';
const task = (id: string, props: Record<string, string | number> = {}) => ({
  id,
  label: 'Task' as const,
  props: { name: id, text: id, occupationCode: '29-2011', source: 'O*NET 29.3', ...props },
});

describe('loading the 2024 labels over an older release of the study', () => {
  it('replaces the old labels, clears those of tasks 2024 leaves out, and leaves other tasks alone', async () => {
    const store = new MemoryStore();
    const oldLabels = {
      aiHumanExposure: 'E1',
      aiBeta: 1,
      automationLevel: 'AUTOMATABLE',
      automationLevelRule: 'gpts-are-gpts human E-label',
      aiExposureSourceId: OLD,
    };
    await store.load({
      nodes: [
        { id: 'occupation:29-2011', label: 'Occupation', props: { name: 'Medical and Clinical Laboratory Technologists' } },
        task('task:29-2011:onet-1887', oldLabels),
        task('task:29-2011:onet-1888', oldLabels),
        task('task:29-2011:curated', { automationLevel: 'HUMAN_CORE' }),
        { id: OLD, label: 'DataSource', props: { name: 'old', dataset: 'gpts-are-gpts', release: '2023', covers: ['task-exposure', 'occupation-exposure'] } },
      ],
      edges: [],
    });
    const dir = writeFolder({ 'full_labelset.tsv': tsv([LABEL_HEADER, labelRow(0, '1887')]), 'occ_level.csv': csv([SCORE_HEADER, SCORE_ROW]) });
    const known = {
      taskIds: new Set(['task:29-2011:onet-1887', 'task:29-2011:onet-1888', 'task:29-2011:curated']),
      occupationIds: new Set(['occupation:29-2011']),
    };
    const { graph, supersession } = importAiExposure(dir, known);
    await store.load(graph);
    const report = await store.supersede(supersession);

    expect(report).toMatchObject({ replaced: ['2023'], propertyGroupsCleared: 1, sourcesDeleted: 1 });
    const [labelled, dropped, curated] = await store.getNodes(['task:29-2011:onet-1887', 'task:29-2011:onet-1888', 'task:29-2011:curated']);
    expect(labelled?.props).toMatchObject({
      text: 'task:29-2011:onet-1887',
      aiHumanExposure: 'E2',
      automationLevel: 'AI_ASSISTED',
      aiExposureSourceId: 'source:gpts-are-gpts-2024',
    });
    expect(Object.keys(dropped?.props ?? {}).filter((k) => k.startsWith('ai') || k.startsWith('automation'))).toEqual([]);
    expect(dropped?.props.text).toBe('task:29-2011:onet-1888');
    expect(curated?.props.automationLevel).toBe('HUMAN_CORE');
  });
});
