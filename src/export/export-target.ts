import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ExportError } from './export-error';
import { FileSink } from './file-sink';

export const MANIFEST_FILE = 'manifest.json';

/**
 * The export folder. Files are written under hidden partial names (`.nodes.csv.partial`) and
 * renamed into place only by commit, manifest.json last; until then an earlier export there
 * stays as it was, and discard removes the partial files.
 */
export class ExportTarget {
  private readonly sinks: Array<{ name: string; sink: FileSink }> = [];

  private constructor(readonly dir: string) {}

  /** Creates the folder if missing; refuses a path that is something else. */
  static async prepare(dir: string): Promise<ExportTarget> {
    const found = await stat(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (found && !found.isDirectory()) throw new ExportError(`${dir} exists and is not a folder`);
    await mkdir(dir, { recursive: true });
    return new ExportTarget(dir);
  }

  static partialName(name: string): string {
    return `.${name}.partial`;
  }

  async open(name: string): Promise<FileSink> {
    const sink = await FileSink.open(join(this.dir, ExportTarget.partialName(name)));
    this.sinks.push({ name, sink });
    return sink;
  }

  /** Renames every (closed) file into place, manifest.json last. */
  async commit(): Promise<void> {
    // An old manifest beside new data files would describe them wrongly: it goes first, so a
    // reader who trusts only what a manifest lists never sees a mix.
    await rm(join(this.dir, MANIFEST_FILE), { force: true });
    const ordered = [...this.sinks].sort((a, b) => Number(a.name === MANIFEST_FILE) - Number(b.name === MANIFEST_FILE));
    for (const { name, sink } of ordered) await rename(sink.path, join(this.dir, name));
    this.sinks.length = 0;
    await syncDir(this.dir);
  }

  async discard(): Promise<void> {
    await Promise.all(this.sinks.map(({ sink }) => sink.discard()));
    this.sinks.length = 0;
  }
}

/** Makes the renames durable; some platforms cannot fsync a folder, which only loses that. */
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}
