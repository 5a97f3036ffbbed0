import { eachRow } from '../common/rows';
import { type Mapper } from './context';
import { CODE_COLUMN } from './file-specs';
import { RowError } from '../common/problems';
import { integer, text } from '../common/values';

/** Alternate Titles: searchable names of an occupation; "n/a" short titles are absent ones. */
export const mapAlternateTitles: Mapper = (file, cols, ctx) => {
  eachRow(file, ctx.log, (row) => {
    const occupation = ctx.occupations.require(CODE_COLUMN, cols.get(row, CODE_COLUMN));
    const title = text('Alternate Title', cols.get(row, 'Alternate Title'));
    // O*NET repeats a few titles (listed by two sources); one copy is enough.
    if (!occupation.alternateTitles.includes(title)) occupation.alternateTitles.push(title);
    const short = cols.opt(row, 'Short Title');
    if (short && short !== 'n/a' && !occupation.shortTitles.includes(short)) occupation.shortTitles.push(short);
  });
};

/** Job Zones: the occupation's zone (a property, and an IN_JOB_ZONE edge when the zone is defined). */
export const mapJobZones: Mapper = (file, cols, ctx) => {
  const defined = ctx.reference.jobZones;
  if (!defined) ctx.warnings.push(`${file.name}: Job Zone Reference.txt is absent, so occupations get a jobZone property but no IN_JOB_ZONE edge`);
  eachRow(file, ctx.log, (row) => {
    const occupation = ctx.occupations.require(CODE_COLUMN, cols.get(row, CODE_COLUMN));
    const zone = integer('Job Zone', cols.get(row, 'Job Zone'), 1, 5);
    if (defined && !defined.has(zone)) throw new RowError('unknown-reference', `Job Zone ${zone} is not in Job Zone Reference.txt`);
    if (occupation.jobZone !== undefined) throw new RowError('duplicate', `${occupation.onetCode} already has a job zone`);
    occupation.jobZone = zone;
  });
};
