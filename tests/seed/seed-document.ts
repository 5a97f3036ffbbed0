import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The seed document, read in its own terms (headings partly Portuguese), for coverage checks. */
export const SEED_DOCUMENT = join(__dirname, '..', '..', 'seeds', 'source', '000_ae2e7be3b532026c.txt');

export interface SeedDocument {
  lines: string[];
  titleLine: string;
  codeLine: string;
  summary: string;
  aiOutlook: string;
  aiApplications: string[];
  taskBullets: string[];
  emergingSkillBullets: string[];
  demandShift: string;
  transitionAdvice: string;
  tables: Record<string, string[][]>;
  traits: string[];
  careerProgression: string;
  outlookParagraph: string;
  growthAreasLine: string;
  sourcesParagraph: string;
}

export function readSeedDocument(path = SEED_DOCUMENT): SeedDocument {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trimEnd());
  const at = (heading: string) => {
    const i = lines.findIndex((l) => l.startsWith(heading));
    if (i < 0) throw new Error(`seed document has no line starting "${heading}"`);
    return i;
  };
  const aiEra = at('In the AI era');
  const salary = at('Salário');
  const bulletsStart = lines.findIndex((l, i) => i > aiEra && l.startsWith('- '));
  const aiApplications = lines.slice(aiEra + 2, bulletsStart).filter((l) => l !== '-');
  const bulletsEnd = lines.findIndex((l, i) => i > bulletsStart && !l.startsWith('- '));
  const bullets = lines.slice(bulletsStart, bulletsEnd).map((l) => l.slice(2));
  // The document lists tasks (three groups) and then six emerging skills, all as bullets.
  const skillStart = bullets.findIndex((b) => /^Advanced molecular/.test(b));
  const career = at('Perspectivas de carreira');
  const sources = at('Fontes de dados');
  return {
    lines,
    titleLine: lines[0],
    codeLine: lines[1],
    summary: lines[2],
    aiOutlook: lines[aiEra + 1],
    aiApplications,
    taskBullets: bullets.slice(0, skillStart),
    emergingSkillBullets: bullets.slice(skillStart),
    demandShift: lines[bulletsEnd],
    transitionAdvice: lines[bulletsEnd + 1],
    tables: {
      salary: tableAfter(lines, salary),
      education: tableAfter(lines, at('Percurso Educacional')),
      qualifications: tableAfter(lines, at('Qualificações')),
      visas: tableAfter(lines, at('Migração')),
    },
    traits: lines
      .slice(at('Para quem serve') + 1, career)
      .filter((l) => l.startsWith('- '))
      .map((l) => l.slice(2)),
    careerProgression: lines[career + 1],
    outlookParagraph: lines[career + 2],
    growthAreasLine: lines[at('Áreas em crescimento') + 1],
    sourcesParagraph: lines
      .slice(sources + 1)
      .join(' ')
      .trim(),
  };
}

/** Rows of the first Markdown table after a heading, without the header and rule rows. */
function tableAfter(lines: string[], heading: number): string[][] {
  const start = lines.findIndex((l, i) => i > heading && l.startsWith('|'));
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i].startsWith('|'); i++) {
    rows.push(
      lines[i]
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  }
  return rows;
}

/** "$55,000 ~ $70,000" → [55000, 70000]. */
export function parseMoneyRange(cell: string): [number, number] {
  const amounts = [...cell.matchAll(/\$([\d,]+)/g)].map((m) => Number(m[1].replace(/,/g, '')));
  if (amounts.length !== 2) throw new Error(`not a money range: ${cell}`);
  return [amounts[0], amounts[1]];
}
