import { existsSync, statSync } from 'node:fs';
import { GraphBuilder } from '../../model/graph-builder';
import { Columns } from '../common/columns';
import { findDataFile } from '../common/data-file';
import { supersessionOf, tally, writeDataSource, type DatasetImport, type DatasetReport } from '../common/dataset';
import { DataImportError } from '../common/problems';
import { ProblemLog } from '../common/problem-log';
import type { TsvFile } from '../common/tsv';
import type { FileProgress } from '../common/dataset';
import { readDelimited } from '../common/delimited';
import { EXPOSURE_FILES } from './file-specs';
import type { KnownNodes } from './known-nodes';
import { readOccupationScores, writeOccupationScores } from './occupation-scores';
import { EXPOSURE_FACETS, GPTS_ARE_GPTS } from './release';
import { labelNotes, writeTaskLabels } from './task-patches';
import { LABEL_KEYS, LABEL_TAG, readTaskLabels } from './task-labels';

export interface AiExposureImportOptions {
  /** Leave out bad rows (counted in the report) instead of failing the whole import. */
  skipBadRows?: boolean;
  /** Called as each file has been read. */
  onFile?: (progress: FileProgress) => void;
}

const COVERS = [EXPOSURE_FACETS.tasks, EXPOSURE_FACETS.occupations];

/**
 * The GPTs-are-GPTs study (full_labelset.tsv and occ_level.csv in `dir`, gzipped or not) as
 * labels and an automation level on the O*NET tasks of the graph, and one AIExposureScore per
 * occupation of it. Any problem (a missing file or column, or a bad row unless skipBadRows)
 * throws DataImportError listing them all with file and line; then nothing is returned.
 */
export function importAiExposure(dir: string, known: KnownNodes, options: AiExposureImportOptions = {}): DatasetImport {
  const started = performance.now();
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`AI-exposure folder ${dir} does not exist or is not a folder`);
  const log = new ProblemLog();
  const read = (spec: (typeof EXPOSURE_FILES)[keyof typeof EXPOSURE_FILES]): { file: TsvFile; cols: Columns | null } | null => {
    const path = findDataFile(dir, spec.file);
    if (!path) {
      log.add({ file: spec.file, line: 1, kind: 'missing-file', message: `${spec.file} (or ${spec.file}.gz) is not in ${dir}` });
      return null;
    }
    const file = readDelimited(path, spec.file, spec.delimiter, log);
    options.onFile?.({ file: file.name, rows: file.rows.length, ms: file.readMs });
    return { file, cols: Columns.bind(file, spec, log) };
  };
  // Both headers are checked before any row is read, so every layout problem shows at once.
  const labelFile = read(EXPOSURE_FILES.labels);
  const scoreFile = read(EXPOSURE_FILES.scores);
  if (log.fileProblems.length > 0 || !labelFile?.cols || !scoreFile?.cols) throw new DataImportError(dir, log.problems);

  const labels = readTaskLabels(labelFile.file, labelFile.cols, log);
  const scores = readOccupationScores(scoreFile.file, scoreFile.cols, log);
  if (log.problems.length > 0 && !options.skipBadRows) throw new DataImportError(dir, log.problems);

  const graph = new GraphBuilder();
  const sourceId = writeDataSource(graph, GPTS_ARE_GPTS, COVERS);
  const labelTally = writeTaskLabels(graph, labels, known, sourceId);
  const absentOccupations = writeOccupationScores(graph, scores, known, sourceId);
  const data = graph.build();

  const skipped = log.skippedByFile();
  const files = [labelFile.file, scoreFile.file].map((f) => ({ file: f.name, rows: f.rows.length, ms: f.readMs, skipped: skipped[f.name]?.count ?? 0 }));
  const warnings = labelTally.labelled === 0 ? ['no label names a task of the graph: import O*NET task statements first'] : [];
  const notes = [
    ...labelNotes(labelTally, known.taskTexts !== undefined),
    `${scores.length - absentOccupations.length} of ${scores.length} occupations scored; ${absentOccupations.length} are not in the graph` +
      (absentOccupations.length > 0 ? ` (${absentOccupations.slice(0, 10).join(', ')}${absentOccupations.length > 10 ? ', ...' : ''})` : ''),
  ];
  const report: DatasetReport = {
    dataset: GPTS_ARE_GPTS.dataset,
    release: GPTS_ARE_GPTS.release,
    files,
    skipped,
    warnings,
    notes,
    ...tally(data),
    ms: performance.now() - started,
  };
  const supersession = supersessionOf(GPTS_ARE_GPTS, COVERS, [{ tag: LABEL_TAG, keys: [...LABEL_KEYS] }]);
  return { graph: data, supersession, report };
}
