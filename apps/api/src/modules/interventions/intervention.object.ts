import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { InterventionCategory } from '@kindred/contracts';

export enum InterventionCategoryEnum {
  medication = 'medication',
  therapy = 'therapy',
  device = 'device',
  lifestyle = 'lifestyle',
  self_management = 'self-management',
  service = 'service',
}
registerEnumType(InterventionCategoryEnum, { name: 'InterventionCategory' });

export enum InterventionStatusEnum {
  pending = 'pending',
  accepted = 'accepted',
  merged = 'merged',
  declined = 'declined',
}
registerEnumType(InterventionStatusEnum, { name: 'InterventionStatus' });

@ObjectType('Intervention')
export class InterventionObject {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field(() => InterventionCategoryEnum)
  category!: InterventionCategory;

  @Field(() => [String], { description: 'Other names, including brand names.' })
  synonyms!: string[];

  @Field()
  description!: string;

  @Field(() => InterventionStatusEnum)
  status!: 'pending' | 'accepted' | 'merged' | 'declined';

  @Field(() => ID, { nullable: true, description: 'When merged: the entry it now lives in.' })
  mergedIntoId!: string | null;
}
