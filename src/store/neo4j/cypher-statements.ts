import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../shared/paths';

/** Every statement the Neo4j store runs, by file name under cypher/ (without `.cypher`). */
export const STATEMENTS = [
  'schema-node-id-unique',
  'schema-occupation-code-index',
  'schema-node-search-fulltext',
  'schema-task-automation-index',
  'schema-node-search-name-index',
  'schema-await-indexes',
  'load-nodes',
  'load-edges',
  'read-nodes',
  'read-neighbours',
  'read-plan',
  'read-plan-typed',
  'read-search',
  'read-nodes-by-name',
  'read-missing-node-ids',
  'read-ping',
  'read-career-paths',
  'read-export-nodes',
  'read-export-edges',
  'read-skill-requirements',
  'read-candidate-facts',
  'count-nodes',
  'count-edges',
  'admin-clear-graph',
  'read-stale-sources',
  'read-stale-edges',
  'read-stale-nodes',
  'read-tagged-nodes',
  'admin-delete-edges',
  'admin-delete-nodes',
  'admin-clear-properties',
  'admin-set-source-covers',
  'admin-refresh-candidate-facts',
  'admin-refresh-skill-requirements',
  'admin-stamp-candidate-facts',
  'admin-unstamp-candidate-facts',
] as const;
export type StatementName = (typeof STATEMENTS)[number];

/** Parts of statements, not statements: nested into one by the code that names them. */
export const FRAGMENTS = ['read-plan-level', 'read-plan-typed-step', 'skill-requirements', 'candidate-facts'] as const;
export type FragmentName = (typeof FRAGMENTS)[number];

export const SCHEMA_STATEMENTS: readonly StatementName[] = STATEMENTS.filter((s) => s.startsWith('schema-'));

export const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');

/** Reads cypher/ once; a missing, extra or empty file is an error at start, not at first use. */
export function loadStatements(dir = CYPHER_DIR): Record<StatementName | FragmentName, string> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => f.slice(0, -'.cypher'.length));
  const known: readonly string[] = [...STATEMENTS, ...FRAGMENTS];
  const unknown = files.filter((f) => !known.includes(f));
  if (unknown.length > 0) throw new Error(`cypher/ holds statements no code names: ${unknown.join(', ')}`);
  const out = {} as Record<StatementName | FragmentName, string>;
  for (const name of [...STATEMENTS, ...FRAGMENTS]) {
    let text: string;
    try {
      text = readFileSync(join(dir, `${name}.cypher`), 'utf8');
    } catch {
      throw new Error(`cypher/${name}.cypher is missing`);
    }
    const body = text
      .split('\n')
      .filter((l) => !l.trimStart().startsWith('//'))
      .join('\n')
      .trim();
    if (!body) throw new Error(`cypher/${name}.cypher is empty`);
    out[name] = body;
  }
  // A statement may hold an expression fragment whole, named in a hole such as {{skill-requirements}}.
  for (const name of STATEMENTS) {
    for (const part of INCLUDED) out[name] = out[name].replaceAll(`{{${part}}}`, out[part]);
  }
  return out;
}

/** The fragments statements include by name (the plan fragments are put together by code). */
const INCLUDED: readonly FragmentName[] = ['skill-requirements', 'candidate-facts'];

/** The line of cypher/read-plan.cypher and cypher/read-plan-level.cypher a deeper level replaces. */
const NEXT_LEVEL = /^.*\/\/ next level$/m;

/**
 * cypher/read-plan.cypher for a plan `depth` steps deep: the level fragment nested `depth`
 * times. The text depends on the depth alone (the plan itself is a parameter), and every
 * part of it comes from cypher/: only whole fragments are put together, no value is.
 */
export function planStatement(statements: Record<'read-plan' | 'read-plan-level', string>, depth: number): string {
  if (!Number.isInteger(depth) || depth < 0) throw new Error(`plan depth must be a whole number, got ${depth}`);
  let text = statements['read-plan'];
  for (let level = 0; level < depth; level++) text = text.replace(NEXT_LEVEL, () => statements['read-plan-level']);
  return text;
}
