import { isNodeLabel, isRelType, type GraphNode, type NodeLabel, type Props } from '../../model/graph';
import { type Neighbour, type PlanPage, type PlanResult, type PlanStep } from '../graph-store';
import { checkFilterKey } from '../filter-keys';
import { cypherInt } from './values';

/** The two parts of cypher/ a typed plan statement is made of. */
export interface PlanTemplates {
  'read-plan-typed': string;
  'read-plan-typed-step': string;
}

/** A plan compiled for Neo4j: its shape (what the text depends on), the text and its values. */
export interface CompiledPlan {
  shape: string;
  text: string;
  params: Record<string, unknown>;
}

/** A node's properties but the internal ones, as cypher/read-neighbours.cypher reads them. */
const ALL_PROPS = '{.*, searchText: null, searchName: null, derivedCandidateFacts: null, derivedRequirements: null}';
/** The root's projection in cypher/read-plan-typed.cypher, which a plan naming the root's properties replaces. */
const ROOT_PROPS = /n0 \{[^}]*\}\/\*props\*\//;
/** A property key written into a statement: an identifier (the planner takes them from the schema's field names). */
const PROPERTY_KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Where a template nests the pages of the steps below. */
const PAGES = '/*pages*/';
const HOLE = /\{\{([a-z-]+)\}\}/g;
/** Statement texts by plan shape; bounded (TypedPlans bounds how many are used). */
const MAX_CACHED = 1000;
const texts = new Map<string, string>();

/**
 * Compiles a read plan into one typed statement (#13): cypher/read-plan-typed.cypher with one
 * cypher/read-plan-typed-step.cypher per step, nested as the plan is. Relationship types,
 * directions, labels and filter keys are written into the text, so Neo4j plans each step as a
 * typed expansion with its own limit, but only after they are checked against the model's
 * allow-lists; limits, cursors and filter values are parameters (`$s<step>_...`). The text
 * depends only on the plan's shape, so it is built once per shape and Neo4j's plan cache
 * serves every request of that shape.
 */
export function compilePlan(templates: PlanTemplates, roots: readonly string[], top: readonly PlanStep[], rootProps?: readonly string[]): CompiledPlan {
  for (const key of rootProps ?? []) if (!PROPERTY_KEY.test(key)) throw new Error(`property key "${key}" is not an identifier`);
  const params: Record<string, unknown> = { roots: [...roots] };
  let shape = `${rootProps ? rootProps.join(',') : '*'}:`;
  let count = 0;
  const visit = (step: PlanStep) => {
    checkStep(step);
    const p = `s${count++}_`;
    if (step.where) params[`${p}where`] = [...step.where.values];
    params[`${p}limit`] = cypherInt(step.limit + 1);
    if (step.after) {
      params[`${p}rank`] = step.after.rank;
      params[`${p}id`] = step.after.id;
    }
    const props = step.props ? step.props.join(',') : '*';
    const total = step.total === false ? '' : 'total';
    const edgeProps = step.edgeProps ? step.edgeProps.join(',') : '*';
    shape += `${step.rel}:${step.direction}:${[...(step.labels ?? [])].sort().join('|')}:${step.where?.key ?? ''}:${step.after ? 'after' : ''}:${props}:${total}:${edgeProps}(`;
    step.children.forEach(visit);
    shape += ')';
  };
  top.forEach(visit);
  let text = texts.get(shape);
  if (text === undefined) {
    text = planText(templates, top, rootProps);
    if (texts.size >= MAX_CACHED) texts.delete(texts.keys().next().value as string);
    texts.set(shape, text);
  }
  return { shape, text, params };
}

/** The statement for a plan's shape; steps are numbered in the order compilePlan numbers their parameters. */
function planText(templates: PlanTemplates, top: readonly PlanStep[], rootProps: readonly string[] | undefined): string {
  let count = 0;
  const compile = (step: PlanStep, level: number): string => {
    const p = `s${count++}_`;
    const parent = `n${level - 1}`;
    const child = `n${level}`;
    const r = `r${level}`;
    const k = `k${level}`;
    const [left, right] = step.direction === 'OUT' ? ['-', '->'] : ['<-', '-'];
    const conditions: string[] = [];
    const labels = [...(step.labels ?? [])].sort();
    if (labels.length > 0) conditions.push(`${child}:${labels.join('|')}`);
    if (step.where) conditions.push(`toString(${child}.${step.where.key}) IN $${p}where`);
    const filter = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const holes: Record<string, string> = {
      total: step.total === false ? '-1' : `COUNT { (${parent})${left}[:${step.rel}]${right}(${child}) ${filter} }`,
      pattern: `(${parent})${left}[${r}:${step.rel}]${right}(${child})`,
      filter,
      r,
      child,
      k,
      keyset: step.after ? `WHERE ${k} > $${p}rank OR (${k} = $${p}rank AND ${child}.id > $${p}id)` : '',
      limit: `$${p}limit`,
      props: step.props
        ? `[${readProps(step.props)
            .map((key) => `${child}.${key}`)
            .join(', ')}]`
        : `${child} ${ALL_PROPS}`,
      edge: !step.edgeProps ? `properties(${r})` : step.edgeProps.length > 0 ? `[${step.edgeProps.map((key) => `${r}.${key}`).join(', ')}]` : 'null',
    };
    return fill(templates['read-plan-typed-step'], holes, step.children.map((c) => compile(c, level + 1)).join(',\n'));
  };
  let root = templates['read-plan-typed'];
  if (!ROOT_PROPS.test(root)) throw new Error('cypher/read-plan-typed.cypher has no root projection marked /*props*/');
  if (rootProps) {
    const read = readProps(rootProps);
    root = root.replace(ROOT_PROPS, () => `n0 {${read.length > 0 ? read.map((key) => `.${key}`).join(', ') : '.id'}}`);
  }
  return nest(root, top.map((step) => compile(step, 1)).join(',\n'));
}

/** The properties a step reads on its nodes as a list of values: those it names but `id` (read anyway). */
function readProps(keys: readonly string[]): readonly string[] {
  return keys.filter((key) => key !== 'id');
}

/** The model's allow-lists: nothing else is ever written into a statement's text (nor sent as a generic plan's step). */
export function checkStep(step: PlanStep): void {
  if (!isRelType(step.rel)) throw new Error(`relationship type "${step.rel}" is not in the model`);
  if (step.direction !== 'OUT' && step.direction !== 'IN') throw new Error(`direction "${String(step.direction)}" is not OUT or IN`);
  for (const label of step.labels ?? []) if (!isNodeLabel(label)) throw new Error(`label "${label}" is not in the model`);
  checkFilterKey(step.where);
  if (!Number.isSafeInteger(step.limit) || step.limit < 0) throw new Error(`page size ${step.limit} is not a whole number`);
  for (const key of [...(step.props ?? []), ...(step.edgeProps ?? [])])
    if (!PROPERTY_KEY.test(key)) throw new Error(`property key "${key}" is not an identifier`);
}

function fill(template: string, holes: Record<string, string>, below: string): string {
  const text = template.replace(HOLE, (_, name: string) => {
    const value = holes[name];
    if (value === undefined) throw new Error(`cypher/read-plan-typed-step.cypher has a hole {{${name}}} the compiler does not fill`);
    return value;
  });
  // An empty hole leaves a blank line or trailing spaces: tidied, so snapshots read well.
  return nest(text.replace(/[ \t]+$/gm, '').replace(/\n\s*\n/g, '\n'), below);
}

function nest(template: string, pages: string): string {
  if (!template.includes(PAGES)) throw new Error(`a read-plan template has no ${PAGES} list`);
  return template.replace(PAGES, () => pages);
}

type Row = Record<string, unknown>;

/**
 * The statement's rows as a PlanResult: the roots in the order asked, and one page per step per
 * parent, trimmed to the step's limit (the statement reads one more to tell `hasMore`).
 */
export function decodePlan(rows: readonly Row[], roots: readonly string[], top: readonly PlanStep[], toNode: (row: Row) => GraphNode): PlanResult {
  const byId = new Map(rows.map((row) => [row.id as string, row.node as Row | null]));
  const pages: PlanPage[] = [];
  const walk = (steps: readonly PlanStep[], parentId: string, found: readonly Row[]) => {
    steps.forEach((step, i) => {
      const page = found[i];
      const all = page.items as Item[];
      const items = all.length > step.limit ? all.slice(0, step.limit) : all;
      const propKeys = step.props ? readProps(step.props) : null;
      pages.push({
        step,
        parentId,
        page: { total: page.total as number, hasMore: all.length > step.limit, items: items.map((item) => neighbourOf(item, propKeys, step.edgeProps)) },
      });
      for (const item of items) walk(step.children, item[1], item[5] as Row[]);
    });
  };
  const nodes = roots.map((id) => {
    const node = byId.get(id);
    if (!node) return null;
    walk(top, id, node.pages as Row[]);
    return toNode(node);
  });
  return { roots: nodes, pages };
}

/** An item as cypher/read-plan-typed-step.cypher returns it: rank, id, label, properties, relationship properties, pages below. */
type Item = [number, string, NodeLabel, unknown, unknown, unknown];

/**
 * A neighbour from an item: properties named by the step come as values in its order, all of
 * them as a map; missing ones (null) are left out, as the in-memory store has no key there.
 */
function neighbourOf([rank, id, label, props, edge]: Item, propKeys: readonly string[] | null, edgeKeys: readonly string[] | undefined): Neighbour {
  return { node: { id, label, props: presentProps(props, propKeys, 'id') }, edge: presentProps(edge, edgeKeys ?? null), key: { rank, id } };
}

/**
 * Properties as the store-neutral shape has them: without the nulls a projection gives for
 * missing keys (the in-memory store has no key there) and without `skip` (a node's id). `values`
 * is a list in the order of `keys`, or a map when `keys` is null.
 */
export function presentProps(values: unknown, keys: readonly string[] | null, skip?: string): Props {
  const out: Props = {};
  if (values === null) return out;
  if (keys) {
    const list = values as unknown[];
    for (let i = 0; i < keys.length; i += 1) if (list[i] !== null) out[keys[i]] = list[i] as Props[string];
    return out;
  }
  // for-in, not Object.entries: a pair array per property was a third of an export page's
  // decoding here (the maps are the driver's plain objects: nothing inherited to skip).
  const map = values as Props;
  for (const key in map) {
    const value = map[key];
    if (value !== null && key !== skip) out[key] = value;
  }
  return out;
}
