import type { Profile } from '../../src/ingest/profile.schema';
import type { Json } from './json';

/**
 * Asserts that a full-profile answer (examples/full-profile.graphql) holds every fact of `p`.
 * The profile's items come first in each list (their ranks are the profile's order); O*NET
 * facts about the same occupation follow them.
 */
export function expectFullProfile(occ: Json, p: Profile): void {
  const o = p.occupation;
  expect(occ).toMatchObject({
    id: `occupation:${o.code}`,
    code: o.code,
    codeSystem: o.codeSystem,
    title: o.title,
    singularTitle: o.singularTitle,
    summary: o.summary,
    rating: o.rating,
    ratingScale: o.ratingScale,
    migrationCategory: o.migrationCategory,
    aiOutlook: o.aiOutlook,
    demandShift: o.demandShift,
    careerProgression: o.careerProgression,
    sourcesNote: o.sourcesNote,
  });
  const byName = <T extends { name: string }>(items: T[], name: string) => items.find((i) => i.name === name);

  expect(occ.tasks.totalCount).toBeGreaterThanOrEqual(p.tasks.length);
  expect(occ.tasks.nodes.slice(0, p.tasks.length).map((t: Json) => [t.text, t.automationLevel])).toEqual(p.tasks.map((t) => [t.text, t.automationLevel]));
  for (const app of p.aiApplications) {
    for (const link of app.automates) {
      const task = occ.tasks.nodes.find((t: Json) => t.id.endsWith(`:${link.task}`));
      expect(task.aiApplications.edges).toContainEqual({
        extent: link.extent,
        node: expect.objectContaining({ name: app.name, description: app.description }),
      });
    }
  }
  for (const t of p.tasks) {
    const names = occ.tasks.nodes.find((n: Json) => n.text === t.text).skills.nodes.map((s: Json) => s.id);
    expect(names).toEqual(t.skills.map((k) => `skill:${k}`));
  }

  expect(occ.skills.edges.slice(0, p.skills.length).map((e: Json) => e.node.name)).toEqual(p.skills.map((s) => s.name));
  for (const s of p.skills) {
    const edge = occ.skills.edges.find((e: Json) => e.node.name === s.name);
    expect(edge.emerging).toBe(s.emerging);
    expect(edge.node).toMatchObject({ description: s.description ?? null, category: s.category, tools: s.tools, demandTrend: s.demandTrend ?? null });
    expect(edge.node.partOf.nodes.map((n: Json) => n.id)).toEqual(s.partOf ? [`skill:${s.partOf}`] : []);
  }

  expect(occ.certifications.edges).toHaveLength(p.certifications.length);
  for (const c of p.certifications) {
    const edge = occ.certifications.edges.find((e: Json) => e.node.name === c.name);
    const issuer = p.issuers.find((i) => i.key === c.issuer);
    expect(edge.requirement).toBe(c.requirement);
    expect(edge.node.issuer).toMatchObject({ name: issuer?.name, abbreviation: issuer?.abbreviation ?? null });
  }

  expect(occ.educationSteps.nodes).toHaveLength(p.educationSteps.length);
  p.educationSteps.forEach((e, i) =>
    expect(occ.educationSteps.nodes[i]).toMatchObject({
      order: e.order,
      name: e.name,
      durationYears: e.durationYears,
      costMinUsd: e.costMinUsd,
      costMaxUsd: e.costMaxUsd,
      currency: 'USD',
    }),
  );

  expect(occ.salaryBands.nodes).toHaveLength(p.salaryBands.length);
  p.salaryBands.forEach((b, i) =>
    expect(occ.salaryBands.nodes[i]).toMatchObject({
      name: b.label,
      seniority: b.seniority,
      minYears: b.minYears,
      maxYears: b.maxYears,
      minAnnual: b.minUsd,
      maxAnnual: b.maxUsd,
      currency: 'USD',
      setting: b.setting,
    }),
  );

  expect(occ.visas.nodes.map((v: Json) => [v.code, v.name, v.details])).toEqual(p.visas.map((v) => [v.code, v.name, v.details]));
  for (const v of p.visas) {
    const visa = occ.visas.nodes.find((n: Json) => n.code === v.code);
    expect(visa.requirements.edges.map((e: Json) => [e.group, e.minYearsExperience, e.orHigher, e.node.id])).toEqual(
      v.requires.map((r) => [
        r.group,
        r.minYearsExperience,
        r.orHigher,
        r.educationLevel ? `education-level:${r.educationLevel}` : `labor-certification:${r.laborCertification}`,
      ]),
    );
  }

  expect(occ.careerRoles.edges.map((e: Json) => e.node.name)).toEqual(p.roles.map((r) => r.name));
  for (const r of p.roles) {
    const edge = occ.careerRoles.edges.find((e: Json) => e.node.name === r.name);
    expect(edge.entry).toBe(r.entry);
    expect(edge.node.advancesTo.edges.map((a: Json) => [a.move, a.node.id])).toEqual(r.advancesTo.map((a) => [a.move, `role:${a.role}`]));
  }

  const path = occ.upskillingPaths.nodes[0];
  const pp = p.upskillingPaths[0];
  expect(path).toMatchObject({ name: pp.name, description: pp.description, fromDescription: pp.fromDescription });
  expect(path.teaches.nodes.map((s: Json) => s.id)).toEqual(pp.teaches.map((k) => `skill:${k}`));
  expect(path.targets.nodes.map((s: Json) => s.id)).toEqual(pp.targets.map((k) => `role:${k}`));

  expect(occ.growthAreas.nodes.map((g: Json) => g.name)).toEqual(p.growthAreas.map((g) => g.name));
  const outlook = p.outlooks[0];
  expect(occ.outlooks.nodes[0]).toMatchObject({
    periodStart: outlook.periodStart,
    periodEnd: outlook.periodEnd,
    growthPercent: outlook.growthPercent,
    approximate: outlook.approximate,
    comparison: outlook.comparison,
    demandDrivers: outlook.demandDrivers,
    mainEmployers: outlook.mainEmployers,
    text: outlook.text,
  });
  // The curated traits first, then the O*NET work styles (#10), most important first.
  expect(occ.traits.nodes.slice(0, p.traits.length).map((t: Json) => t.name)).toEqual(p.traits.map((t) => t.text));
  expect(occ.traits.nodes.slice(p.traits.length).map((t: Json) => t.name)).toContain('Attention to Detail');
  expect(occ.sources.nodes.slice(0, p.sources.length).map((s: Json) => s.name)).toEqual(p.sources.map((s) => s.name));
  expect(byName(occ.sources.nodes, 'BLS OEWS')).toBeDefined();
}
