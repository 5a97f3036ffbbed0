import { basename } from 'node:path';
import { GraphBuilder } from '../../model/graph-builder';
import { publishedName } from '../common/data-file';
import { supersessionOf, writeDataSource, type DatasetImport } from '../common/dataset';
import { OEWS_RELEASE } from './bls-release';
import { CROSSWALK_SHEET, DEFAULT_CROSSWALK, mapCrosswalk } from './crosswalk';
import { ImportRun } from './import-run';
import { oewsNotes } from './oews-report';
import { OEWS_COLUMNS, mapOewsRows } from './oews-rows';
import { writeWage } from './oews-graph';
import type { BlsImportOptions, OccupationRef } from './options';
import { MatchTally, matchPublished } from './published-match';

export interface OewsImportOptions extends BlsImportOptions {
  /** The O*NET-SOC → NEM crosswalk (.xlsx) for occupations OEWS publishes only as a group; defaults to seeds/'s. */
  crosswalk?: string;
}

/**
 * BLS OEWS national wages (national_M2021_dl.csv, gzipped or not) as one WageStatistic per
 * occupation that reaches a published row. Any problem (a missing column, or a bad row unless
 * skipBadRows) throws DataImportError listing them all with file and line; nothing is returned.
 */
export async function importOews(file: string, occupations: readonly OccupationRef[], options: OewsImportOptions = {}): Promise<DatasetImport> {
  const run = new ImportRun(file, options);
  const crosswalkPath = options.crosswalk ?? DEFAULT_CROSSWALK;
  const tables = run.ready({
    oews: run.csv(file, { file: publishedName(basename(file)), required: OEWS_COLUMNS }),
    crosswalk: (await run.workbook(crosswalkPath, basename(crosswalkPath), { crosswalk: CROSSWALK_SHEET })).crosswalk,
  });
  const rows = mapOewsRows(tables.oews, run.log);
  const crosswalk = mapCrosswalk(tables.crosswalk, run.log);
  run.failOnRowProblems();

  const graph = new GraphBuilder();
  const sourceId = writeDataSource(graph, OEWS_RELEASE, ['wage']);
  const tally = new MatchTally();
  for (const occupation of occupations) {
    const match = matchPublished(occupation.onetCode, rows, crosswalk);
    tally.count(occupation, match);
    if (match) writeWage(graph, sourceId, occupation, match);
  }
  const data = graph.build();
  run.notes.push(tally.note('OEWS rows'), ...oewsNotes(rows, data));
  return { graph: data, supersession: supersessionOf(OEWS_RELEASE, ['wage']), report: run.report(OEWS_RELEASE, data) };
}
