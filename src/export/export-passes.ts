import type { ExportProgress } from './export-manifest';
import { ExportError } from './export-error';
import type { FileSink, WrittenFile } from './file-sink';

/** Nodes or edges as the passes see them: pages from the store and what counts() said. */
export interface Phase<T> {
  name: 'nodes' | 'edges';
  pages: () => AsyncGenerator<T[]>;
  /** The label of a node, the type of an edge: what counts() tallies by. */
  group: (row: T) => string;
  total: number;
  byGroup: Record<string, number>;
}

type Progress = ((progress: ExportProgress) => void) | undefined;

/** Pass 1 of a CSV export: every row seen once, nothing written. */
export async function scanPhase<T>(phase: Phase<T>, observe: (row: T) => void, onProgress: Progress): Promise<void> {
  const tally = new Tally();
  for await (const page of phase.pages()) {
    for (const row of page) {
      observe(row);
      tally.add(phase.group(row));
    }
    onProgress?.({ pass: 'scan', phase: phase.name, done: tally.total, total: phase.total, finished: false });
  }
  tally.check(phase.name, phase.total, phase.byGroup);
  onProgress?.({ pass: 'scan', phase: phase.name, done: tally.total, total: phase.total, finished: true });
}

/** Writes the rows page by page (one write per page) and closes the file. */
export async function writePhase<T>(
  phase: Phase<T>,
  sink: FileSink,
  header: string | null,
  encode: (row: T) => string,
  onProgress: Progress,
): Promise<WrittenFile & { rows: number }> {
  if (header !== null) await sink.write(header);
  const tally = new Tally();
  for await (const page of phase.pages()) {
    let text = '';
    for (const row of page) {
      text += encode(row);
      tally.add(phase.group(row));
    }
    await sink.write(text);
    onProgress?.({ pass: 'write', phase: phase.name, done: tally.total, total: phase.total, finished: false });
  }
  tally.check(phase.name, phase.total, phase.byGroup);
  const written = await sink.close();
  onProgress?.({ pass: 'write', phase: phase.name, done: tally.total, total: phase.total, finished: true });
  return { ...written, rows: tally.total };
}

/** Rows per label or type; as many entries as there are labels, whatever the graph's size. */
class Tally {
  total = 0;
  private readonly groups = new Map<string, number>();

  add(group: string): void {
    this.total++;
    this.groups.set(group, (this.groups.get(group) ?? 0) + 1);
  }

  /** The rows read must be the rows counts() reported before the export began. */
  check(name: string, total: number, byGroup: Record<string, number>): void {
    const names = new Set([...this.groups.keys(), ...Object.keys(byGroup)]);
    const differences = [...names]
      .sort()
      .filter((g) => (this.groups.get(g) ?? 0) !== (byGroup[g] ?? 0))
      .map((g) => `${g}: counted ${byGroup[g] ?? 0}, read ${this.groups.get(g) ?? 0}`);
    if (this.total === total && differences.length === 0) return;
    throw new ExportError(
      `the graph changed during the export: the store counted ${total} ${name} at the start but ${this.total} were read` +
        `${differences.length > 0 ? ` (${differences.slice(0, 5).join('; ')})` : ''}; run it again when nothing is loading`,
    );
  }
}
