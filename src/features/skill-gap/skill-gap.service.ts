import { round } from '../automation/automation.service';
import { resolveNodeRef } from '../common/node-ref';
import type { GraphService } from '../graph/graph.service';
import { minus, RequirementsService } from '../requirements/requirements.service';
import type { SkillGap } from './skill-gap.type';

/** The gap between two roles or occupations: their needed skills and required certifications compared. */
export class SkillGapService {
  constructor(private readonly graph: GraphService) {}

  async gap(fromRef: string, toRef: string): Promise<SkillGap> {
    const [from, to] = await Promise.all([resolveNodeRef(this.graph, 'from', fromRef), resolveNodeRef(this.graph, 'to', toRef)]);
    const requirements = new RequirementsService(this.graph);
    const [have, need] = await Promise.all([requirements.of(from.id), requirements.of(to.id)]);
    const haveIds = new Set(have.skills.map((s) => s.skill.id));
    const missingSkills = need.skills.filter((s) => !haveIds.has(s.skill.id));
    const sharedSkills = need.skills.filter((s) => haveIds.has(s.skill.id));
    const missingCertifications = minus(need.certifications, have.certifications);
    const sharedCertifications = need.certifications.filter((c) => have.certifications.some((h) => h.id === c.id));
    const coverage = need.skills.length ? round(sharedSkills.length / need.skills.length) : 1;
    return { from, to, missingSkills, sharedSkills, missingCertifications, sharedCertifications, coverage };
  }
}
