import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type QueryResult, type Record as Neo4jRecord } from 'neo4j-driver';
import { randomUUID } from 'node:crypto';
import { Deadline, DeadlineExceededError } from '../../shared/deadline';
import { ServiceUnavailableError } from '../../shared/errors';
import { Semaphore } from '../../shared/semaphore';
import { untilStopped } from '../request-scope';
import type { Config } from '../../config';
import type { GraphData, GraphEdge, GraphNode, NodeLabel, Props, RelType } from '../../model/graph';
import { FILTERABLE_KEYS } from '../graph-store';
import type { SupersedeReport, Supersession } from '../../model/provenance';
import { compareBands, compareMatches } from '../neighbour-order';
import { compareText } from '../../shared/compare';
import type {
  NameQuery,
  Candidate,
  CandidateFacts,
  CandidateQuery,
  ExpandRequest,
  ExportEdgesQuery,
  ExportNodesQuery,
  RequirementMatch,
  SalaryFacts,
  FoundPath,
  GraphCounts,
  PathQuery,
  PathSearch,
  GraphStore,
  LoadProgress,
  Neighbour,
  NeighbourPage,
  PlanResult,
  PlanStep,
  SearchPage,
  SearchQuery,
  StatementObserver,
  StopNeeds,
  StoreHealth,
} from '../graph-store';
import { loadStatements, planStatement, SCHEMA_STATEMENTS, type FragmentName, type StatementName } from './cypher-statements';
import { planParams } from './plan-params';
import { compilePlan, decodePlan, presentProps } from './plan-statement';
import { TypedPlans } from './typed-plans';
import { fastBoltDecoding } from './bolt-decoding';
import { describeConnectError, mapNeo4jError } from './neo4j-errors';
import { cypherInt, toPlain } from './values';

const BATCH_SIZE = 2000;
/** /readyz answers within a second, whatever Neo4j does. */
const HEALTH_TIMEOUT_MS = 1000;

let loaded: Record<StatementName | FragmentName, string> | null = null;
/** cypher/read-plan.cypher nested to each depth asked so far: a handful of texts. */
const planTexts = new Map<number, string>();
/** cypher/ is read once per process, however many request views the store has. */
function statements(): Record<StatementName | FragmentName, string> {
  loaded ??= loadStatements();
  return loaded;
}
/** Loads and clears write large batches: they get this long, whatever NEO4J_TX_TIMEOUT_MS says. */
const WRITE_TIMEOUT_MS = 300_000;
type Row = Record<string, unknown>;
interface Shared {
  gate: Semaphore;
  typedPlans: TypedPlans;
  /**
   * Every candidate's facts as last read with a version stamp (admin-stamp-candidate-facts):
   * used while the graph holds that stamp, which every write removes first and replaces last.
   */
  candidateFacts: KeptCandidateFacts | null;
}

/** Every candidate's facts in id order, each id's place in it, and the version stamp they were read under. */
interface KeptCandidateFacts {
  version: string;
  facts: readonly CandidateFacts[];
  position: ReadonlyMap<string, number>;
}

/**
 * The production store. Reads run in read sessions (a cluster routes them to followers): a
 * request's reads as auto-commit statements (AUTO_COMMIT_READS), the others in read
 * transactions; writes in write transactions. All retry transient errors, carry a timeout and
 * name their query in the transaction metadata. Kept between requests: the driver, parses of
 * the strings recommendations read, and every candidate's facts under the graph's version stamp
 * for them (Shared.candidateFacts), which the graph says is current on every read.
 */
export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private readonly cypher = statements();

  constructor(
    private readonly driver: Driver,
    private readonly settings: Config['neo4j'],
    /** Shared by every request's view of the store. */
    private readonly shared: Shared = sharedState(driver, settings),
    /** Set on a request's view (forRequest): its statements stop when the request does. */
    private readonly deadline?: Deadline,
    /** Set on a request's view: told of each statement it ran (metrics by statement). */
    private readonly observe?: StatementObserver,
  ) {}

  /** The driver has no public pool metrics; statements hold a connection while they pass the gate. */
  get connections(): { inUse: number; max: number } {
    return { inUse: this.shared.gate.inUse, max: this.settings.maxPoolSize };
  }

  forRequest(deadline: Deadline, observe?: StatementObserver): Neo4jStore {
    return new Neo4jStore(this.driver, this.settings, this.shared, deadline, observe);
  }

  static create(settings: Config['neo4j']): Neo4jStore {
    fastBoltDecoding();
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      connectionTimeout: settings.connectionTimeoutMs,
      connectionAcquisitionTimeout: settings.connectionTimeoutMs,
      maxConnectionPoolSize: settings.maxPoolSize,
      // Fail fast when Neo4j is down instead of retrying for the default 30 s.
      maxTransactionRetryTime: 1000,
      userAgent: 'careergraph',
    });
    return new Neo4jStore(driver, settings);
  }

  async getNodes(ids: readonly string[]): Promise<Array<GraphNode | null>> {
    const rows = await this.read('read-nodes', { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((r) => [r.id as string, toNode(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async expand(requests: readonly ExpandRequest[]): Promise<NeighbourPage[]> {
    const params = requests.map((r) => {
      if (r.where && !(FILTERABLE_KEYS as readonly string[]).includes(r.where.key)) {
        throw new Error(`filter on "${r.where.key}" is not allowed`);
      }
      return {
        id: r.id,
        rel: r.rel,
        direction: r.direction,
        labels: r.labels ?? [],
        whereKey: r.where?.key ?? null,
        whereValues: r.where?.values ?? [],
        afterRank: r.after?.rank ?? null,
        afterId: r.after?.id ?? null,
        limit: cypherInt(r.limit),
      };
    });
    const rows = await this.read('read-neighbours', { requests: params });
    const pages: NeighbourPage[] = requests.map(() => ({ total: 0, items: [], hasMore: false }));
    for (const row of rows) {
      pages[row.request as number] = {
        total: row.total as number,
        hasMore: row.hasMore as boolean,
        items: (row.items as Row[]).map(toNeighbour),
      };
    }
    return pages;
  }

  /**
   * One statement for the whole plan: the typed statement compiled for its shape
   * (plan-statement.ts) once Neo4j has planned it, until then the generic cypher/read-plan.cypher
   * (typed-plans.ts says why). Both answer alike; metrics and counts name both `read-plan`.
   */
  async expandPlan(rootIds: readonly string[], top: readonly PlanStep[], rootProps?: readonly string[]): Promise<PlanResult> {
    const typed = compilePlan(this.cypher, rootIds, top, rootProps);
    if (this.shared.typedPlans.isReady(typed.shape)) {
      return decodePlan(await this.run('read-plan', typed.params, 'READ', typed.text), rootIds, top, toNode);
    }
    const { plan, steps, depth } = planParams(top);
    let text = planTexts.get(depth);
    if (text === undefined) planTexts.set(depth, (text = planStatement(this.cypher, depth)));
    const rows = await this.run('read-plan', { roots: [...rootIds], plan }, 'READ', text);
    this.shared.typedPlans.answeredGeneric(typed.shape, typed.text, typed.params);
    const byId = new Map(rows.map((r) => [r.id as string, r]));
    const roots = rootIds.map((id) => {
      const node = byId.get(id)?.node as Row | null | undefined;
      return node ? toNode(node) : null;
    });
    // A missing root has no pages (the generic statement still returns its steps, empty).
    const pages = rows
      .filter((row) => row.node !== null)
      .flatMap((row) =>
        (row.pages as Row[]).map((p) => ({
          step: steps[p.step as number],
          parentId: p.parent as string,
          page: {
            total: p.total as number,
            hasMore: p.hasMore as boolean,
            items: (p.items as Row[]).map(toNeighbour),
          },
        })),
      );
    return { roots, pages };
  }

  /** Typed plan statements Neo4j has planned (tests wait on `settled()`). */
  get typedPlans(): TypedPlans {
    return this.shared.typedPlans;
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    const [row] = await this.read('read-search', {
      lucene: query.words.map((w) => `${w}*`).join(' AND '),
      phrase: query.words.join(' '),
      labels: query.labels ?? [],
      afterRank: query.after?.rank ?? null,
      afterName: query.after?.name ?? null,
      afterId: query.after?.id ?? null,
      limit: cypherInt(query.limit),
    });
    const items = (row.items as Row[]).map((i) => ({ node: toNode(i), key: { rank: i.rank as number, name: i.name as string, id: i.id as string } }));
    return { total: row.total as number, items, hasMore: row.hasMore as boolean };
  }

  async findByNames(query: NameQuery): Promise<GraphNode[][]> {
    const found: GraphNode[][] = query.names.map(() => []);
    if (query.names.length === 0) return found;
    const rows = await this.read('read-nodes-by-name', { names: query.names.map((words) => words.join(' ')), labels: query.labels ?? [] });
    for (const row of rows) found[row.name as number] = (row.items as Row[]).map(toNode);
    return found;
  }

  async findPaths(query: PathQuery): Promise<PathSearch> {
    const [row] = await this.read('read-career-paths', {
      from: query.from,
      to: query.to,
      maxSteps: cypherInt(query.maxSteps),
      maxPaths: cypherInt(query.maxPaths),
      minImportance: query.minImportance,
    });
    return {
      fromLabel: row.fromLabel as NodeLabel | null,
      toLabel: row.toLabel as NodeLabel | null,
      paths: row.paths as FoundPath[],
      stops: row.stops as StopNeeds[],
    };
  }

  async exportNodes(query: ExportNodesQuery): Promise<GraphNode[]> {
    const rows = await this.read('read-export-nodes', { after: query.after ?? '', labels: query.labels ?? [], limit: cypherInt(query.limit) });
    return rows.map(toNode);
  }

  async exportEdges(query: ExportEdgesQuery): Promise<GraphEdge[]> {
    const after = query.after ?? { from: '', type: '', to: '' };
    const rows = await this.read('read-export-edges', {
      afterFrom: after.from,
      afterType: after.type,
      afterTo: after.to,
      types: query.types ?? [],
      limit: cypherInt(query.limit),
    });
    return rows.map((r) => ({ from: r.from as string, type: r.type as RelType, to: r.to as string, props: r.props as Props }));
  }

  /**
   * The skills' requirements (whose strings name the candidates) and every candidate's facts,
   * which need no answer of the first: one statement while this process holds the facts under
   * the version stamp the requirements statement reads (admin-stamp-candidate-facts), else both
   * side by side (cypher/read-candidate-facts.cypher says why all of them).
   */
  async candidates(query: CandidateQuery): Promise<Candidate[]> {
    const skillIds = [...new Set(query.skillIds)];
    const held = this.shared.candidateFacts;
    const [[skillRow], factsRead] = await Promise.all([this.read('read-skill-requirements', { skillIds }), held ? null : this.readCandidateFacts()]);
    const version = skillRow.version as string | null;
    const known = factsRead ?? (held && version !== null && held.version === version ? held : await this.readCandidateFacts());
    // By position in the facts (id order) (no sorting, no lookup by id per match). Skills in id order,
    // each candidate's matches of one skill kept in link order: each list comes out in
    // compareMatches order. A candidate one skill reaches gets that skill's kept list itself.
    const reached = new Array<readonly RequirementMatch[] | undefined>(known.facts.length);
    const skills = (skillRow.skills as Array<[string, unknown, string]>).sort((a, b) => compareText(a[0], b[0]));
    for (const [skillId, idf, requirements] of skills) {
      const parsed = requirementsOf(skillId, typeof idf === 'number' ? idf : null, requirements);
      const at = positionsOf(parsed, known);
      for (let i = 0; i < at.length; i += 1) {
        const k = at[i];
        if (k >= 0) reached[k] = merged(reached[k], parsed.lists[i]);
      }
    }
    for (const id of query.extraIds) {
      const k = known.position.get(id);
      if (k !== undefined) reached[k] ??= NO_MATCHES;
    }
    const out: Candidate[] = [];
    for (let k = 0; k < reached.length; k += 1) {
      const found = reached[k];
      if (found !== undefined) out.push({ facts: known.facts[k], matches: found });
    }
    return out;
  }

  /** Every candidate's facts, kept for the requests after this one when the graph has a version stamp. */
  private async readCandidateFacts(): Promise<KeptCandidateFacts | (Omit<KeptCandidateFacts, 'version'> & { version: null })> {
    const [row] = await this.read('read-candidate-facts', {});
    const byId = new Map<string, CandidateFacts>();
    for (const [rows, label] of [
      [row.occupations, 'Occupation'],
      [row.roles, 'CareerRole'],
    ] as const) {
      for (const [id, text] of rows as Array<[string, string]>) byId.set(id, candidateFactsOf(id, label, text));
    }
    const facts = [...byId.values()].sort((a, b) => compareText(a.id, b.id));
    const position = new Map(facts.map((f, k) => [f.id, k]));
    const version = row.version as string | null;
    if (version !== null) this.shared.candidateFacts = { version, facts, position };
    return { version, facts, position };
  }

  /** Validates every edge's ends before writing, then upserts in batches with progress. */
  async load(data: GraphData, onProgress?: (progress: LoadProgress) => void): Promise<void> {
    await this.ensureSchema();
    const known = new Set(data.nodes.map((n) => n.id));
    const outside = [...new Set(data.edges.flatMap((e) => [e.from, e.to]).filter((id) => !known.has(id)))];
    if (outside.length > 0) {
      const [{ missing }] = await this.read('read-missing-node-ids', { ids: outside });
      if ((missing as string[]).length > 0) throw new Error(`edges point at nodes that do not exist: ${(missing as string[]).slice(0, 5).join(', ')}`);
    }
    await this.write('admin-unstamp-candidate-facts', {});
    await this.writeBatches(
      'load-nodes',
      data.nodes.map((n) => ({ id: n.id, label: n.label, props: n.props })),
      'nodes',
      onProgress,
    );
    await this.writeBatches('load-edges', data.edges, 'edges', onProgress);
    await this.refreshCandidateFacts();
    await this.write('schema-await-indexes', { timeoutSeconds: 300 });
  }

  /** See Supersession (src/model/provenance.ts); the in-memory store does the same steps. */
  async supersede(s: Supersession): Promise<SupersedeReport> {
    const report: SupersedeReport = { replaced: [], edgesDeleted: 0, nodesDeleted: 0, propertyGroupsCleared: 0, sourcesDeleted: 0 };
    const sources = await this.read('read-stale-sources', { dataset: s.dataset, release: s.release });
    if (sources.length === 0) return report;
    report.replaced = sources.map((r) => r.release as string).sort();
    await this.write('admin-unstamp-candidate-facts', {});
    const stale = sources.map((r) => r.id as string);
    const params = { stale, facets: [...s.facets] };
    const edges = await this.read('read-stale-edges', params);
    report.edgesDeleted = await this.deleteInBatches('admin-delete-edges', 'rows', edges);
    const nodes = await this.read('read-stale-nodes', params);
    for (const n of nodes) report.edgesDeleted += n.degree as number;
    report.nodesDeleted = await this.deleteInBatches(
      'admin-delete-nodes',
      'ids',
      nodes.map((n) => n.id),
    );
    for (const group of s.propertyGroups ?? []) {
      const tagged = (await this.read('read-tagged-nodes', { tag: group.tag, stale })).map((r) => r.id);
      const nulls = Object.fromEntries([...group.keys, group.tag].map((k) => [k, null]));
      for (let i = 0; i < tagged.length; i += BATCH_SIZE) {
        const [{ cleared }] = await this.write('admin-clear-properties', { ids: tagged.slice(i, i + BATCH_SIZE), nulls });
        report.propertyGroupsCleared += cleared as number;
      }
    }
    const gone: string[] = [];
    for (const source of sources) {
      const covers = (source.covers as string[]).filter((c) => !s.facets.includes(c));
      if (covers.length > 0) await this.write('admin-set-source-covers', { id: source.id, covers });
      else gone.push(source.id as string);
    }
    // Their CITES and SOURCED_FROM links go with them (not counted in edgesDeleted).
    if (gone.length > 0) report.sourcesDeleted = await this.deleteInBatches('admin-delete-nodes', 'ids', gone);
    await this.refreshCandidateFacts(report.edgesDeleted + report.nodesDeleted + report.propertyGroupsCleared > 0);
    return report;
  }

  /**
   * What recommendations read kept on candidates and skills (cypher/admin-refresh-*.cypher),
   * then a new version stamp for them (after admin-unstamp-candidate-facts removed the old one).
   */
  private async refreshCandidateFacts(changed = true): Promise<void> {
    if (changed) {
      await this.write('admin-refresh-candidate-facts', {});
      await this.write('admin-refresh-skill-requirements', {});
    }
    await this.write('admin-stamp-candidate-facts', { version: randomUUID() });
  }

  private async deleteInBatches(name: 'admin-delete-edges' | 'admin-delete-nodes', key: string, rows: readonly unknown[]): Promise<number> {
    let deleted = 0;
    for (let i = 0; i < rows.length; i += BATCH_SIZE) {
      const [result] = await this.write(name, { [key]: rows.slice(i, i + BATCH_SIZE) });
      deleted += result.deleted as number;
    }
    return deleted;
  }

  async ensureSchema(): Promise<void> {
    for (const name of SCHEMA_STATEMENTS) {
      if (name !== 'schema-await-indexes') await this.write(name, {});
    }
    await this.write('schema-await-indexes', { timeoutSeconds: 300 });
  }

  /** Deletes every careergraph node and relationship (tests, and reloading from scratch). */
  async clear(): Promise<void> {
    await this.write('admin-unstamp-candidate-facts', {});
    for (;;) {
      const [{ deleted }] = await this.write('admin-clear-graph', { batch: cypherInt(BATCH_SIZE) });
      if (deleted === 0) return;
    }
  }

  async counts(): Promise<GraphCounts> {
    const tally = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.key as string, r.count as number]));
    const byLabel = tally(await this.read('count-nodes', {}));
    const byType = tally(await this.read('count-edges', {}));
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    return { nodes: sum(byLabel), edges: sum(byType), byLabel, byType };
  }

  async health(): Promise<StoreHealth> {
    return (await this.probe()).health;
  }

  /** Checks credentials and database at start; an unreachable server is not fatal (see /readyz). */
  async checkSettings(): Promise<StoreHealth> {
    const { health, settingError } = await this.probe();
    if (settingError) throw settingError;
    return health;
  }

  /**
   * Pings Neo4j within HEALTH_TIMEOUT_MS. The detail names what fails, never its address
   * (/readyz shows it to anyone); a wrong setting is an error for the start to report.
   */
  private async probe(): Promise<{ health: StoreHealth; settingError?: Error }> {
    const ping = this.forRequest(new Deadline(HEALTH_TIMEOUT_MS));
    try {
      await ping.runUnmapped('read-ping', {}, 'READ', ping.cypher['read-ping']);
      return { health: { ready: true, detail: 'Neo4j answers' } };
    } catch (error) {
      const settingError = describeConnectError(error, this.settings.uri) ?? undefined;
      const detail =
        error instanceof DeadlineExceededError
          ? `Neo4j (NEO4J_URI) does not answer within ${HEALTH_TIMEOUT_MS} ms`
          : settingError
            ? 'Neo4j rejects the configured credentials or database (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)'
            : `Neo4j (NEO4J_URI) cannot be reached (${error instanceof Neo4jError ? error.code : (error as Error).name})`;
      return { health: { ready: false, detail }, settingError };
    } finally {
      ping.deadline?.dispose();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async writeBatches(
    name: StatementName,
    rows: readonly object[],
    phase: LoadProgress['phase'],
    onProgress?: (p: LoadProgress) => void,
  ): Promise<void> {
    for (let i = 0; i < rows.length; i += BATCH_SIZE) {
      await this.write(name, { rows: rows.slice(i, i + BATCH_SIZE) });
      onProgress?.({ phase, done: Math.min(i + BATCH_SIZE, rows.length), total: rows.length });
    }
  }

  private read(name: StatementName, params: Record<string, unknown>): Promise<Row[]> {
    return this.run(name, params, 'READ');
  }

  private write(name: StatementName, params: Record<string, unknown>): Promise<Row[]> {
    return this.run(name, params, 'WRITE');
  }

  /** `text`: the statement `name` as composed for this call (read-plan), by default as in cypher/. */
  private async run(name: StatementName, params: Record<string, unknown>, mode: 'READ' | 'WRITE', text = this.cypher[name]): Promise<Row[]> {
    const startedAt = performance.now();
    let ok = false;
    try {
      const rows = await this.runUnmapped(name, params, mode, text);
      ok = true;
      return rows;
    } catch (error) {
      // On a request's view the transaction timeout is the rest of the request's budget.
      if (this.deadline && error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
        this.deadline.abort(`${name} ran past the request's budget (REQUEST_TIMEOUT_MS)`);
        this.deadline.check();
      }
      throw mapNeo4jError(error, name);
    } finally {
      this.observe?.(name, (performance.now() - startedAt) / 1000, ok);
    }
  }

  /**
   * One statement in its own transaction (an auto-commit one for AUTO_COMMIT_READS). No more statements run at once than the pool has
   * connections (a statement waits for one up to NEO4J_CONNECT_TIMEOUT_MS, then fails as
   * SERVICE_UNAVAILABLE, rather than the driver failing deep inside). On a request's view, the
   * transaction's timeout is what is left of the request's budget, and when the request is
   * stopped the session is closed, which makes Neo4j end the transaction; the caller is not
   * kept waiting for that (neo4j-driver can leave a closed session's retry pending forever).
   */
  private async runUnmapped(name: StatementName, params: Record<string, unknown>, mode: 'READ' | 'WRITE', text: string): Promise<Row[]> {
    const deadline = this.deadline;
    deadline?.check();
    const wait = Math.min(this.settings.connectionTimeoutMs, deadline?.remainingMs ?? Infinity);
    const release = await this.shared.gate.acquire(
      wait,
      () =>
        deadline?.expired
          ? (deadline.signal.reason as Error)
          : new ServiceUnavailableError(`all ${this.settings.maxPoolSize} Neo4j connections are busy (NEO4J_MAX_POOL_SIZE); retry shortly`),
      deadline?.signal,
    );
    if (deadline?.expired) {
      release();
      deadline.check();
    }
    const open = () => this.driver.session({ database: this.settings.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    let session = open();
    const rowsOf = (result: QueryResult) => result.records.map(plainRow);
    const work = async (tx: ManagedTransaction) => rowsOf(await tx.run(text, params));
    let timeout = mode === 'READ' ? this.settings.transactionTimeoutMs : Math.max(this.settings.transactionTimeoutMs, WRITE_TIMEOUT_MS);
    if (deadline) timeout = Math.max(1, Math.min(timeout, deadline.remainingMs));
    const config = { timeout, metadata: { app: 'careergraph', query: name } };
    // Stopping the request closes the session (Neo4j then ends the transaction); the
    // connection's permit comes back once the session has let go of it.
    let closing: Promise<void> | null = null;
    const stop = () => {
      closing = session.close().catch(() => undefined);
    };
    deadline?.signal.addEventListener('abort', stop, { once: true });
    try {
      const run =
        AUTO_COMMIT_READS.has(name) && mode === 'READ'
          ? (async () => rowsOf(await session.run(text, params, config)))().catch(async (error: unknown) => {
              // A transient error (a cluster member going away) sends it again as a read
              // transaction in a fresh session, which the driver retries; the first is closed
              // first, so the statement still holds one connection.
              if (!neo4j.isRetryableError(error as Error) || deadline?.expired) throw error;
              await session.close().catch(() => undefined);
              if (deadline?.expired) throw error;
              session = open();
              return session.executeRead(work, config);
            })
          : mode === 'READ'
            ? session.executeRead(work, config)
            : session.executeWrite(work, config);
      return deadline ? await untilStopped(run, deadline) : await run;
    } finally {
      deadline?.signal.removeEventListener('abort', stop);
      if (closing) void (closing as Promise<void>).finally(release);
      else
        await session
          .close()
          .catch(() => undefined)
          .finally(release);
    }
  }
}

/**
 * Reads sent as auto-commit statements: the statement and its PULL in one message exchange,
 * where a read transaction adds BEGIN and a COMMIT round trip after the rows. Through the
 * driver on our machine a statement in a read transaction costs 1.9 ms of client CPU against
 * 0.6 ms auto-commit (each socket write costs about 0.2 ms here); a title lookup served 610-735
 * against 440-470 requests/s at c=10. Every read a request makes, export pages included (a page
 * of 100 tasks: 2.9 → 2.3 ms p50 in the peer harness); counts and the loader's reads stay in
 * read transactions. (In an earlier attempt the abuse flood failed twice
 * with every read auto-commit, not understood then; with each statement's session closed at its
 * deadline, which resets a running auto-commit statement, it passes: bench/RESULTS.md, session 21.)
 */
const AUTO_COMMIT_READS: ReadonlySet<StatementName> = new Set<StatementName>([
  'read-plan',
  'read-nodes',
  'read-neighbours',
  'read-nodes-by-name',
  'read-skill-requirements',
  'read-candidate-facts',
  'read-career-paths',
  'read-search',
  'read-export-nodes',
  'read-export-edges',
]);

/**
 * A record as a row of plain values, by column name. Not Record.toObject, whose generator of
 * [key, value] pairs was a tenth of what an export page allocated.
 */
function plainRow(record: Neo4jRecord): Row {
  const row: Row = {};
  const keys = record.keys;
  for (let i = 0; i < keys.length; i += 1) row[keys[i] as string] = toPlain(record.get(i));
  return row;
}

/**
 * The id is a property in Neo4j but not part of `props` in the store-neutral shape; keys a
 * query blanked (search fields of neighbours) are dropped, as absent properties are.
 */
function toNode(row: Row): GraphNode {
  return { id: row.id as string, label: row.label as NodeLabel, props: presentProps(row.props, null, 'id') };
}

/** A neighbour page's item: the node, the edge's properties, and the sort key the statement ordered by. */
function toNeighbour(row: Row): Neighbour {
  return { node: toNode(row), edge: presentProps(row.edge, null), key: { rank: row.rank as number, id: row.id as string } };
}

/**
 * Has Neo4j plan a read statement and cache the plan, by running it once with a request's
 * parameters and dropping the rows: EXPLAIN caches the logical plan, but the first real run after
 * it still took 0.5-1.6 s (measured), so it would not spare a request the wait. A minute at most.
 */
async function warmUp(driver: Driver, settings: Config['neo4j'], text: string, params: Record<string, unknown>): Promise<void> {
  await driver.executeQuery(text, params, {
    database: settings.database,
    routing: neo4j.routing.READ,
    transactionConfig: { timeout: 60_000, metadata: { query: 'read-plan (warm-up)' } },
  });
}

/** What every request's view of one store shares: the pool gate, statement counts, typed plans (warmed only while the gate is idle). */
function sharedState(driver: Driver, settings: Config['neo4j']): Shared {
  const gate = new Semaphore(settings.maxPoolSize);
  const typedPlans = new TypedPlans(
    (text, params) => warmUp(driver, settings, text, params),
    undefined,
    undefined,
    () => gate.inUse === 0,
  );
  return { gate, typedPlans, candidateFacts: null };
}

const REQUIREMENT_LINKS: ReadonlyArray<RequirementMatch['rel']> = ['REQUIRES_SKILL', 'ESTIMATED_SKILL', 'USES_TECHNOLOGY', 'LEADS_TO'];

/** A candidate's facts, as cypher/candidate-facts.cypher writes them. */
function parseCandidateFacts(id: string, label: NodeLabel, text: string): CandidateFacts {
  const words = text.split(' ');
  const value = (i: number) => (words[i] === 'null' ? null : Number(words[i]));
  const count = (i: number) => Number(words[i]);
  if (words.length < 9 || (words.length - 9) % 5 !== 0) throw new Error(`${id}: its candidate facts string is malformed`);
  const salaryBands: SalaryFacts[] = [];
  for (let i = 9; i < words.length; i += 5) {
    salaryBands.push({ id: words[i], minYears: value(i + 1), maxYears: value(i + 2), minAnnual: value(i + 3), maxAnnual: value(i + 4) });
  }
  return {
    id,
    label,
    jobZone: value(0),
    skillImportanceMean: value(1),
    skillWeightNorm: value(2),
    technologyIdfSum: value(3),
    estimated: words[4] === 'true',
    unratedSkills: count(5),
    automationCounts: [count(6), count(7), count(8)],
    salaryBands: salaryBands.sort(compareBands),
  };
}

/**
 * Parses kept by node id, at most `max`: past it they are all dropped and made again as needed
 * (a graph has one entry per skill or candidate; 1,100 candidates are read per request, so a
 * lookup is a plain map read, without the reordering of an LRU).
 */
class KeptParses<V> {
  private readonly kept = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(id: string): V | undefined {
    return this.kept.get(id);
  }

  set(id: string, value: V): void {
    if (this.kept.size >= this.max) this.kept.clear();
    this.kept.set(id, value);
  }
}

/**
 * What the strings read-skill-requirements and read-candidate-facts return say, parsed once per
 * text: the same string always parses to the same values, so a parse is kept (frozen, shared by
 * every request) and used again while the store sends the same text for that node (after a load
 * changes it, the new text is parsed). Parsing was 5 ms of a recommend request's 33 ms of CPU here (5,600 requirements of
 * nine skills, 930 candidates); the strings themselves are still read every time.
 */
const parsedRequirements = new KeptParses<{ idf: number | null; text: string; parsed: ParsedRequirements }>(256);

/**
 * A skill's requirements by candidate: `lists[i]` are the matches of `candidateIds[i]`, in link
 * order (frozen). `at` caches where each candidate is in the last candidate list it was placed in.
 */
interface ParsedRequirements {
  candidateIds: readonly string[];
  lists: ReadonlyArray<readonly RequirementMatch[]>;
  at: { in: readonly CandidateFacts[]; positions: Int32Array } | null;
}

const NO_MATCHES: readonly RequirementMatch[] = Object.freeze([]);

/** Each of a skill's candidates' place in `known.facts` (-1: not a candidate), worked out once per candidate list. */
function positionsOf(parsed: ParsedRequirements, known: Pick<KeptCandidateFacts, 'facts' | 'position'>): Int32Array {
  if (parsed.at?.in === known.facts) return parsed.at.positions;
  const positions = Int32Array.from(parsed.candidateIds, (id) => known.position.get(id) ?? -1);
  parsed.at = { in: known.facts, positions };
  return positions;
}

/** A candidate's matches so far and one more skill's: kept (frozen) lists are copied, the request's own extended. */
function merged(list: readonly RequirementMatch[] | undefined, more: readonly RequirementMatch[]): readonly RequirementMatch[] {
  if (list === undefined) return more;
  const out = (Object.isFrozen(list) ? list.slice() : list) as RequirementMatch[];
  for (let i = 0; i < more.length; i += 1) out.push(more[i]);
  return out;
}
const parsedFacts = new KeptParses<{ label: NodeLabel; text: string; facts: CandidateFacts }>(32_768);

function requirementsOf(skillId: string, idf: number | null, text: string): ParsedRequirements {
  const kept = parsedRequirements.get(skillId);
  if (kept && kept.idf === idf && kept.text === text) return kept.parsed;
  const byCandidate = new Map<string, RequirementMatch[]>();
  parseRequirements(skillId, idf, text, byCandidate);
  for (const list of byCandidate.values()) {
    list.sort(compareMatches); // one skill: by link type (stable)
    for (const m of list) Object.freeze(m);
    Object.freeze(list);
  }
  const parsed: ParsedRequirements = { candidateIds: [...byCandidate.keys()], lists: [...byCandidate.values()], at: null };
  parsedRequirements.set(skillId, { idf, text, parsed });
  return parsed;
}

function candidateFactsOf(id: string, label: NodeLabel, text: string): CandidateFacts {
  const kept = parsedFacts.get(id);
  if (kept && kept.label === label && kept.text === text) return kept.facts;
  const facts = parseCandidateFacts(id, label, text);
  Object.freeze(facts.salaryBands);
  parsedFacts.set(id, { label, text, facts: Object.freeze(facts) });
  return facts;
}

/** Adds a skill's requirements, as cypher/skill-requirements.cypher writes them, to `into` by candidate. */
function parseRequirements(skillId: string, idf: number | null, text: string, into: Map<string, RequirementMatch[]>): void {
  const words = text.split(' ');
  const value = (word: string) => (word === 'null' ? null : Number(word));
  for (let i = 0; i + 5 <= words.length; i += 5) {
    const rel = REQUIREMENT_LINKS[Number(words[i + 1])];
    const flags = Number(words[i + 4]);
    if (rel === undefined || !Number.isInteger(flags)) throw new Error(`skill ${skillId}: its requirements string is malformed at word ${i}`);
    const match: RequirementMatch = {
      skillId,
      rel,
      importance: value(words[i + 2]),
      level: value(words[i + 3]),
      suppressed: (flags & 1) !== 0,
      inDemand: (flags & 2) !== 0,
      idf: rel === 'USES_TECHNOLOGY' ? idf : null,
    };
    const list = into.get(words[i]);
    if (list) list.push(match);
    else into.set(words[i], [match]);
  }
}
