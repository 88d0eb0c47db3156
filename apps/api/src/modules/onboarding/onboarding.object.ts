import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConditionObject } from '../conditions/condition.object';
import { GroupObject } from '../groups/group.object';

export enum ConditionRelationEnum {
  /** The member lives with the condition. */
  self = 'self',
  /** The member cares for someone who lives with it. */
  carer = 'carer',
}
registerEnumType(ConditionRelationEnum, {
  name: 'ConditionRelation',
  description: 'self: I live with it. carer: I care for someone who does.',
});

@ObjectType('MyCondition', { description: 'A condition the signed-in member lives with or cares for. Seen by no one else.' })
export class MyConditionObject {
  @Field(() => ConditionObject)
  condition!: ConditionObject;

  @Field(() => ConditionRelationEnum)
  relation!: ConditionRelationEnum;
}

@ObjectType('SuggestedGroup', { description: 'A group suggested for one of the signed-in member’s conditions.' })
export class SuggestedGroupObject {
  @Field(() => GroupObject)
  group!: GroupObject;

  @Field(() => ConditionRelationEnum, { description: 'Suggested because the member lives with (self) or cares for (carer) its condition.' })
  relation!: ConditionRelationEnum;
}
