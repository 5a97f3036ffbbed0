import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';

@ObjectType('DataSource', { simpleResolvers: true, implements: NodeInterface, description: 'Where facts come from.' })
export class DataSource extends NodeInterface {
  @Field(() => String, { nullable: true })
  publisher?: string;

  @Field(() => [String], { description: 'Kinds of fact taken from it: salary, outlook, visa, ...' })
  covers!: string[];

  @Field(() => String, { nullable: true })
  license?: string;

  @Field(() => String, { nullable: true, description: 'The attribution its licence requires.' })
  attribution?: string;

  @Field(() => String, { nullable: true, description: 'For a published data set: its key across releases (onet, bls-oews, bls-ep, gpts-are-gpts).' })
  dataset?: string;

  @Field(() => String, { nullable: true, description: 'For a published data set: the release the facts come from (29.3, 2021).' })
  release?: string;

  @Field(() => String, { nullable: true })
  url?: string;

  @Field(() => String, { nullable: true, description: 'Where the files were taken from, when not straight from the publisher.' })
  origin?: string;
}
