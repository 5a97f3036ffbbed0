import { BadUserInputError, NotFoundError } from '../../shared/errors';
import { AutomationService, round } from '../automation/automation.service';
import { resolveOccupation } from '../common/node-ref';
import { cursorScope, type CursorKey } from '../common/cursor';
import { compareKeys, keysetPage, rankedConnection, type ConnectionOf } from '../common/ranked-page';
import type { Entity } from '../graph/entity';
import type { GraphService } from '../graph/graph.service';
import { RELATIONS } from '../graph/relations';
import { RequirementsService, minus, type SkillNeed } from '../requirements/requirements.service';

interface Candidate {
  path: Entity | null;
  target: Entity;
  weight: number;
  skills: SkillNeed[];
  certifications: Entity[];
}

export interface Option extends Candidate {
  score: number;
  missingSkills: SkillNeed[];
  salaryBands: Entity[];
  automationExposure: number | null;
  explanation: string;
}

/** Best score first, then top pay, then the target's name and id, then the path's id (a target two paths lead to). */
const OPTION_RANKING = {
  key: (o: Omit<Option, 'rank'>): CursorKey => [o.score, topPay(o), String(o.target.name ?? ''), o.target.id, o.path?.id ?? ''],
  order: ['desc', 'desc', 'asc', 'asc', 'asc'] as const,
};

/**
 * Upskilling options from an occupation: each target of its curated upskilling paths (skills:
 * what the path teaches, then what the target needs), and each related occupation (skills:
 * what it needs that this occupation does not; weight: O*NET relatedness). Ranked by
 * score = weight × (held + 1) / (needed + certifications + 1), then top pay, name, id.
 */
export class UpskillingService {
  private readonly requirements: RequirementsService;

  constructor(private readonly graph: GraphService) {
    this.requirements = new RequirementsService(graph);
  }

  async options(code: string, haveSkills: string[], page: { first: number; after: string | null }): Promise<ConnectionOf<Entity, Option>> {
    const [occupation, have] = await Promise.all([resolveOccupation(this.graph, 'occupation', code), this.checkSkills(haveSkills)]);
    const candidates = await this.candidates(occupation);
    const scored = await Promise.all(candidates.map((c) => this.score(c, have)));
    scored.sort((a, b) => compareKeys(OPTION_RANKING.key(a), OPTION_RANKING.key(b), OPTION_RANKING.order));
    const scope = cursorScope('upskillingPaths', occupation.id, [...have].sort());
    return rankedConnection(keysetPage(scored, OPTION_RANKING, { scope, ...page }, (o) => ({ ...o, node: o.target })));
  }

  /** Every candidate target, before ranking (the skill view ranks skills over the same set). */
  async candidates(occupation: Entity): Promise<Candidate[]> {
    const [paths, related, own] = await Promise.all([
      this.graph.all(occupation.id, RELATIONS.occupationUpskillingPaths),
      this.graph.all(occupation.id, RELATIONS.relatedOccupations),
      this.requirements.of(occupation.id),
    ]);
    const fromPaths = await Promise.all(
      paths.map(async ({ node: path }) => {
        const [teaches, targets] = await Promise.all([this.graph.all(path.id, RELATIONS.pathTeaches), this.graph.all(path.id, RELATIONS.pathTargets)]);
        return Promise.all(
          targets.map(async ({ node: target }) => {
            const needs = await this.requirements.of(target.id);
            const taught = teaches.map((t) => ({ skill: t.node, importance: null }));
            const skills = [...taught, ...needs.skills.filter((n) => !taught.some((t) => t.skill.id === n.skill.id))];
            return { path, target, weight: 1, skills, certifications: needs.certifications };
          }),
        );
      }),
    );
    const fromRelated = await Promise.all(
      related.map(async ({ node: target, edge }) => {
        const needs = await this.requirements.of(target.id);
        return {
          path: null,
          target,
          weight: typeof edge.weight === 'number' ? edge.weight : 1,
          skills: needs.skills.filter((n) => !own.skills.some((o) => o.skill.id === n.skill.id)),
          certifications: minus(needs.certifications, own.certifications),
        };
      }),
    );
    return [...fromPaths.flat(), ...fromRelated];
  }

  private async score(c: Candidate, have: Set<string>): Promise<Omit<Option, 'rank'>> {
    const missingSkills = c.skills.filter((s) => !have.has(s.skill.id));
    const held = c.skills.length - missingSkills.length;
    const score = round((c.weight * (held + 1)) / (c.skills.length + c.certifications.length + 1));
    const [salaryBands, automationExposure] = await Promise.all([this.salaryBands(c.target), this.exposure(c.target)]);
    const via = c.path ? `the path "${c.path.name}"` : `O*NET relatedness (weight ${c.weight})`;
    const explanation =
      `${c.target.name} via ${via}: ${c.skills.length} skills needed, ${held} held, ` +
      `${c.certifications.length} certifications; score ${c.weight} × (${held} + 1) / (${c.skills.length} + ${c.certifications.length} + 1) = ${score}`;
    return { ...c, score, missingSkills, salaryBands, automationExposure, explanation };
  }

  private async salaryBands(target: Entity): Promise<Entity[]> {
    const relation = target.__label === 'Occupation' ? RELATIONS.occupationSalaryBands : RELATIONS.roleSalaryBands;
    return (await this.graph.all(target.id, relation)).map((b) => b.node);
  }

  /** An occupation's own exposure; a role's is that of the occupation it maps to, if any. */
  private async exposure(target: Entity): Promise<number | null> {
    const automation = new AutomationService(this.graph);
    if (target.__label === 'Occupation') return automation.exposureOf(target.id);
    const mapped = await this.graph.one(target.id, RELATIONS.roleMapsTo);
    return mapped ? automation.exposureOf(mapped.id) : null;
  }

  private async checkSkills(ids: string[]): Promise<Set<string>> {
    const nodes = await Promise.all(ids.map((id) => this.graph.node(id)));
    nodes.forEach((n, i) => {
      if (!n) throw new NotFoundError('The skill in haveSkills', ids[i]);
      if (n.__label !== 'Skill') throw new BadUserInputError('haveSkills', `"${ids[i]}" is a ${n.__label}, not a Skill`);
    });
    return new Set(ids);
  }
}

const topPay = (o: { salaryBands: Entity[] }) => Math.max(0, ...o.salaryBands.map((b) => Number(b.maxAnnual ?? 0)));
