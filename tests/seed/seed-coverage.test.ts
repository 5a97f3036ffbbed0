import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { loadProfiles } from '../../src/ingest/profile.loader';
import type { Profile } from '../../src/ingest/profile.schema';
import { parseMoneyRange, readSeedDocument, SEED_DOCUMENT } from './seed-document';

/**
 * Every fact of the seed document is in seeds/profiles (issue #2): expectations are read from
 * the document itself, so dropping or changing a fact in the seed data fails here.
 */
const doc = readSeedDocument();
const profile: Profile = loadProfiles(join(__dirname, '..', '..', 'seeds', 'profiles')).find((p) => p.occupation.code === '29-2011') as Profile;
const lower = (s: string) => s.toLowerCase();

/** The few Portuguese words of the document, as the profile states them in English. */
const GLOSSARY: Record<string, string> = {
  'Ocupação de migração qualificada': 'Skilled migration occupation',
  Obrigatório: 'REQUIRED',
  Opcional: 'OPTIONAL',
};

describe('seed coverage (#2)', () => {
  it('keeps the seed document exactly as it arrived: its sha256 is the one recorded when it was copied in', () => {
    const recorded = readFileSync(join(dirname(SEED_DOCUMENT), 'SHA256SUMS'), 'utf8')
      .trim()
      .split(/\s+/);
    expect(recorded[1]).toBe(basename(SEED_DOCUMENT));
    expect(createHash('sha256').update(readFileSync(SEED_DOCUMENT)).digest('hex')).toBe(recorded[0]);
  });

  it('has the occupation: titles, code, rating, migration category, summary, AI outlook', () => {
    const o = profile.occupation;
    expect(doc.titleLine).toBe(`${o.singularTitle} ${o.title}`);
    const m = doc.codeLine.match(/(\d{2}-\d{4})\((\w+)\) (.+) Geral ([\d.]+)\/(\d+)/);
    expect(m).not.toBeNull();
    const [, code, system, migration, rating, scale] = m as RegExpMatchArray;
    expect(o.code).toBe(code);
    expect(o.codeSystem).toBe(system);
    expect(o.migrationCategory).toBe(GLOSSARY[migration]);
    expect(o.rating).toBe(Number(rating));
    expect(o.ratingScale).toBe(Number(scale));
    expect(o.summary).toBe(doc.summary);
    expect(o.aiOutlook).toBe(doc.aiOutlook);
    expect(o.demandShift).toBe(doc.demandShift);
    expect(o.careerProgression).toBe(doc.careerProgression);
    expect(o.sourcesNote).toBe(doc.sourcesParagraph);
  });

  it('has each AI application, linked to the work it replaces part of', () => {
    expect(doc.aiApplications.length).toBeGreaterThan(0);
    expect(profile.aiApplications.map((a) => a.description)).toEqual(doc.aiApplications);
    for (const app of profile.aiApplications) {
      for (const link of app.automates) {
        const task = profile.tasks.find((t) => t.key === link.task);
        // "Replaces part of X work" names X: the linked task's text appears in the sentence.
        expect(lower(app.description)).toContain(lower(task?.text.split(',')[0] ?? '<missing task>'));
      }
    }
  });

  it("has each task with its automation level, in the document's three groups", () => {
    const tasks = doc.taskBullets.map((b) => profile.tasks.find((t) => t.text === b));
    expect(tasks.every(Boolean)).toBe(true);
    const levels = tasks.map((t) => t?.automationLevel);
    const groups = levels.filter((l, i) => l !== levels[i - 1]);
    expect(groups).toEqual(['AUTOMATABLE', 'AI_ASSISTED', 'HUMAN_CORE']);
  });

  it('has the six emerging skills and the skills the transition advice names', () => {
    const emerging = profile.skills.filter((s) => s.emerging);
    expect(emerging.map((s) => s.description)).toEqual(doc.emergingSkillBullets);
    const path = profile.upskillingPaths[0];
    expect(path.description).toBe(doc.transitionAdvice);
    for (const key of path.teaches) {
      const skill = profile.skills.find((s) => s.key === key);
      const named = lower(skill?.name ?? '<missing>').replace(/ \(.*\)$/, '');
      expect(lower(doc.transitionAdvice)).toContain(named);
    }
    const rising = profile.skills.filter((s) => s.demandTrend === 'RISING').map((s) => lower(s.name));
    for (const phrase of ['molecular diagnostics', 'mass spectrometry']) {
      expect(lower(doc.demandShift)).toContain(phrase);
      expect(rising.some((name) => name.includes(phrase))).toBe(true);
    }
  });

  it('has the transformation as the first upskilling path, with its targets', () => {
    const path = profile.upskillingPaths[0];
    const roleName = (key: string) => lower(profile.roles.find((r) => r.key === key)?.name ?? '<missing>');
    const via = doc.transitionAdvice.match(/to '(.+?)\.?'/)?.[1] as string;
    expect(path.passesThrough.map(roleName)).toEqual([lower(via)]);
    const targets = doc.transitionAdvice.match(/upgrade to (.+?)\.$/)?.[1].split(' or ') ?? [];
    expect(path.targets.map(roleName)).toEqual(targets.map(lower));
  });

  it('has every salary band', () => {
    for (const [label, range, setting] of doc.tables.salary) {
      const years = label.match(/(\d+)(?:-(\d+)|\+)/) as RegExpMatchArray;
      const [min, max] = parseMoneyRange(range);
      const band = profile.salaryBands.find((b) => b.minUsd === min && b.maxUsd === max);
      expect(band).toMatchObject({ minYears: Number(years[1]), maxYears: years[2] ? Number(years[2]) : null, setting });
    }
    expect(profile.salaryBands).toHaveLength(doc.tables.salary.length);
  });

  it('has every education step with duration and cost', () => {
    doc.tables.education.forEach(([name, duration, cost], i) => {
      const [min, max] = parseMoneyRange(cost);
      expect(profile.educationSteps[i]).toMatchObject({
        order: i + 1,
        name,
        durationYears: Number(duration.split(' ')[0]),
        costMinUsd: min,
        costMaxUsd: max,
      });
    });
  });

  it('has every certification with its issuer and requirement', () => {
    for (const [name, issuerCell, requirement] of doc.tables.qualifications) {
      const cert = profile.certifications.find((c) => c.name === name);
      const issuer = profile.issuers.find((i) => i.key === cert?.issuer);
      const full = issuer?.abbreviation ? `${issuer.name} (${issuer.abbreviation})` : issuer?.name;
      expect(full).toBe(issuerCell);
      expect(cert?.requirement).toBe(GLOSSARY[requirement]);
    }
  });

  it('has every visa with its details and requirement chain', () => {
    for (const [visaCell, details] of doc.tables.visas) {
      const visa = profile.visas.find((v) => `${v.code} ${v.name}` === visaCell);
      expect(visa?.details).toBe(details);
      // Each degree or labour certification a visa's details name is one of its requirements.
      const names = (visa?.requires ?? []).map((r) => lower(r.educationLevel ?? r.laborCertification ?? ''));
      if (/bachelor/i.test(details)) expect(names).toContain('bachelors-degree');
      if (/master/i.test(details)) expect(names).toContain('masters-degree');
      if (/PERM|insufficient local workers/.test(details)) expect(names).toContain('perm');
      const years = details.match(/(\d+) years/);
      if (years) expect(visa?.requires.some((r) => r.minYearsExperience === Number(years[1]))).toBe(true);
    }
    expect(profile.visas).toHaveLength(doc.tables.visas.length);
  });

  it('has every trait', () => {
    expect(profile.traits.map((t) => t.text)).toEqual(doc.traits);
  });

  it('has the career roles and their progression', () => {
    const entry = profile.roles.find((r) => r.entry);
    expect(doc.careerProgression).toContain(`start as ${entry?.name.replace(' (MLS)', '')}s (MLS)`);
    const movesTo = (move: string) =>
      entry?.advancesTo.filter((a) => a.move === move).map((a) => lower(profile.roles.find((r) => r.key === a.role)?.name ?? '')) ?? [];
    const advance = doc.careerProgression.match(/advance to (.+?)\./)?.[1].split(/, or |, /) ?? [];
    expect(advance.length).toBe(3);
    for (const phrase of advance) expect(movesTo('PROMOTION').some((n) => n.endsWith(lower(phrase)))).toBe(true);
    const specialise = doc.careerProgression.match(/specialize in (.+?),/)?.[1].split(' or ') ?? [];
    for (const phrase of specialise) expect(movesTo('SPECIALISATION').some((n) => n.startsWith(lower(phrase)))).toBe(true);
    const moves = doc.careerProgression.match(/move into (.+?)\/(.+?)\./) as RegExpMatchArray;
    const [sales, rnd] = [moves[1], moves[1].replace(/ \w+$/, ` ${moves[2]}`)];
    expect(movesTo('CAREER_CHANGE')).toEqual([lower(sales), lower(rnd)]);
  });

  it('has the BLS outlook and the growth areas', () => {
    const outlook = profile.outlooks[0];
    const [drivers, ...rest] = doc.outlookParagraph.split(/(?<=\.) /);
    expect(outlook.demandDrivers).toBe(drivers);
    expect(outlook.text).toBe(rest.join(' '));
    const m = doc.outlookParagraph.match(/about (\d+)% employment growth from (\d{4})-(\d{4})/) as RegExpMatchArray;
    expect(outlook).toMatchObject({ growthPercent: Number(m[1]), approximate: true, periodStart: Number(m[2]), periodEnd: Number(m[3]) });
    expect(profile.growthAreas.map((g) => g.name).join('')).toBe(doc.growthAreasLine);
  });

  it('has every data source the sources paragraph names', () => {
    for (const source of profile.sources) expect(doc.sourcesParagraph).toContain(source.name);
    for (const named of ['Indeed', 'Glassdoor', 'ERI SalaryExpert', 'BLS OEWS', 'BLS Occupational Outlook', 'O*NET', 'USCIS', 'DOL PERM']) {
      if (doc.sourcesParagraph.includes(named)) expect(profile.sources.map((s) => s.name)).toContain(named);
    }
  });
});
