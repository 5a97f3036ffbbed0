import type { GraphBuilder } from '../../model/graph-builder';
import { nodeId } from '../../model/ids';
import { provenance } from '../common/dataset';
import { EP_PERIOD, EP_RELEASE } from './bls-release';
import { comparisonOf, growthCategory } from './growth-category';
import { occupationCodeOf, type OccupationRef } from './options';
import { outlookText } from './outlook-text';
import type { CharacteristicsRow, ProjectionRow } from './projection-rows';
import type { Match } from './published-match';

const OUTLOOK = provenance(EP_RELEASE, 'outlook');
const SOURCE = provenance(EP_RELEASE, 'source');
/** After the curated outlook a profile states (rank 0). */
const OUTLOOK_RANK = 100;

const jobs = (thousands: number) => Math.round(thousands * 1000);

/**
 * One Outlook per occupation, linked HAS_OUTLOOK from it and SOURCED_FROM the release, and the
 * occupation CITES the release. A top-coded median wage (">=$239,200") is left out and named
 * in `topCoded`, as OEWS wages are, with its bound in `medianWageTopCode`.
 */
export function writeOutlook(
  graph: GraphBuilder,
  sourceId: string,
  occupation: OccupationRef,
  match: Match<ProjectionRow>,
  characteristics: CharacteristicsRow | undefined,
  average: number,
): void {
  const { row } = match;
  const category = growthCategory(row.figures.growthPercent, average);
  const wage = characteristics?.medianWage ?? { kind: 'missing' as const };
  const figures = {
    periodStart: EP_PERIOD.start,
    periodEnd: EP_PERIOD.end,
    growthPercent: row.figures.growthPercent,
    employmentStart: jobs(row.figures.employmentStart),
    employmentEnd: jobs(row.figures.employmentEnd),
    annualOpenings: jobs(row.figures.annualOpenings),
  };
  const id = nodeId.outlook(occupationCodeOf(occupation), EP_RELEASE.factKey);
  graph.node(id, 'Outlook', {
    name: EP_RELEASE.label,
    ...figures,
    employmentChange: jobs(row.figures.employmentChange),
    medianWage: wage.kind === 'value' ? wage.value : undefined,
    medianWageTopCode: wage.kind === 'top-coded' ? wage.atLeast : undefined,
    medianWageYear: wage.kind === 'missing' ? undefined : EP_PERIOD.wageYear,
    topCoded: wage.kind === 'top-coded' ? ['medianWage'] : [],
    entryEducation: characteristics?.entryEducation,
    workExperience: characteristics?.workExperience,
    onTheJobTraining: characteristics?.onTheJobTraining,
    publishedCode: row.code,
    publishedTitle: row.title,
    aggregated: match.aggregated,
    growthCategory: category,
    comparison: comparisonOf(category, average),
    approximate: false,
    // The Outlook type requires the list; BLS's tables name no employers.
    mainEmployers: [],
    text: outlookText({ title: row.title, ...figures }),
    ...OUTLOOK,
  });
  graph.edge('HAS_OUTLOOK', occupation.id, id, { rank: OUTLOOK_RANK, ...OUTLOOK });
  graph.edge('SOURCED_FROM', id, sourceId, { rank: 0, ...OUTLOOK });
  graph.edge('CITES', occupation.id, sourceId, { rank: EP_RELEASE.citesRank, ...SOURCE });
}
