import { Field, InputType } from '@nestjs/graphql';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { LIMITS } from '@kindred/contracts';

@InputType()
export class ApplyForOrganisationInput {
  @Field({ description: 'The organisation’s public name, e.g. "Devon Pulmonary Rehabilitation Service".' })
  @IsString()
  @MinLength(2, { context: { code: 'TOO_SHORT' } })
  @MaxLength(LIMITS.organisationNameMax, { context: { code: 'TOO_LONG' } })
  name!: string;

  @Field({ description: 'The kind of service it runs (a slug from `careServiceKinds`).' })
  @IsString()
  @MaxLength(LIMITS.slugMax, { context: { code: 'TOO_LONG' } })
  serviceKind!: string;

  @Field({ description: 'The area it serves (a code from `careAreas`).' })
  @IsString()
  @MaxLength(20, { context: { code: 'TOO_LONG' } })
  areaCode!: string;

  @Field({ defaultValue: '', description: 'A public web address an admin can check (https://…), or empty.' })
  @IsString()
  @MaxLength(LIMITS.organisationWebsiteMax, { context: { code: 'TOO_LONG' } })
  @Matches(/^(|https:\/\/[^\s]+)$/, { message: 'Give a web address starting with https://, or leave it empty.', context: { code: 'INVALID_FORMAT' } })
  website!: string;
}
