import type { GraphBuilder } from '../../model/graph-builder';
import { nodeId, occupationKey } from '../../model/ids';
import type { Columns } from '../common/columns';
import { provenance } from '../common/dataset';
import { RowError } from '../common/problems';
import { type ProblemLog } from '../common/problem-log';
import type { TsvFile } from '../common/tsv';
import { decimal } from '../common/values';
import { eachRow } from '../common/rows';
import { onetCode } from '../onet/values';
import { CODE_COLUMN, SCORE_COLUMNS } from './file-specs';
import type { KnownNodes } from './known-nodes';
import { CITES_RANK, EXPOSURE_FACETS, GPTS_ARE_GPTS, SCORE_KEY } from './release';

export interface OccupationScores {
  /** The occupation's code in node ids: `29-2011` for 29-2011.00. */
  code: string;
  scores: Record<keyof typeof SCORE_COLUMNS, number>;
}

/** occ_level.csv → the study's scores per occupation, kept as published (0.8200000000000001 too). */
export function readOccupationScores(file: TsvFile, cols: Columns, log: ProblemLog): OccupationScores[] {
  const out: OccupationScores[] = [];
  const seen = new Set<string>();
  eachRow(file, log, (row) => {
    const onet = onetCode(CODE_COLUMN, cols.get(row, CODE_COLUMN));
    const code = occupationKey(onet);
    if (seen.has(code)) throw new RowError('duplicate', `${CODE_COLUMN} ${onet} is listed twice`);
    const scores = {} as OccupationScores['scores'];
    for (const [key, column] of Object.entries(SCORE_COLUMNS) as Array<[keyof typeof SCORE_COLUMNS, string]>) {
      scores[key] = decimal(column, cols.get(row, column), 0, 1);
    }
    seen.add(code);
    out.push({ code, scores });
  });
  return out;
}

/**
 * One AIExposureScore per occupation of the graph, linked from it (HAS_AI_EXPOSURE), to the
 * DataSource (SOURCED_FROM), and cited by the occupation so its `sources` list the study.
 * Returns the codes of occupations the graph does not hold, which are left out.
 */
export function writeOccupationScores(graph: GraphBuilder, rows: readonly OccupationScores[], known: KnownNodes, sourceId: string): string[] {
  const scoreFacts = provenance(GPTS_ARE_GPTS, EXPOSURE_FACETS.occupations);
  const sourceFacts = provenance(GPTS_ARE_GPTS, EXPOSURE_FACETS.sources);
  const absent: string[] = [];
  for (const { code, scores } of rows) {
    const occupationId = nodeId.occupation(code);
    if (!known.occupationIds.has(occupationId)) {
      absent.push(code);
      continue;
    }
    const id = nodeId.aiExposureScore(code, SCORE_KEY);
    graph.node(id, 'AIExposureScore', { name: `${GPTS_ARE_GPTS.label} exposure scores`, ...scores, ...scoreFacts }, [code]);
    graph.edge('HAS_AI_EXPOSURE', occupationId, id, { rank: 0, ...scoreFacts });
    graph.edge('SOURCED_FROM', id, sourceId, { rank: 0, ...scoreFacts });
    graph.edge('CITES', occupationId, sourceId, { rank: CITES_RANK, ...sourceFacts });
  }
  return absent;
}
