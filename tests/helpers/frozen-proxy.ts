import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/**
 * tcp-proxy-process.js as a child process in front of a port: `freeze()` stops it (SIGSTOP),
 * `thaw()` lets it go on (SIGCONT) with whatever was sent meanwhile.
 */
export class FrozenProxy {
  private child: ChildProcess | null = null;
  port = 0;

  constructor(private readonly targetPort: number) {}

  async start(): Promise<void> {
    const child = spawn(process.execPath, [join(__dirname, 'tcp-proxy-process.js'), String(this.targetPort)], { stdio: ['ignore', 'pipe', 'inherit'] });
    this.child = child;
    this.port = await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`proxy exited with ${code}`)));
      child.stdout?.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    });
  }

  freeze(): void {
    this.child?.kill('SIGSTOP');
  }

  thaw(): void {
    this.child?.kill('SIGCONT');
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    child.kill('SIGCONT');
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    this.child = null;
  }
}
