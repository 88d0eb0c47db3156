import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Auth } from '../../common/auth/roles.decorator';
import { SetMyConditionsInput } from './onboarding.input';
import { MyConditionObject, SuggestedGroupObject } from './onboarding.object';
import { OnboardingService } from './onboarding.service';

@Resolver()
export class OnboardingResolver {
  constructor(private readonly service: OnboardingService) {}

  @Auth()
  @Query(() => [MyConditionObject], { description: 'The conditions I live with or care for. Seen by no one else.' })
  myConditions(@CurrentUser() viewer: AuthUser) {
    return this.service.myConditions(viewer);
  }

  @Auth()
  @Mutation(() => [MyConditionObject], { description: 'Replace the conditions I live with or care for (optional; seen by no one else).' })
  setMyConditions(@CurrentUser() viewer: AuthUser, @Args('input') input: SetMyConditionsInput) {
    return this.service.setMyConditions(viewer, input.conditions);
  }

  @Auth()
  @Query(() => [SuggestedGroupObject], { description: 'Groups for my conditions, best first (carers’ groups for conditions I care for).' })
  suggestedGroups(@CurrentUser() viewer: AuthUser) {
    return this.service.suggestedGroups(viewer);
  }
}
