import type { Profile } from './profile.schema';

export interface ReferenceIssue {
  path: Array<string | number>;
  reason: string;
}

/** Checks that every key a profile refers to is defined in it (zod checks only shapes). */
export function checkReferences(profile: Profile): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const defined = (items: Array<{ key: string }>) => new Set(items.map((i) => i.key));
  const keys = {
    task: defined(profile.tasks),
    skill: defined(profile.skills),
    issuer: defined(profile.issuers),
    certification: defined(profile.certifications),
    educationLevel: defined(profile.educationLevels),
    laborCertification: defined(profile.laborCertifications),
    role: defined(profile.roles),
    source: defined(profile.sources),
  };
  const expect = (kind: keyof typeof keys, value: string | undefined, path: Array<string | number>) => {
    if (value !== undefined && !keys[kind].has(value)) {
      issues.push({ path, reason: `refers to ${kind} "${value}", which this profile does not define` });
    }
  };
  const duplicates = (section: keyof Profile, items: Array<{ key: string }>) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.key)) issues.push({ path: [section, i, 'key'], reason: `duplicate key "${item.key}"` });
      seen.add(item.key);
    });
  };

  for (const section of [
    'tasks',
    'aiApplications',
    'skills',
    'issuers',
    'certifications',
    'educationLevels',
    'laborCertifications',
    'visas',
    'roles',
    'upskillingPaths',
    'growthAreas',
    'outlooks',
    'traits',
    'sources',
  ] as const) {
    duplicates(section, profile[section]);
  }
  profile.tasks.forEach((t, i) => t.skills.forEach((s, j) => expect('skill', s, ['tasks', i, 'skills', j])));
  profile.aiApplications.forEach((a, i) => a.automates.forEach((x, j) => expect('task', x.task, ['aiApplications', i, 'automates', j, 'task'])));
  profile.skills.forEach((s, i) => expect('skill', s.partOf, ['skills', i, 'partOf']));
  profile.certifications.forEach((c, i) => expect('issuer', c.issuer, ['certifications', i, 'issuer']));
  profile.educationSteps.forEach((e, i) => {
    expect('educationLevel', e.awards, ['educationSteps', i, 'awards']);
    expect('certification', e.preparesFor, ['educationSteps', i, 'preparesFor']);
    if (e.costMinUsd > e.costMaxUsd) issues.push({ path: ['educationSteps', i, 'costMinUsd'], reason: 'is above costMaxUsd' });
  });
  profile.salaryBands.forEach((b, i) => {
    b.roles.forEach((r, j) => expect('role', r, ['salaryBands', i, 'roles', j]));
    b.sources.forEach((s, j) => expect('source', s, ['salaryBands', i, 'sources', j]));
    if (b.minUsd > b.maxUsd) issues.push({ path: ['salaryBands', i, 'minUsd'], reason: 'is above maxUsd' });
  });
  profile.laborCertifications.forEach((l, i) => expect('issuer', l.issuer, ['laborCertifications', i, 'issuer']));
  profile.visas.forEach((v, i) => {
    v.requires.forEach((r, j) => {
      expect('educationLevel', r.educationLevel, ['visas', i, 'requires', j, 'educationLevel']);
      expect('laborCertification', r.laborCertification, ['visas', i, 'requires', j, 'laborCertification']);
    });
    v.sources.forEach((s, j) => expect('source', s, ['visas', i, 'sources', j]));
  });
  profile.roles.forEach((r, i) => {
    r.advancesTo.forEach((a, j) => expect('role', a.role, ['roles', i, 'advancesTo', j, 'role']));
    r.requiresSkills.forEach((s, j) => expect('skill', s, ['roles', i, 'requiresSkills', j]));
    r.requiresCertifications.forEach((c, j) => expect('certification', c, ['roles', i, 'requiresCertifications', j]));
  });
  profile.upskillingPaths.forEach((p, i) => {
    expect('role', p.fromRole, ['upskillingPaths', i, 'fromRole']);
    p.teaches.forEach((s, j) => expect('skill', s, ['upskillingPaths', i, 'teaches', j]));
    p.passesThrough.forEach((r, j) => expect('role', r, ['upskillingPaths', i, 'passesThrough', j]));
    p.targets.forEach((r, j) => expect('role', r, ['upskillingPaths', i, 'targets', j]));
  });
  profile.outlooks.forEach((o, i) => {
    expect('source', o.source, ['outlooks', i, 'source']);
    o.alsoSources.forEach((s, j) => expect('source', s, ['outlooks', i, 'alsoSources', j]));
  });
  return issues;
}
