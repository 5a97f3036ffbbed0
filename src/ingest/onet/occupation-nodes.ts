import { nodeId } from '../../model/ids';
import type { ImportContext } from './context';

/**
 * Writes the occupation nodes once every file has added to their records, with their links
 * to job zone, SOC occupation and data source. `codeSystem` names the system of `code`: SOC
 * for `.00` rows (the seed's value for the same node), O*NET-SOC for specialisations.
 * Alternate titles are written only when the import read them, and onetRelease only for
 * occupations defined by Occupation Data, so a partial import (a lone 29.x Skills file)
 * does not blank what an earlier full import stored.
 */
export function writeOccupations(ctx: ImportContext, read: { occupationData: boolean; alternateTitles: boolean }): void {
  for (const o of ctx.occupations.all()) {
    const specialisation = o.code !== o.onetCode.slice(0, 7);
    ctx.graph.node(o.id, 'Occupation', {
      code: o.code, onetCode: o.onetCode, codeSystem: specialisation ? 'O*NET-SOC' : 'SOC',
      title: o.title, name: o.title, onetDescription: o.description, jobZone: o.jobZone,
      alternateTitles: read.alternateTitles ? o.alternateTitles : undefined,
      professionalCertificationImportance: o.professionalCertificationImportance,
      apprenticeshipImportance: o.apprenticeshipImportance,
      onetRelease: read.occupationData ? ctx.release : undefined,
    }, [o.code, o.onetCode, ...o.alternateTitles, ...o.shortTitles]);
    // CITES, as a profile cites its sources: an occupation's `sources` list shows O*NET too.
    ctx.graph.edge('CITES', o.id, ctx.sourceId, { rank: 1000, source: ctx.source });
    if (o.jobZone !== undefined && ctx.reference.jobZones?.has(o.jobZone)) {
      ctx.graph.edge('IN_JOB_ZONE', o.id, nodeId.jobZone(o.jobZone), { rank: 0, source: ctx.source });
    }
    // The parent is linked only when this import holds its `.00` row, so the edge never dangles.
    const parent = `${o.onetCode.slice(0, 7)}.00`;
    if (specialisation && ctx.occupations.has(parent)) {
      ctx.graph.edge('SPECIALISES', o.id, nodeId.occupation(o.onetCode.slice(0, 7)), { rank: 0, source: ctx.source });
    }
  }
}

const PUBLISHER = 'U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)';

/** The provenance node; its attribution is the one the O*NET licence requires wherever data is served. */
export function writeDataSource(ctx: ImportContext, covers: string[]): void {
  ctx.graph.node(ctx.sourceId, 'DataSource', {
    name: `O*NET ${ctx.release} Database`,
    publisher: PUBLISHER,
    covers,
    release: ctx.release,
    license: 'CC BY 4.0',
    url: 'https://www.onetcenter.org/database.html',
    attribution:
      `O*NET ${ctx.release} Database by the ${PUBLISHER}, used under the Creative Commons Attribution 4.0 ` +
      'International License (https://www.onetcenter.org/license_db.html). O*NET® is a trademark of USDOL/ETA.',
  }, ['onet', PUBLISHER]);
}
