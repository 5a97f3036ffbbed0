import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection';
import { NodeInterface } from '../node/node.interface';
import { Requirement } from './enums';

@ObjectType('Certification', { simpleResolvers: true, implements: NodeInterface, description: 'A certification or licence.' })
export class Certification extends NodeInterface {
  @Field(() => String, { nullable: true })
  abbreviation?: string;
}

@ObjectType('CertificationEdge', { simpleResolvers: true })
export class CertificationEdge extends EdgeType(() => Certification) {
  @Field(() => Requirement, { nullable: true })
  requirement?: Requirement;
}

@ObjectType('CertificationConnection', { simpleResolvers: true })
export class CertificationConnection extends ConnectionType(CertificationEdge, () => Certification) {}

@ObjectType('Issuer', { simpleResolvers: true, implements: NodeInterface, description: 'Who issues certifications.' })
export class Issuer extends NodeInterface {
  @Field(() => String, { nullable: true })
  abbreviation?: string;
}
