import { existsSync, readdirSync, statSync } from 'node:fs';
import { Columns } from '../common/columns';
import type { ImportContext, Mapper, OnetFacet } from './context';
import { mapEducation } from './education';
import { ONET_FILES, type OnetFileKey } from './file-specs';
import { OnetGraphBuilder } from './graph-builder';
import { mapOccupationData, occupationsFromTitles } from './occupation-data';
import { onetRelease, writeDataSource, writeOccupations } from './occupation-nodes';
import { sourceIdOf } from '../../model/provenance';
import { mapAlternateTitles, mapJobZones } from './occupation-props';
import { OccupationIndex } from './occupations';
import { DataImportError } from '../common/problems';
import { ProblemLog } from '../common/problem-log';
import { mapContentModel, mapEducationCategories, mapJobZoneReference } from './reference';
import { mapRelatedOccupations } from './related-occupations';
import { README_FILE, resolveRelease } from './release';
import { tally, type FileProgress, type FileReport, type OnetImportResult } from './report';
import { skillsMapper } from './skills-knowledge';
import { mapTaskStatements } from './task-statements';
import { mapTechnologySkills } from './technology-skills';
import { mapWorkStyles } from './work-styles';
import { mapInterests } from './interests';
import { mapEmergingTasks } from './emerging-tasks';
import { derivedFacets, deriveOnetFacts } from './derived/derive';
import { provenance, supersessionOf } from '../common/dataset';
import { readTsv, type TsvFile } from '../common/tsv';
import { findDataFile, publishedName } from '../common/data-file';

export interface OnetImportOptions {
  /** Needed when the folder has no `Read Me.txt`; must agree with it otherwise. */
  release?: string;
  /** Leave out bad rows (counted in the report) instead of failing the whole import. */
  skipBadRows?: boolean;
  /** Called as each file has been read. */
  onFile?: (progress: FileProgress) => void;
}

/** Notes kept beside the data (licence, provenance): not data files the importer skips. */
const NOT_DATA = /^(LICENSE|NOTICE|README)(\.md|\.txt)?$/i;

/**
 * Mapping order: reference files first (names the data files refer to), then the occupations
 * every other file must name, then files adding to occupations, then the linking files.
 * `covers` is the kind of fact each file contributes, listed on the DataSource node.
 */
const STEPS: ReadonlyArray<{ key: OnetFileKey; map: Mapper; covers?: OnetFacet }> = [
  { key: 'contentModel', map: mapContentModel },
  { key: 'jobZoneReference', map: mapJobZoneReference },
  { key: 'educationCategories', map: mapEducationCategories },
  { key: 'occupations', map: mapOccupationData, covers: 'occupation' },
  { key: 'alternateTitles', map: mapAlternateTitles, covers: 'alternate-title' },
  { key: 'jobZones', map: mapJobZones, covers: 'job-zone' },
  { key: 'education', map: mapEducation, covers: 'education' },
  { key: 'related', map: mapRelatedOccupations, covers: 'related-occupation' },
  { key: 'technology', map: mapTechnologySkills, covers: 'technology' },
  { key: 'skills', map: skillsMapper('O*NET Skill'), covers: 'skill' },
  { key: 'knowledge', map: skillsMapper('O*NET Knowledge'), covers: 'knowledge' },
  { key: 'tasks', map: mapTaskStatements, covers: 'task' },
  { key: 'workStyles', map: mapWorkStyles, covers: 'work-style' },
  { key: 'interests', map: mapInterests, covers: 'interest' },
  // After the task statements: a revision links to the task it rewrites.
  { key: 'emergingTasks', map: mapEmergingTasks, covers: 'emerging-task' },
];

/**
 * Imports whichever O*NET files `dir` holds into store-neutral GraphData. Any problem (a
 * missing column, or a bad row unless skipBadRows) throws DataImportError listing them all
 * with file and line; then nothing is returned, so nothing can be written.
 */
export function importOnet(dir: string, options: OnetImportOptions = {}): OnetImportResult {
  const started = performance.now();
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`O*NET folder ${dir} does not exist or is not a folder`);
  const release = resolveRelease(dir, options.release);
  const log = new ProblemLog();
  const known = new Set<string>(Object.values(ONET_FILES).map((s) => s.file));
  const ignored = readdirSync(dir)
    .map(publishedName)
    .filter((f) => !known.has(f) && f !== README_FILE && !NOT_DATA.test(f))
    .sort();

  // Read and check every header before mapping anything, so all layout problems show at once.
  const present: Array<{ step: (typeof STEPS)[number]; file: TsvFile; cols: Columns | null }> = [];
  for (const step of STEPS) {
    const spec = ONET_FILES[step.key];
    const path = findDataFile(dir, spec.file);
    if (!path) continue;
    const file = readTsv(path, spec.file, log);
    options.onFile?.({ file: file.name, rows: file.rows.length, ms: file.readMs });
    present.push({ step, file, cols: Columns.bind(file, spec, log) });
  }
  if (log.fileProblems.length > 0) throw new DataImportError(dir, log.problems);
  if (present.length === 0) throw new Error(`${dir} holds none of the O*NET files this importer reads (${[...known].join(', ')})`);

  const hasOccupationData = present.some((p) => p.step.key === 'occupations');
  const dataset = onetRelease(release);
  const ctx: ImportContext = {
    release,
    source: dataset.label,
    sourceId: sourceIdOf(dataset.dataset, release),
    prov: (facet) => provenance(dataset, facet),
    graph: new OnetGraphBuilder(),
    log,
    warnings: [],
    occupations: new OccupationIndex(hasOccupationData ? ONET_FILES.occupations.file : 'Occupation Data.txt or the Title column of any file'),
    reference: { elementDescriptions: new Map() },
  };
  if (!hasOccupationData) {
    occupationsFromTitles(
      present.map((p) => p.file),
      ctx,
    );
    ctx.warnings.push(`no ${ONET_FILES.occupations.file}: ${ctx.occupations.size} occupations taken from Title columns (no descriptions)`);
  }

  const files: FileReport[] = [];
  for (const { step, file, cols } of present) {
    const before = performance.now();
    step.map(file, cols as Columns, ctx);
    files.push({ file: file.name, rows: file.rows.length, readMs: file.readMs, mapMs: performance.now() - before, skipped: 0 });
  }
  if (log.problems.length > 0 && (!options.skipBadRows || log.fileProblems.length > 0)) throw new DataImportError(dir, log.problems);

  const read = present.flatMap((p) => (p.step.covers ? [p.step.covers] : []));
  const covers = [...read, ...derivedFacets(new Set(read))];
  writeOccupations(ctx, new Set(read));
  writeDataSource(ctx, covers);
  const graph = ctx.graph.build();
  const derivedStarted = performance.now();
  deriveOnetFacts(graph, new Set(read), ctx.prov);
  files.push({ file: '(derived facts)', rows: 0, readMs: 0, mapMs: performance.now() - derivedStarted, skipped: 0 });
  const skipped = log.skippedByFile();
  for (const f of files) f.skipped = skipped[f.file]?.count ?? 0;
  return {
    graph,
    supersession: supersessionOf(dataset, covers),
    report: {
      dir,
      release,
      sourceId: ctx.sourceId,
      files,
      ignored,
      skipped,
      skippedTotal: Object.values(skipped).reduce((sum, s) => sum + s.count, 0),
      warnings: ctx.warnings,
      ...tally(graph),
      ms: performance.now() - started,
    },
  };
}
