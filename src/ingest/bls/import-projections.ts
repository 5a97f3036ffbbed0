import { join } from 'node:path';
import type { GraphData } from '../../model/graph';
import { GraphBuilder } from '../../model/graph-builder';
import { findDataFile } from '../common/data-file';
import { supersessionOf, writeDataSource, type DatasetImport } from '../common/dataset';
import { DataImportError } from '../common/problems';
import { EP_RELEASE } from './bls-release';
import { CROSSWALK_FILE, CROSSWALK_SHEET, mapCrosswalk } from './crosswalk';
import { GROWTH_CATEGORIES } from './growth-category';
import { ImportRun, type Table } from './import-run';
import type { BlsImportOptions, OccupationRef } from './options';
import { writeOutlook } from './outlook-graph';
import { ALL_OCCUPATIONS, PROJECTION_SHEETS, PROJECTIONS_FILE, crossCheck, mapCharacteristics, mapProjections, type ProjectionRow } from './projection-rows';
import { MatchTally, matchPublished } from './published-match';

/**
 * BLS Employment Projections 2022-32 (occupation.xlsx and the NEM crosswalk in `dir`) as one
 * Outlook per occupation that reaches a published row, its growth categorised against the
 * all-occupation change the same file gives. Problems are handled as importOews handles them.
 */
export async function importProjections(dir: string, occupations: readonly OccupationRef[], options: BlsImportOptions = {}): Promise<DatasetImport> {
  const run = new ImportRun(dir, options);
  const path = (name: string) => findDataFile(dir, name) ?? join(dir, name);
  const sheets = await run.workbook(path(PROJECTIONS_FILE), PROJECTIONS_FILE, PROJECTION_SHEETS);
  const { crosswalk: crosswalkTable } = await run.workbook(path(CROSSWALK_FILE), CROSSWALK_FILE, { crosswalk: CROSSWALK_SHEET });
  const tables = run.ready({ ...sheets, crosswalk: crosswalkTable });
  const projections = mapProjections(tables.projections, run.log);
  const characteristics = mapCharacteristics(tables.characteristics, run.log);
  const crosswalk = mapCrosswalk(tables.crosswalk, run.log);
  run.failOnRowProblems();
  const average = allOccupationsChange(projections, tables.projections, dir);
  run.warnings.push(...crossCheck(projections, characteristics, tables.characteristics.file.name));

  const graph = new GraphBuilder();
  const sourceId = writeDataSource(graph, EP_RELEASE, ['outlook']);
  const tally = new MatchTally();
  for (const occupation of occupations) {
    const match = matchPublished(occupation.onetCode, projections, crosswalk);
    tally.count(occupation, match);
    if (match) writeOutlook(graph, sourceId, occupation, match, characteristics.get(match.row.code), average);
  }
  const data = graph.build();
  run.notes.push(
    tally.note('projection rows'),
    `rows: ${Object.values(tables)
      .map((t) => `${t.file.name} ${t.file.rows.length}`)
      .join(', ')}`,
    `all-occupation change (${ALL_OCCUPATIONS}): ${average}%`,
    ...outlookNotes(data),
  );
  return { graph: data, supersession: supersessionOf(EP_RELEASE, ['outlook']), report: run.report(EP_RELEASE, data) };
}

/** The average every category is relative to: never assumed, so a missing total row stops the import. */
function allOccupationsChange(projections: ReadonlyMap<string, ProjectionRow>, table: Table, dir: string): number {
  const total = projections.get(ALL_OCCUPATIONS);
  if (total) return total.figures.growthPercent;
  throw new DataImportError(dir, [
    {
      file: table.file.name,
      line: 1,
      kind: 'empty',
      message: `no "Total, all occupations" row (${ALL_OCCUPATIONS}): growth is categorised against its change`,
    },
  ]);
}

function outlookNotes(graph: GraphData): string[] {
  const outlooks = graph.nodes.filter((n) => n.label === 'Outlook');
  const count = (test: (props: GraphData['nodes'][number]['props']) => boolean) => outlooks.filter((n) => test(n.props)).length;
  const categories = GROWTH_CATEGORIES.map((c) => `${c} ${count((p) => p.growthCategory === c)}`).join(', ');
  return [
    `growth categories: ${categories}`,
    `median wage top-coded (">=$..."): ${count((p) => (p.topCoded as string[]).length > 0)} outlooks; not published ("—"): ${count((p) => p.medianWageYear === undefined)}`,
    `aggregated (published under a NEM group code): ${count((p) => p.aggregated === true)} outlooks`,
  ];
}
