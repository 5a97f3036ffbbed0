import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Self time by function and by package of a V8 CPU profile (node --cpu-prof), newest in the
 * directory unless one is named:
 *   node dist/bench/profile-summary.js [profile.cpuprofile | directory] [top functions, default 40]
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function main(): void {
  const target = process.argv[2] ?? '.';
  const top = Number(process.argv[3] ?? 40);
  const file = statSync(target).isDirectory() ? newestProfile(target) : target;
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const busy = total - [...selfUs].filter(([id]) => byId.get(id)?.callFrame.functionName === '(idle)').reduce((a, [, us]) => a + us, 0);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = (byId.get(id) as ProfileNode).callFrame;
    const where = frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}` : '';
    const name = `${frame.functionName || '(anonymous)'} ${where}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    const pkg = packageOf(frame);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  }
  console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled, ${(busy / 1000).toFixed(0)} ms not idle\n`);
  console.log('| package or part | self ms | % of busy |\n|---|---|---|');
  for (const [pkg, us] of sorted(byPackage)) console.log(`| ${pkg} | ${(us / 1000).toFixed(0)} | ${((100 * us) / busy).toFixed(1)} |`);
  console.log('\n| function | self ms | % of busy |\n|---|---|---|');
  for (const [name, us] of sorted(byFunction).slice(0, top)) console.log(`| ${name} | ${(us / 1000).toFixed(0)} | ${((100 * us) / busy).toFixed(1)} |`);
}

function newestProfile(dir: string): string {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f));
  if (!files.length) throw new Error(`no .cpuprofile in ${dir}`);
  return files.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

function shortUrl(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('node_modules/');
  return modules >= 0 ? path.slice(modules + 'node_modules/'.length) : relative(process.cwd(), path);
}

/** The npm package, our source folder, Node's internals, or V8's own entries (GC, program). */
function packageOf(frame: ProfileNode['callFrame']): string {
  if (!frame.url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  const path = frame.url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = path.slice(modules + 'node_modules/'.length).split('/');
    const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    // graphql-js by folder: execution, utilities (value coercion), language ...
    return name === 'graphql' ? `graphql/${rest[1]}` : name;
  }
  if (path.startsWith('node:')) return 'node internals';
  const src = /\/(src|bench)\/(.*)$/.exec(path);
  if (!src) return path;
  const parts = src[2].split('/');
  return `${src[1]}/${parts.slice(0, Math.min(2, parts.length - 1)).join('/') || parts[0]}`;
}

function sorted(map: Map<string, number>): Array<[string, number]> {
  return [...map].sort((a, b) => b[1] - a[1]);
}

main();
