import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Condition')
export class ConditionObject {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field({ description: 'ICD-10 code, e.g. E11 for type 2 diabetes.' })
  icd10Code!: string;

  @Field({ description: 'The family it is listed under, e.g. "Lungs & breathing".' })
  family!: string;

  @Field(() => [String], { description: 'Other names people use, e.g. "T2D", "sugar diabetes".' })
  synonyms!: string[];

  @Field()
  description!: string;
}

@ObjectType('ConditionFamily')
export class ConditionFamilyObject {
  @Field()
  name!: string;

  @Field(() => Int)
  conditionCount!: number;
}
