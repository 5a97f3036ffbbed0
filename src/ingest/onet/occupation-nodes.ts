import { nodeId } from '../../model/ids';
import type { DataSetRelease } from '../common/dataset';
import { writeDataSource as writeReleaseSource } from '../common/dataset';
import type { ImportContext, OnetFacet } from './context';

/**
 * Writes the occupation nodes once every file has added to their records, with their links
 * to job zone, SOC occupation and data source. `codeSystem` names the system of `code`: SOC
 * for `.00` rows (the seed's value for the same node), O*NET-SOC for specialisations.
 *
 * An occupation node is shared with other sources (the seed's profile), so its O*NET
 * properties are written per facet: only for the files this import read, and then as null
 * where this release states nothing (its job zone dropped), which removes what an older
 * release stored. A partial import (a lone Skills file) leaves the rest as it is.
 */
export function writeOccupations(ctx: ImportContext, covered: ReadonlySet<OnetFacet>): void {
  const owned = <T>(facet: OnetFacet, value: T | undefined): T | null | undefined => (covered.has(facet) ? (value ?? null) : undefined);
  for (const o of ctx.occupations.all()) {
    const specialisation = o.code !== o.onetCode.slice(0, 7);
    ctx.graph.node(
      o.id,
      'Occupation',
      {
        code: o.code,
        onetCode: o.onetCode,
        codeSystem: specialisation ? 'O*NET-SOC' : 'SOC',
        title: o.title,
        name: o.title,
        onetDescription: owned('occupation', o.description),
        onetRelease: covered.has('occupation') ? ctx.release : undefined,
        jobZone: owned('job-zone', o.jobZone),
        alternateTitles: owned('alternate-title', o.alternateTitles.length > 0 ? o.alternateTitles : undefined),
        professionalCertificationImportance: owned('education', o.professionalCertificationImportance),
        apprenticeshipImportance: owned('education', o.apprenticeshipImportance),
        interestCode: owned('interest', o.interestCode),
      },
      [o.code, o.onetCode, ...o.alternateTitles, ...o.shortTitles],
      true,
    );
    // CITES, as a profile cites its sources: an occupation's `sources` list shows O*NET too.
    // Its facet is `source`: it goes with the DataSource node, not with one kind of fact.
    ctx.graph.edge('CITES', o.id, ctx.sourceId, { rank: 1000, ...ctx.prov('source') });
    if (o.jobZone !== undefined && ctx.reference.jobZones?.has(o.jobZone)) {
      ctx.graph.edge('IN_JOB_ZONE', o.id, nodeId.jobZone(o.jobZone), { rank: 0, ...ctx.prov('job-zone') });
    }
    // The parent is linked only when this import holds its `.00` row, so the edge never dangles.
    const parent = `${o.onetCode.slice(0, 7)}.00`;
    if (specialisation && ctx.occupations.has(parent)) {
      ctx.graph.edge('SPECIALISES', o.id, nodeId.occupation(o.onetCode.slice(0, 7)), { rank: 0, ...ctx.prov('occupation') });
    }
  }
}

const PUBLISHER = 'U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)';

/** The O*NET release as a data set: its DataSource carries the attribution the licence requires. */
export function onetRelease(release: string): DataSetRelease {
  return {
    dataset: 'onet',
    release,
    label: `O*NET ${release}`,
    name: `O*NET ${release} Database`,
    publisher: PUBLISHER,
    license: 'CC BY 4.0',
    url: 'https://www.onetcenter.org/database.html',
    attribution:
      `O*NET ${release} Database by the ${PUBLISHER}, used under the Creative Commons Attribution 4.0 ` +
      'International License (https://www.onetcenter.org/license_db.html). O*NET® is a trademark of USDOL/ETA.',
  };
}

/** The provenance node; `covers` lists the facets this import holds. */
export function writeDataSource(ctx: ImportContext, covers: readonly OnetFacet[]): void {
  writeReleaseSource(ctx.graph, onetRelease(ctx.release), covers);
}
