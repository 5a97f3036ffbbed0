import { getArgumentValues } from 'graphql/execution/values';
import { Kind, type GraphQLObjectType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { ExpandRequest } from '../../store/graph-store';
import type { PageArgs } from '../common/pagination';
import type { GraphService } from '../graph/graph.service';
import { RELATIONS, type RelationSpec } from '../graph/relations';

type ListArgs = PageArgs & { automationLevel?: string[]; kind?: string[] };

interface ListField {
  relation: RelationSpec;
  where?: (args: ListArgs) => ExpandRequest['where'];
}

/** The occupation's list fields and the relationship each walks: the resolver and the prefetch both read this. */
export const OCCUPATION_LISTS = {
  tasks: {
    relation: RELATIONS.occupationTasks,
    where: (args) => (args.automationLevel ? { key: 'automationLevel', values: args.automationLevel } : undefined),
  },
  skills: { relation: RELATIONS.occupationSkills, where: (args) => (args.kind ? { key: 'kind', values: args.kind } : undefined) },
  certifications: { relation: RELATIONS.occupationCertifications },
  educationSteps: { relation: RELATIONS.occupationEducationSteps },
  salaryBands: { relation: RELATIONS.occupationSalaryBands },
  visas: { relation: RELATIONS.occupationVisas },
  growthAreas: { relation: RELATIONS.occupationGrowthAreas },
  outlooks: { relation: RELATIONS.occupationOutlooks },
  careerRoles: { relation: RELATIONS.occupationRoles },
  upskillingPaths: { relation: RELATIONS.occupationUpskillingPaths },
  traits: { relation: RELATIONS.occupationTraits },
  sources: { relation: RELATIONS.occupationSources },
  relatedOccupations: { relation: RELATIONS.relatedOccupations },
  technologies: { relation: RELATIONS.occupationTechnologies },
  educationLevels: { relation: RELATIONS.occupationEducation },
  specialisations: { relation: RELATIONS.occupationSpecialisations },
  interests: { relation: RELATIONS.occupationInterests },
  experienceLevels: { relation: RELATIONS.occupationExperience },
  trainingLevels: { relation: RELATIONS.occupationTraining, where: (args) => (args.kind ? { key: 'kind', values: args.kind } : undefined) },
  emergingTasks: { relation: RELATIONS.occupationEmergingTasks },
  estimatedSkills: { relation: RELATIONS.occupationEstimatedSkills },
} satisfies Record<string, ListField>;

export type OccupationList = keyof typeof OCCUPATION_LISTS;

export function occupationList(graph: GraphService, occupationId: string, field: OccupationList, args: ListArgs) {
  const spec: ListField = OCCUPATION_LISTS[field];
  return graph.related(occupationId, spec.relation, args, spec.where?.(args));
}

/**
 * Starts loading the lists a query selects on an occupation while the occupation itself is
 * still being read, so both travel in the same tick instead of one round trip after the
 * other. The field resolvers then find the pages in the request's cache; a list whose
 * arguments are bad is left to its resolver, which reports it.
 */
export function prefetchOccupationLists(graph: GraphService, occupationId: string, info: GraphQLResolveInfo): void {
  const type = info.schema.getType('Occupation') as GraphQLObjectType;
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      if (selection.kind === Kind.FRAGMENT_SPREAD) visit(info.fragments[selection.name.value]?.selectionSet);
      if (selection.kind !== Kind.FIELD || !(selection.name.value in OCCUPATION_LISTS)) continue;
      const field = type.getFields()[selection.name.value];
      try {
        const args = getArgumentValues(field, selection, info.variableValues) as ListArgs;
        occupationList(graph, occupationId, selection.name.value as OccupationList, args).catch(() => undefined);
      } catch {
        // the field's resolver meets the same arguments and reports what is wrong with them
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
}
