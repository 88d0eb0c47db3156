import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsUUID, ValidateNested } from 'class-validator';
import { LIMITS } from '@kindred/contracts';
import { ConditionRelationEnum } from './onboarding.object';

@InputType()
export class MyConditionInput {
  @Field(() => ID)
  @IsUUID('all', { context: { code: 'INVALID_VALUE' } })
  conditionId!: string;

  @Field(() => ConditionRelationEnum)
  @IsEnum(ConditionRelationEnum, { context: { code: 'INVALID_VALUE' } })
  relation!: ConditionRelationEnum;
}

@InputType()
export class SetMyConditionsInput {
  @Field(() => [MyConditionInput], { description: `The whole list, in the member's order; at most ${LIMITS.myConditionsMax}. Empty clears it.` })
  @IsArray()
  @ArrayMaxSize(LIMITS.myConditionsMax, { message: `Choose at most ${LIMITS.myConditionsMax} conditions.`, context: { code: 'TOO_LONG' } })
  @ValidateNested({ each: true })
  @Type(() => MyConditionInput)
  conditions!: MyConditionInput[];
}
