import { resolveOccupation } from '../common/node-ref';
import type { Entity } from '../graph/entity';
import type { GraphService } from '../graph/graph.service';
import { RELATIONS } from '../graph/relations';
import type { VisaPathway } from './visa-pathway.type';
import type { VisaRequirementOption } from './visa-requirement.type';

/**
 * Visas an occupation is eligible for, with their requirement chains, and which requirements
 * its own education path meets: the highest education level its education steps award (or,
 * without steps, the level O*NET says most workers in it have).
 */
export class VisaPathwayService {
  constructor(private readonly graph: GraphService) {}

  async pathways(code: string): Promise<VisaPathway[]> {
    const occupation = await resolveOccupation(this.graph, 'occupation', code);
    const [visas, reached] = await Promise.all([this.graph.all(occupation.id, RELATIONS.occupationVisas), this.educationReached(occupation)]);
    return Promise.all(
      visas.map(async ({ node: visa }) => {
        const requirements = await this.graph.all(visa.id, RELATIONS.visaRequirements);
        const groups = new Map<number, VisaRequirementOption[]>();
        for (const { node, edge } of requirements) {
          const option = judge(node, edge, reached);
          groups.set(Number(edge.group), [...(groups.get(Number(edge.group)) ?? []), option]);
        }
        const requirementGroups = [...groups.entries()].map(([group, options]) => ({
          group,
          options,
          metByEducationPath: options.some((o) => o.metByEducationPath),
        }));
        return { visa, requirementGroups, metByEducationPath: requirementGroups.every((g) => g.metByEducationPath), educationReached: reached };
      }),
    );
  }

  private async educationReached(occupation: Entity): Promise<Entity | null> {
    const steps = await this.graph.all(occupation.id, RELATIONS.occupationEducationSteps);
    const awarded = (await Promise.all(steps.map((s) => this.graph.one(s.node.id, RELATIONS.educationStepAwards)))).filter((l): l is Entity => l !== null);
    if (awarded.length === 0) {
      const onet = await this.graph.all(occupation.id, RELATIONS.occupationEducation);
      awarded.push(...onet.filter((e) => e.edge.modal === true).map((e) => e.node));
    }
    return awarded.reduce<Entity | null>((best, l) => (!best || Number(l.rank) > Number(best.rank) ? l : best), null);
  }
}

function judge(requirement: Entity, edge: Record<string, unknown>, reached: Entity | null): VisaRequirementOption {
  const years = Number(edge.minYearsExperience ?? 0);
  const base = { requirement, orHigher: edge.orHigher === true, minYearsExperience: years };
  if (requirement.__label === 'LaborCertification') {
    return { ...base, educationMet: false, metByEducationPath: false, note: `needs ${requirement.name}, which the employer obtains` };
  }
  const educationMet = reached !== null && Number(reached.rank) >= Number(requirement.rank);
  const note = !educationMet
    ? `needs ${requirement.name}${base.orHigher ? ' or higher' : ''}; the education path reaches ${reached?.name ?? 'no degree'}`
    : years > 0
      ? `education met; also needs ${years} years of experience`
      : 'met by the education path';
  return { ...base, educationMet, metByEducationPath: educationMet && years === 0, note };
}
