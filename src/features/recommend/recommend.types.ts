import { registerEnumType } from 'type-graphql';
import { stringEnum } from '../../shared/string-enum';
import { CANDIDATE_KINDS } from './recommend.model';
import { COMPONENT_WEIGHTS, type ComponentName } from './scoring';

export const CandidateKind = stringEnum(CANDIDATE_KINDS);
registerEnumType(CandidateKind, { name: 'CandidateKind', description: 'What a recommendation may be.' });

/** The components are COMPONENT_WEIGHTS' keys, in its order. */
export const ScoreComponentName = stringEnum(Object.keys(COMPONENT_WEIGHTS) as ComponentName[]);
registerEnumType(ScoreComponentName, {
  name: 'ScoreComponentName',
  description: `Parts of a recommendation score, with their base weights: ${Object.entries(COMPONENT_WEIGHTS)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}.`,
});
