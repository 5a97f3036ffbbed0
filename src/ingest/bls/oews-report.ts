import type { GraphData } from '../../model/graph';
import { OEWS_TOP_CODES } from './bls-release';
import type { OewsRow } from './oews-rows';
import { compareText } from '../../shared/compare';

/** Report lines about what the wage nodes hold: top-coded figures, hourly- and annual-only occupations. */
export function oewsNotes(rows: ReadonlyMap<string, OewsRow>, graph: GraphData): string[] {
  const wages = graph.nodes.filter((n) => n.label === 'WageStatistic');
  const byKey: Record<string, number> = {};
  let topCodedNodes = 0;
  for (const n of wages) {
    const keys = n.props.topCoded as string[];
    if (keys.length > 0) topCodedNodes += 1;
    for (const k of keys) byKey[k] = (byKey[k] ?? 0) + 1;
  }
  const values = Object.values(byKey).reduce((a, b) => a + b, 0);
  const perKey = Object.entries(byKey)
    .sort(([a], [b]) => compareText(a, b))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const codes = (flag: string) => wages.filter((n) => n.props[flag] === true).map((n) => n.id.split(':')[1]);
  const hourlyOnly = codes('hourlyOnly');
  const annualOnly = codes('annualOnly');
  const groups = [...rows.values()].filter((r) => r.group === 'detailed' && r.code.endsWith('0')).length;
  return [
    `${rows.size} SOC codes read; ${groups} detailed rows stand for a group code (e.g. 29-2010), published a second time as the broad group: the detailed row is used`,
    `top-coded (#, at or above $${OEWS_TOP_CODES.hourly}.00/hour or $${OEWS_TOP_CODES.annual.toLocaleString('en-US')}/year): ${values} values on ${topCodedNodes} of ${wages.length} wage nodes (${perKey || 'none'})`,
    `hourly wages only (HOURLY=TRUE): ${hourlyOnly.length} occupations${hourlyOnly.length > 0 ? ` (${hourlyOnly.join(', ')})` : ''}`,
    `annual wages only (ANNUAL=TRUE): ${annualOnly.length} occupations`,
    `employment not available (TOT_EMP * or **): ${wages.filter((n) => n.props.employment === undefined).length} wage nodes`,
  ];
}
