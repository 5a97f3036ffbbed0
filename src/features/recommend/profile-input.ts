import { OCCUPATION_CODE_PATTERN, OCCUPATION_CODE_RULE } from '../../model/ids';
import { searchWords } from '../../model/search-text';
import { BadUserInputError } from '../../shared/errors';
import { checkFirst } from '../common/pagination';
import type { GraphService } from '../graph/graph.service';
import { MAX_PROFILE_SKILLS, MAX_RECOMMENDATIONS, MAX_SKILL_LEVEL, MAX_YEARS, type IgnoredInput, type ProfileInput } from './recommend.model';

/**
 * Reading a profile: values that cannot be right are errors naming the field; skills are read
 * by id or exact name, and what the graph does not know is listed in `ignored`.
 */
/** Each entry: a skill id, or a skill's exact name (any case); a name two skills share gives both. */
export async function resolveProfileSkills(graph: GraphService, profile: ProfileInput, ignored: IgnoredInput[]) {
  const entries = (profile.skills ?? []).map((e, i) => ({ input: e.skill.trim(), level: e.level ?? null, field: `profile.skills[${i}].skill` }));
  const seen = new Set<string>();
  const named = entries.filter((e) => !e.input.startsWith('skill:') && searchWords(e.input).length > 0);
  // Names are looked up together, in one store call, beside the ids (read together in another).
  const byId = new Map(entries.filter((e) => e.input.startsWith('skill:')).map((e) => [e.input, graph.node(e.input)]));
  // Awaited below; when the name lookup fails first, that failure is the one reported.
  for (const read of byId.values()) read.catch(() => undefined);
  const found = await graph.nodesByName({ names: named.map((e) => searchWords(e.input)), labels: ['Skill'] });
  const byName = new Map(named.map((e, i) => [e, found[i]]));
  const resolved = await Promise.all(
    entries.map(async ({ input, level, field }, i) => {
      if (input.startsWith('skill:')) {
        const node = await byId.get(input);
        if (node?.__label === 'Skill') return { input, level, skillIds: [input], skills: [skillFacts(node.id, node)] };
        ignored.push({ field, value: input, reason: node ? `is a ${node.__label}, not a skill` : 'no skill has this id' });
        return { input, level, skillIds: [] as string[], skills: [] as ResolvedSkill[] };
      }
      // Same search words is not enough: the name itself must match, in any case.
      const exact = (byName.get(entries[i]) ?? []).filter((n) => String(n.props.name ?? '').toLowerCase() === input.toLowerCase());
      if (exact.length === 0) ignored.push({ field, value: input, reason: 'no skill has this id or exact name (search for it with `search(types: [SKILL])`)' });
      return { input, level, skillIds: exact.map((n) => n.id), skills: exact.map((n) => skillFacts(n.id, n.props)) };
    }),
  );
  resolved.forEach((r, i) => {
    const fresh = r.skillIds.filter((id) => !seen.has(id));
    if (fresh.length < r.skillIds.length) {
      ignored.push({ field: `profile.skills[${i}].skill`, value: r.input, reason: 'repeats a skill listed before it' });
    }
    fresh.forEach((id) => seen.add(id));
    r.skillIds = fresh;
    r.skills = r.skills.filter((s) => fresh.includes(s.id));
  });
  return resolved;
}

/** What scoring needs of a profile skill: whether it is a technology, and its idf. */
export interface ResolvedSkill {
  id: string;
  technology: boolean;
  idf: number | null;
}

function skillFacts(id: string, props: Record<string, unknown>): ResolvedSkill {
  return { id, technology: props.kind === 'TECHNOLOGY', idf: typeof props.idf === 'number' ? props.idf : null };
}

export function validateProfile(profile: ProfileInput, first: number): void {
  checkFirst(first, MAX_RECOMMENDATIONS);
  const skills = profile.skills ?? [];
  if (profile.occupation == null && skills.length === 0) {
    throw new BadUserInputError('profile', 'give an occupation or at least one skill to recommend from');
  }
  if (profile.occupation != null && !OCCUPATION_CODE_PATTERN.test(profile.occupation)) {
    throw new BadUserInputError('profile.occupation', `${OCCUPATION_CODE_RULE}, got "${profile.occupation}"`);
  }
  if (skills.length > MAX_PROFILE_SKILLS) {
    throw new BadUserInputError('profile.skills', `lists ${skills.length} skills; at most ${MAX_PROFILE_SKILLS}`);
  }
  skills.forEach((s, i) => {
    if (s.skill.trim().length === 0 || s.skill.length > 200)
      throw new BadUserInputError(`profile.skills[${i}].skill`, 'must be a skill id or name of 1 to 200 characters');
    const level = s.level;
    if (level != null && !(level >= 0 && level <= MAX_SKILL_LEVEL)) {
      throw new BadUserInputError(`profile.skills[${i}].level`, `must be on O*NET's level scale, 0 to ${MAX_SKILL_LEVEL}, got ${level}`);
    }
  });
  const years = profile.yearsOfExperience;
  if (years != null && !(years >= 0 && years <= MAX_YEARS)) {
    throw new BadUserInputError('profile.yearsOfExperience', `must be between 0 and ${MAX_YEARS}, got ${years}`);
  }
  const salary = profile.targetSalary;
  if (salary != null && !(salary > 0 && salary < 1e9)) {
    throw new BadUserInputError('profile.targetSalary', `must be a positive annual amount, got ${salary}`);
  }
}

/** What identifies a recommendation list: the profile, in a stable form. */
export function normalisedProfile(profile: ProfileInput): unknown {
  return [
    profile.occupation ?? null,
    (profile.skills ?? []).map((s) => [s.skill.trim(), s.level ?? null]),
    profile.yearsOfExperience ?? null,
    profile.targetSalary ?? null,
    [...(profile.kinds ?? [])].sort(),
  ];
}
