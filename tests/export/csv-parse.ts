/**
 * A strict RFC 4180 reader for the tests: quoted fields may hold commas, doubled quotes and
 * line breaks. Each field says whether it was quoted, so `""` (an empty string) and an empty
 * field (no value) stay apart.
 */
export interface CsvField {
  text: string;
  quoted: boolean;
}

export function parseCsv(input: string): CsvField[][] {
  const rows: CsvField[][] = [];
  let row: CsvField[] = [];
  let i = 0;
  while (i < input.length) {
    let text = '';
    let quoted = false;
    if (input[i] === '"') {
      quoted = true;
      i++;
      for (;;) {
        if (i >= input.length) throw new Error(`unterminated quoted field in row ${rows.length + 1}`);
        if (input[i] === '"') {
          if (input[i + 1] === '"') {
            text += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += input[i++];
      }
      if (i < input.length && input[i] !== ',' && input[i] !== '\n') throw new Error(`text after a closing quote in row ${rows.length + 1}`);
    } else {
      const end = nextDelimiter(input, i);
      text = input.slice(i, end);
      if (text.includes('"')) throw new Error(`bare quote in row ${rows.length + 1}: ${text}`);
      i = end;
    }
    row.push({ text, quoted });
    if (input[i] === ',') {
      i++;
      if (i === input.length) row.push({ text: '', quoted: false });
    } else {
      rows.push(row);
      row = [];
      i++;
    }
  }
  return rows;
}

function nextDelimiter(input: string, from: number): number {
  for (let i = from; i < input.length; i++) if (input[i] === ',' || input[i] === '\n') return i;
  return input.length;
}
