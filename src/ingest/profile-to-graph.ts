import type { GraphData } from '../model/graph';
import { GraphBuilder } from '../model/graph-builder';
import { nodeId } from '../model/ids';
import type { Profile } from './profile.schema';

/**
 * Turns one profile into nodes and edges. Ids come from natural keys, so building the same
 * profile twice, or two profiles sharing a skill, yields the same node. Edge `rank` keeps
 * the profile's own order, which is the order lists are served in.
 */
export function profileToGraph(profile: Profile): GraphData {
  const graph = new GraphBuilder();
  const code = profile.occupation.code;
  const occ = nodeId.occupation(code);
  const o = profile.occupation;

  graph.node(
    occ,
    'Occupation',
    {
      code,
      codeSystem: o.codeSystem,
      title: o.title,
      name: o.title,
      singularTitle: o.singularTitle,
      summary: o.summary,
      rating: o.rating,
      ratingScale: o.ratingScale,
      migrationCategory: o.migrationCategory,
      aiOutlook: o.aiOutlook,
      demandShift: o.demandShift,
      careerProgression: o.careerProgression,
      sourcesNote: o.sourcesNote,
    },
    [o.singularTitle, code],
  );

  profile.sources.forEach((s, rank) => {
    graph.node(nodeId.source(s.key), 'DataSource', { name: s.name, publisher: s.publisher, covers: s.covers }, [s.publisher]);
    graph.edge('CITES', occ, nodeId.source(s.key), { rank });
  });
  profile.tasks.forEach((t, rank) => {
    const id = nodeId.task(code, t.key);
    graph.node(id, 'Task', { name: t.text, text: t.text, automationLevel: t.automationLevel, occupationCode: code });
    graph.edge('HAS_TASK', occ, id, { rank });
    t.skills.forEach((s, r) => graph.edge('USES_SKILL', id, nodeId.skill(s), { rank: r, curated: true }));
  });
  profile.aiApplications.forEach((a) => {
    const id = nodeId.aiApplication(a.key);
    graph.node(id, 'AIApplication', { name: a.name, description: a.description });
    a.automates.forEach((x, rank) => graph.edge('AUTOMATES', id, nodeId.task(code, x.task), { extent: x.extent, rank }));
  });
  profile.skills.forEach((s, rank) => {
    const id = nodeId.skill(s.key);
    graph.node(
      id,
      'Skill',
      {
        name: s.name,
        kind: 'SKILL',
        description: s.description,
        category: s.category,
        tools: s.tools,
        emerging: s.emerging,
        demandTrend: s.demandTrend,
      },
      s.tools,
    );
    graph.edge('REQUIRES_SKILL', occ, id, { rank, emerging: s.emerging });
    if (s.partOf) graph.edge('PART_OF', id, nodeId.skill(s.partOf), { rank: 0 });
  });
  profile.issuers.forEach((i) => {
    graph.node(nodeId.issuer(i.key), 'Issuer', { name: i.name, abbreviation: i.abbreviation }, [i.abbreviation]);
  });
  profile.certifications.forEach((c, rank) => {
    const id = nodeId.certification(c.key);
    graph.node(id, 'Certification', { name: c.name, abbreviation: c.abbreviation }, [c.abbreviation]);
    graph.edge('REQUIRES_CERTIFICATION', occ, id, { requirement: c.requirement, rank });
    graph.edge('ISSUED_BY', id, nodeId.issuer(c.issuer), { rank: 0 });
  });
  profile.educationLevels.forEach((l) => {
    graph.node(nodeId.educationLevel(l.key), 'EducationLevel', { name: l.name, rank: l.rank });
  });
  profile.educationSteps.forEach((e) => {
    const id = nodeId.educationStep(code, e.order);
    graph.node(id, 'EducationStep', {
      name: e.name,
      order: e.order,
      durationYears: e.durationYears,
      costMinUsd: e.costMinUsd,
      costMaxUsd: e.costMaxUsd,
      currency: 'USD',
    });
    graph.edge('HAS_EDUCATION_STEP', occ, id, { rank: e.order });
    if (e.awards) graph.edge('AWARDS', id, nodeId.educationLevel(e.awards), { rank: 0 });
    if (e.preparesFor) graph.edge('PREPARES_FOR', id, nodeId.certification(e.preparesFor), { rank: 0, curated: true });
  });
  profile.salaryBands.forEach((b, rank) => {
    const id = nodeId.salaryBand(code, b.seniority);
    graph.node(id, 'SalaryBand', {
      name: b.label,
      seniority: b.seniority,
      minYears: b.minYears,
      maxYears: b.maxYears,
      minAnnual: b.minUsd,
      maxAnnual: b.maxUsd,
      currency: 'USD',
      setting: b.setting,
      occupationCode: code,
    });
    graph.edge('HAS_SALARY_BAND', occ, id, { rank });
    b.roles.forEach((r, i) => graph.edge('PAYS_ROLE', id, nodeId.role(r), { rank: i, curated: true }));
    b.sources.forEach((s, i) => graph.edge('SOURCED_FROM', id, nodeId.source(s), { rank: i }));
  });
  profile.laborCertifications.forEach((l) => {
    const id = nodeId.laborCertification(l.key);
    graph.node(id, 'LaborCertification', { name: l.name, description: l.description });
    if (l.issuer) graph.edge('ISSUED_BY', id, nodeId.issuer(l.issuer), { rank: 0 });
  });
  profile.visas.forEach((v, rank) => {
    const id = nodeId.visa(v.key);
    graph.node(id, 'Visa', { name: v.name, code: v.code, details: v.details, employerSponsored: v.employerSponsored }, [v.code]);
    graph.edge('ELIGIBLE_FOR', occ, id, { rank });
    v.requires.forEach((r, i) => {
      const target = r.educationLevel ? nodeId.educationLevel(r.educationLevel) : nodeId.laborCertification(r.laborCertification as string);
      graph.edge('REQUIRES', id, target, {
        rank: i,
        group: r.group,
        orHigher: r.orHigher,
        minYearsExperience: r.minYearsExperience,
      });
    });
    v.sources.forEach((s, i) => graph.edge('SOURCED_FROM', id, nodeId.source(s), { rank: i }));
  });
  profile.roles.forEach((r, rank) => {
    const id = nodeId.role(r.key);
    graph.node(id, 'CareerRole', { name: r.name, seniority: r.seniority });
    graph.edge('HAS_ROLE', occ, id, { rank, entry: r.entry });
    r.advancesTo.forEach((a, i) => graph.edge('ADVANCES_TO', id, nodeId.role(a.role), { move: a.move, rank: i }));
    r.requiresSkills.forEach((s, i) => graph.edge('REQUIRES_SKILL', id, nodeId.skill(s), { rank: i }));
    r.requiresCertifications.forEach((c, i) => graph.edge('REQUIRES_CERTIFICATION', id, nodeId.certification(c), { requirement: 'REQUIRED', rank: i }));
  });
  profile.upskillingPaths.forEach((p, rank) => {
    const id = nodeId.upskillingPath(p.key);
    graph.node(id, 'UpskillingPath', { name: p.name, description: p.description, fromDescription: p.fromDescription });
    graph.edge('HAS_UPSKILLING_PATH', occ, id, { rank });
    graph.edge('STARTS_FROM', id, nodeId.role(p.fromRole), { rank: 0 });
    p.teaches.forEach((s, i) => graph.edge('TEACHES', id, nodeId.skill(s), { rank: i }));
    p.passesThrough.forEach((r, i) => graph.edge('PASSES_THROUGH', id, nodeId.role(r), { rank: i }));
    p.targets.forEach((r, i) => graph.edge('TARGETS', id, nodeId.role(r), { rank: i }));
    // A skill a path teaches unlocks the roles that path targets.
    p.teaches.forEach((s) => p.targets.forEach((r, i) => graph.edge('LEADS_TO', nodeId.skill(s), nodeId.role(r), { rank: i, via: id })));
  });
  profile.growthAreas.forEach((g, rank) => {
    graph.node(nodeId.growthArea(g.key), 'GrowthArea', { name: g.name });
    graph.edge('DRIVES_DEMAND_FOR', nodeId.growthArea(g.key), occ, { rank });
  });
  profile.outlooks.forEach((x, rank) => {
    const id = nodeId.outlook(code, x.key);
    const source = profile.sources.find((s) => s.key === x.source)?.name ?? x.source;
    graph.node(id, 'Outlook', {
      name: `${source} ${x.periodStart}-${x.periodEnd}`,
      periodStart: x.periodStart,
      periodEnd: x.periodEnd,
      growthPercent: x.growthPercent,
      approximate: x.approximate,
      comparison: x.comparison,
      demandDrivers: x.demandDrivers,
      mainEmployers: x.mainEmployers,
      text: x.text,
    });
    graph.edge('HAS_OUTLOOK', occ, id, { rank });
    [x.source, ...x.alsoSources].forEach((s, i) => graph.edge('SOURCED_FROM', id, nodeId.source(s), { rank: i }));
  });
  profile.traits.forEach((t, rank) => {
    graph.node(nodeId.trait(t.key), 'Trait', { name: t.text });
    graph.edge('SUITS', occ, nodeId.trait(t.key), { rank });
  });
  return graph.build();
}
