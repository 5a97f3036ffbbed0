import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProfiles, parseProfile } from '../../src/ingest/profile.loader';
import { ProfileLoadError } from '../../src/ingest/profile-errors';
import { profileToGraph } from '../../src/ingest/profile-to-graph';
import { SEEDS_DIR } from '../helpers/server';

const SEED_FILE = join(SEEDS_DIR, 'profiles', '29-2011.json');
const seedText = readFileSync(SEED_FILE, 'utf8');
const seedJson = () => JSON.parse(seedText);
const pretty = (value: unknown) => JSON.stringify(value, null, 2);

function issuesOf(text: string) {
  const result = parseProfile(text, 'bad.json');
  if (result.ok) throw new Error('expected the profile to be rejected');
  return result.issues;
}

describe('profile loading', () => {
  it('loads the seed profile', () => {
    const result = parseProfile(seedText, 'seed.json');
    expect(result.ok).toBe(true);
  });

  it('reports invalid JSON with file, line and column', () => {
    const [issue] = issuesOf('{\n  "occupation": {\n    "code": 29-2011\n  }\n}');
    expect(issue).toMatchObject({ file: 'bad.json', line: 3 });
    expect(issue.reason).toMatch(/invalid JSON/);
  });

  it('names the path, line and reason of a value that breaks the schema', () => {
    const json = seedJson();
    json.tasks[2].automationLevel = 'SOMETIMES';
    const text = pretty(json);
    const [issue] = issuesOf(text);
    expect(issue.path).toBe('tasks[2].automationLevel');
    expect(text.split('\n')[issue.line - 1]).toContain('"automationLevel": "SOMETIMES"');
    expect(issue.reason).toMatch(/AUTOMATABLE/);
  });

  it('reports a missing field at its parent, and a bad occupation code', () => {
    const json = seedJson();
    delete json.occupation.title;
    json.occupation.code = '29/2011';
    const issues = issuesOf(pretty(json));
    expect(issues.map((i) => i.path).sort()).toEqual(['occupation.code', 'occupation.title']);
    expect(issues.find((i) => i.path === 'occupation.code')?.reason).toMatch(/SOC code/);
  });

  it('reports a reference to an undefined key and a duplicate key', () => {
    const json = seedJson();
    json.upskillingPaths[0].teaches.push('underwater-basket-weaving');
    json.traits.push({ ...json.traits[0] });
    const issues = issuesOf(pretty(json));
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: `upskillingPaths[0].teaches[${json.upskillingPaths[0].teaches.length - 1}]`,
        reason: expect.stringMatching(/skill "underwater-basket-weaving".*not define/),
      }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ path: `traits[${json.traits.length - 1}].key`, reason: expect.stringMatching(/duplicate/) }));
  });

  it('rejects unknown fields, so a typo is not silently dropped', () => {
    const json = seedJson();
    json.occupaton = {};
    expect(issuesOf(pretty(json))[0].reason).toMatch(/occupaton/);
  });

  it('loads nothing when any file in the folder is bad, naming every problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'profiles-'));
    writeFileSync(join(dir, 'a-good.json'), seedText);
    const bad = seedJson();
    bad.salaryBands[0].minUsd = -5;
    writeFileSync(join(dir, 'b-bad.json'), pretty(bad));
    let error: unknown;
    try {
      loadProfiles(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProfileLoadError);
    expect((error as ProfileLoadError).message).toMatch(/b-bad\.json:\d+:\d+ at salaryBands\[0\]\.minUsd: /);
    expect((error as ProfileLoadError).message).toMatch(/nothing was loaded/);
  });

  it('derives the same ids from the same facts, so a profile built twice is one graph', () => {
    const [profile] = loadProfiles(join(SEEDS_DIR, 'profiles'));
    const a = profileToGraph(profile);
    const b = profileToGraph(profile);
    expect(a).toEqual(b);
    expect(new Set(a.nodes.map((n) => n.id)).size).toBe(a.nodes.length);
    expect(a.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['occupation:29-2011', 'skill:mass-spectrometry', 'visa:h-1b']));
  });
});
