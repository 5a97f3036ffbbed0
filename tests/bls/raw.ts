import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import readXlsxFile, { type Row } from 'read-excel-file/node';
import { EP_DIR, OEWS_CSV } from './occupations';

/**
 * The tests' own reading of the raw BLS files, independent of src/ingest/bls: expected values
 * come from here, never typed by hand.
 */

export { seededSample as sample } from '../../src/shared/seeded-sample';

export type RawRecord = { [column: string]: string };

/** OEWS rows by OCC_CODE; where a code is published twice (broad and detailed), the detailed row. */
export function rawOews(): Map<string, RawRecord> {
  const text = gunzipSync(readFileSync(OEWS_CSV)).toString('utf8');
  const records = parse(text, { columns: true, bom: true }) as RawRecord[];
  const byCode = new Map<string, RawRecord>();
  for (const r of records) if (!byCode.has(r.OCC_CODE) || r.O_GROUP === 'detailed') byCode.set(r.OCC_CODE, r);
  return byCode;
}

/** A sheet's rows as records keyed by header, the header being the first row holding `marker`. */
export function recordsOf(data: Row[], marker: string): RawRecord[] {
  const at = data.findIndex((row) => row.some((c) => c === marker));
  const header = data[at].map((c) => String(c ?? '').replace(/\(\d+\)$/, ''));
  return data.slice(at + 1).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] === null ? '' : String(row[i])])));
}

/** O*NET-SOC code → NEM code. */
export async function rawCrosswalk(): Promise<Map<string, string>> {
  const [sheet] = await readXlsxFile(join(EP_DIR, 'nem-onet-to-soc-crosswalk.xlsx'));
  return new Map(
    recordsOf(sheet.data, 'O*NET-SOC Code')
      .filter((r) => r['NEM Code'])
      .map((r) => [r['O*NET-SOC Code'], r['NEM Code']]),
  );
}

export const EP_CODE = '2022 National Employment Matrix code';

/** Table 1.2 and Table 1.7 rows by NEM code. */
export async function rawProjections(): Promise<{ t12: Map<string, RawRecord>; t17: Map<string, RawRecord> }> {
  const sheets = await readXlsxFile(join(EP_DIR, 'occupation.xlsx'));
  const byCode = (name: string) => {
    const sheet = sheets.find((s) => s.sheet === name);
    if (!sheet) throw new Error(`no ${name}`);
    return new Map(
      recordsOf(sheet.data, EP_CODE)
        .filter((r) => r[EP_CODE])
        .map((r) => [r[EP_CODE], r]),
    );
  };
  return { t12: byCode('Table 1.2'), t17: byCode('Table 1.7') };
}

/** The code an O*NET-SOC occupation is published under: its own SOC code, else the crosswalk's. */
export function publishedCode(onetCode: string, published: ReadonlyMap<string, unknown>, crosswalk: ReadonlyMap<string, string>): string | undefined {
  const soc = onetCode.slice(0, 7);
  if (published.has(soc)) return soc;
  const nem = crosswalk.get(onetCode);
  return nem !== undefined && published.has(nem) ? nem : undefined;
}

/** "140,886,310" → 140886310. */
export const amount = (raw: string) => Number(raw.replace(/,/g, ''));
