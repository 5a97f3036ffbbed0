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
  'read-search',
  'read-nodes-by-name',
  'read-missing-node-ids',
  'read-ping',
  'read-career-paths',
  'read-export-nodes',
  'read-export-edges',
  'read-candidates',
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
] as const;
export type StatementName = (typeof STATEMENTS)[number];

export const SCHEMA_STATEMENTS: readonly StatementName[] = STATEMENTS.filter((s) => s.startsWith('schema-'));

export const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');

/** Reads cypher/ once; a missing, extra or empty file is an error at start, not at first use. */
export function loadStatements(dir = CYPHER_DIR): Record<StatementName, string> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cypher')).map((f) => f.slice(0, -'.cypher'.length));
  const unknown = files.filter((f) => !(STATEMENTS as readonly string[]).includes(f));
  if (unknown.length > 0) throw new Error(`cypher/ holds statements no code names: ${unknown.join(', ')}`);
  const out = {} as Record<StatementName, string>;
  for (const name of STATEMENTS) {
    let text: string;
    try {
      text = readFileSync(join(dir, `${name}.cypher`), 'utf8');
    } catch {
      throw new Error(`cypher/${name}.cypher is missing`);
    }
    const body = text.split('\n').filter((l) => !l.trimStart().startsWith('//')).join('\n').trim();
    if (!body) throw new Error(`cypher/${name}.cypher is empty`);
    out[name] = body;
  }
  return out;
}
