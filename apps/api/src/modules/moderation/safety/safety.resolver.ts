import { Args, Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@kindred/contracts';
import { AppError } from '../../../common/errors/app-error';
import { text as textArg } from '../../../common/validation/args';
import { checkCrisis, supportMessage } from './crisis';
import { findPersonalInfo } from './personal-info';

@ObjectType('HelpLine')
export class HelpLineObject {
  @Field()
  name!: string;

  @Field()
  detail!: string;

  @Field({ description: 'A tel: link.' })
  href!: string;
}

@ObjectType('SupportMessage', { description: 'Shown privately, at once, to the author of text that signals a crisis. Never blocks posting.' })
export class SupportMessageObject {
  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => [HelpLineObject])
  lines!: HelpLineObject[];
}

@ObjectType('PersonalInfoFinding')
export class PersonalInfoFindingObject {
  @Field({ description: 'email, phone, nhs-number, postcode or date-of-birth.' })
  kind!: string;

  @Field()
  text!: string;

  @Field(() => Int, { description: 'Where it starts in the text.' })
  index!: number;
}

@ObjectType('TextCheck')
export class TextCheckObject {
  @Field(() => SupportMessageObject, { nullable: true, description: 'Present when the text signals a risk of self-harm or suicide.' })
  support!: SupportMessageObject | null;

  @Field(() => [PersonalInfoFindingObject], { description: 'Personal information to warn about; the author may edit or post anyway.' })
  personalInfo!: PersonalInfoFindingObject[];
}

@Resolver()
export class SafetyResolver {
  @Query(() => TextCheckObject, { description: 'Checks text before it is posted: crisis signs and personal information. Nothing is stored.' })
  checkText(@Args('text', textArg(LIMITS.threadBodyMax)) text: string): TextCheckObject {
    if (text.length > LIMITS.threadBodyMax) throw new AppError('VALIDATION_FAILED', `Check at most ${LIMITS.threadBodyMax} characters at a time.`);
    return {
      support: checkCrisis(text).crisis ? supportMessage() : null,
      personalInfo: findPersonalInfo(text),
    };
  }
}
