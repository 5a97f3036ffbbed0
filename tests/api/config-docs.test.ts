import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Every setting the code reads is documented where users look: README and .env.example. */
describe('configuration documentation', () => {
  const source = readFileSync(join(ROOT, 'src', 'config.ts'), 'utf8');
  const read = [...new Set([...source.matchAll(/(?:Setting|oneOf)\(env, '([A-Z0-9_]+)'/g), ...source.matchAll(/env\.([A-Z0-9_]+)/g)].map((m) => m[1]))];

  it('finds the settings config.ts reads', () => {
    expect(read).toEqual(expect.arrayContaining(['PORT', 'MAX_QUERY_COST', 'REQUEST_TIMEOUT_MS', 'CURSOR_SECRET']));
    expect(read.length).toBeGreaterThan(25);
  });

  it('lists each in .env.example', () => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    const listed = new Set([...example.matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]));
    expect(read.filter((name) => !listed.has(name) && name !== 'NODE_ENV')).toEqual([]);
  });

  it('names each in the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(read.filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });
});
