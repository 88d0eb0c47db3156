import { Args, Field, Mutation, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import type { ConsentPurpose } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Auth } from '../../common/auth/roles.decorator';
import { ConsentsService } from './consents.service';

export enum ConsentPurposeEnum {
  clinician_insights = 'clinician-insights',
  research = 'research',
}
registerEnumType(ConsentPurposeEnum, {
  name: 'ConsentPurpose',
  description:
    'clinician_insights: your reports and activity may count in aggregated insights for verified clinicians. research: your what-works reports and ratings of care may count in the quarterly open data (from the next release; published releases never change).',
});

@ObjectType('Consent')
export class ConsentObject {
  @Field(() => ConsentPurposeEnum)
  purpose!: ConsentPurpose;

  @Field({ description: 'Off until you say yes.' })
  granted!: boolean;

  @Field(() => Date, { nullable: true, description: 'When you last changed it; null if you never have.' })
  changedAt!: Date | null;
}

@ObjectType('ConsentChange')
export class ConsentChangeObject {
  @Field(() => ConsentPurposeEnum)
  purpose!: ConsentPurpose;

  @Field()
  granted!: boolean;

  @Field()
  at!: Date;
}

@Resolver()
export class ConsentsResolver {
  constructor(private readonly consents: ConsentsService) {}

  @Auth()
  @Query(() => [ConsentObject], { description: 'Your consent for each purpose.' })
  myConsents(@CurrentUser() viewer: AuthUser) {
    return this.consents.mine(viewer);
  }

  @Auth()
  @Query(() => [ConsentChangeObject], { description: 'Every change you made to your consents, newest first.' })
  consentHistory(@CurrentUser() viewer: AuthUser) {
    return this.consents.history(viewer);
  }

  @Auth()
  @Mutation(() => ConsentObject, {
    description:
      'Give or withdraw consent for one purpose. Clinician insights: takes effect for every insight computed afterwards. Research: from the next open data release.',
  })
  setConsent(
    @CurrentUser() viewer: AuthUser,
    @Args('purpose', { type: () => ConsentPurposeEnum }) purpose: ConsentPurpose,
    @Args('granted') granted: boolean,
  ) {
    return this.consents.set(viewer, purpose, granted);
  }
}
