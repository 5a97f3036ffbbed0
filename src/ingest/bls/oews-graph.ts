import type { GraphBuilder } from '../../model/graph-builder';
import { nodeId } from '../../model/ids';
import { provenance } from '../common/dataset';
import { OEWS_PERIOD, OEWS_RELEASE, OEWS_TOP_CODES } from './bls-release';
import { WAGE_COLUMNS, type OewsRow } from './oews-rows';
import { occupationCodeOf, type OccupationRef } from './options';
import type { Match } from './published-match';

const WAGE = provenance(OEWS_RELEASE, 'wage');
const SOURCE = provenance(OEWS_RELEASE, 'source');

/**
 * One WageStatistic per occupation, linked HAS_WAGE from it and SOURCED_FROM the release,
 * and the occupation CITES the release. A top-coded figure is left out and named in
 * `topCoded`, so no client mistakes the top code for the wage; a missing one is just absent.
 */
export function writeWage(graph: GraphBuilder, sourceId: string, occupation: OccupationRef, match: Match<OewsRow>): void {
  const { row } = match;
  const figures: Record<string, number> = {};
  const topCoded: string[] = [];
  for (const [key] of WAGE_COLUMNS) {
    const wage = row.wages[key];
    if (wage.kind === 'value') figures[key] = wage.value;
    else if (wage.kind === 'top-coded') topCoded.push(key);
  }
  const id = nodeId.wage(occupationCodeOf(occupation), OEWS_RELEASE.factKey);
  graph.node(id, 'WageStatistic', {
    name: `${OEWS_RELEASE.label} wages`,
    ...OEWS_PERIOD,
    publishedCode: row.code,
    publishedTitle: row.title,
    aggregated: match.aggregated,
    employment: row.employment ?? null,
    hourlyOnly: row.hourlyOnly,
    annualOnly: row.annualOnly,
    ...figures,
    topCoded: topCoded.sort(),
    hourlyTopCode: OEWS_TOP_CODES.hourly,
    annualTopCode: OEWS_TOP_CODES.annual,
    ...WAGE,
  });
  graph.edge('HAS_WAGE', occupation.id, id, { rank: 0, ...WAGE });
  graph.edge('SOURCED_FROM', id, sourceId, { rank: 0, ...WAGE });
  graph.edge('CITES', occupation.id, sourceId, { rank: OEWS_RELEASE.citesRank, ...SOURCE });
}
