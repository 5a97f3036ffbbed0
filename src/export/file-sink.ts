import { createHash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';

export interface WrittenFile {
  bytes: number;
  sha256: string;
}

/**
 * A file written through a stream with backpressure (a write waits for 'drain' when the
 * stream's buffer is full), hashing exactly the bytes it writes.
 */
export class FileSink {
  private readonly hash = createHash('sha256');
  private bytes = 0;
  private failure: Error | null = null;

  private constructor(
    readonly path: string,
    private readonly stream: WriteStream,
  ) {
    // An error between two writes (a full disk) surfaces at the next write or at close.
    stream.on('error', (error) => {
      this.failure ??= error;
    });
  }

  static async open(path: string): Promise<FileSink> {
    // flush: fsync before close, so a file renamed into place after a crash is not empty.
    const stream = createWriteStream(path, { flags: 'w', flush: true });
    await once(stream, 'open');
    return new FileSink(path, stream);
  }

  async write(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    const chunk = Buffer.from(text, 'utf8');
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<WrittenFile> {
    if (this.failure) throw this.failure;
    this.stream.end();
    await finished(this.stream);
    return { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }

  /** Stops writing and deletes the file; never throws, as it runs while handling a failure. */
  async discard(): Promise<void> {
    this.stream.destroy();
    await finished(this.stream).catch(() => undefined);
    await rm(this.path, { force: true }).catch(() => undefined);
  }
}
