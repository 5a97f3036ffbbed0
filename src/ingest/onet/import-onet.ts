import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { nodeId } from '../../model/ids';
import { Columns } from './columns';
import type { ImportContext, Mapper } from './context';
import { mapEducation } from './education';
import { ONET_FILES, type OnetFileKey } from './file-specs';
import { OnetGraphBuilder } from './graph-builder';
import { mapOccupationData, occupationsFromTitles } from './occupation-data';
import { writeDataSource, writeOccupations } from './occupation-nodes';
import { mapAlternateTitles, mapJobZones } from './occupation-props';
import { OccupationIndex } from './occupations';
import { OnetImportError, ProblemLog } from './problems';
import { mapContentModel, mapEducationCategories, mapJobZoneReference } from './reference';
import { mapRelatedOccupations } from './related-occupations';
import { README_FILE, resolveRelease } from './release';
import { tally, type FileProgress, type FileReport, type OnetImportResult } from './report';
import { skillsMapper } from './skills-knowledge';
import { mapTaskStatements } from './task-statements';
import { mapTechnologySkills } from './technology-skills';
import { readTsv, type TsvFile } from './tsv';

export interface OnetImportOptions {
  /** Needed when the folder has no `Read Me.txt`; must agree with it otherwise. */
  release?: string;
  /** Leave out bad rows (counted in the report) instead of failing the whole import. */
  skipBadRows?: boolean;
  /** Called as each file has been read. */
  onFile?: (progress: FileProgress) => void;
}

/**
 * Mapping order: reference files first (names the data files refer to), then the occupations
 * every other file must name, then files adding to occupations, then the linking files.
 * `covers` is the kind of fact each file contributes, listed on the DataSource node.
 */
const STEPS: ReadonlyArray<{ key: OnetFileKey; map: Mapper; covers?: string }> = [
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
];

/**
 * Imports whichever O*NET files `dir` holds into store-neutral GraphData. Any problem (a
 * missing column, or a bad row unless skipBadRows) throws OnetImportError listing them all
 * with file and line; then nothing is returned, so nothing can be written.
 */
export function importOnet(dir: string, options: OnetImportOptions = {}): OnetImportResult {
  const started = performance.now();
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`O*NET folder ${dir} does not exist or is not a folder`);
  const release = resolveRelease(dir, options.release);
  const log = new ProblemLog();
  const known = new Set<string>(Object.values(ONET_FILES).map((s) => s.file));
  const ignored = readdirSync(dir).filter((f) => !known.has(f) && f !== README_FILE).sort();

  // Read and check every header before mapping anything, so all layout problems show at once.
  const present: Array<{ step: (typeof STEPS)[number]; file: TsvFile; cols: Columns | null }> = [];
  for (const step of STEPS) {
    const spec = ONET_FILES[step.key];
    const path = join(dir, spec.file);
    if (!existsSync(path)) continue;
    const file = readTsv(path, spec.file, log);
    options.onFile?.({ file: file.name, rows: file.rows.length, ms: file.readMs });
    present.push({ step, file, cols: Columns.bind(file, spec, log) });
  }
  if (log.fileProblems.length > 0) throw new OnetImportError(dir, log.problems);
  if (present.length === 0) throw new Error(`${dir} holds none of the O*NET files this importer reads (${[...known].join(', ')})`);

  const hasOccupationData = present.some((p) => p.step.key === 'occupations');
  const ctx: ImportContext = {
    release, source: `O*NET ${release}`, sourceId: nodeId.source(`onet-${release.replace(/\./g, '-')}`),
    graph: new OnetGraphBuilder(), log, warnings: [],
    occupations: new OccupationIndex(hasOccupationData ? ONET_FILES.occupations.file : 'Occupation Data.txt or the Title column of any file'),
    reference: { elementDescriptions: new Map() },
  };
  if (!hasOccupationData) {
    occupationsFromTitles(present.map((p) => p.file), ctx);
    ctx.warnings.push(`no ${ONET_FILES.occupations.file}: ${ctx.occupations.size} occupations taken from Title columns (no descriptions)`);
  }

  const files: FileReport[] = [];
  for (const { step, file, cols } of present) {
    const before = performance.now();
    step.map(file, cols as Columns, ctx);
    files.push({ file: file.name, rows: file.rows.length, readMs: file.readMs, mapMs: performance.now() - before, skipped: 0 });
  }
  if (log.problems.length > 0 && (!options.skipBadRows || log.fileProblems.length > 0)) throw new OnetImportError(dir, log.problems);

  writeOccupations(ctx, { occupationData: hasOccupationData, alternateTitles: present.some((p) => p.step.key === 'alternateTitles') });
  writeDataSource(ctx, present.flatMap((p) => (p.step.covers ? [p.step.covers] : [])));
  const graph = ctx.graph.build();
  const skipped = log.skippedByFile();
  for (const f of files) f.skipped = skipped[f.file]?.count ?? 0;
  return {
    graph,
    report: {
      dir, release, sourceId: ctx.sourceId, files, ignored, skipped,
      skippedTotal: Object.values(skipped).reduce((sum, s) => sum + s.count, 0),
      warnings: ctx.warnings, ...tally(graph), ms: performance.now() - started,
    },
  };
}
