import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Auth } from '../../common/auth/roles.decorator';
import { text } from '../../common/validation/args';
import { WhatWorksObject } from '../experience-reports/experience-report.object';
import { CurateIntoGuideInput, GuideHistoryArgs, MarkGuideReviewedArgs, RemoveGuideEntryArgs, UpdateGuideEntryInput, UpdateGuideIntroArgs } from './guide.input';
import { GuideObject, GuideVersionObject } from './guide.object';
import { GuidesService } from './guides.service';

@Resolver(() => GuideObject)
export class GuidesResolver {
  constructor(private readonly service: GuidesService) {}

  @Query(() => GuideObject, { description: 'A condition’s guide: curated advice and what works. Anyone may read it.' })
  guide(@CurrentUser() viewer: AuthUser | null, @Args('conditionSlug', text(LIMITS.slugMax)) conditionSlug: string) {
    return this.service.guide(viewer, conditionSlug);
  }

  @ResolveField(() => WhatWorksObject, { description: 'What members report works for the condition.' })
  whatWorks(@Parent() guide: GuideObject, @CurrentUser() viewer: AuthUser | null) {
    return this.service.whatWorks(viewer, guide);
  }

  @ResolveField(() => [GuideVersionObject], { description: 'Every edit, newest first.' })
  history(@Parent() guide: GuideObject, @Args() args: GuideHistoryArgs) {
    return this.service.history(guide, args.first);
  }

  @Auth()
  @Mutation(() => GuideObject, { description: 'Moderators: place a thread or reply from a public group they moderate in its condition’s guide.' })
  curateIntoGuide(@CurrentUser() viewer: AuthUser, @Args('input') input: CurateIntoGuideInput) {
    return this.service.curate(viewer, input);
  }

  @Auth()
  @Mutation(() => GuideObject, { description: 'Guide editors: change an entry’s summary, heading or place.' })
  updateGuideEntry(@CurrentUser() viewer: AuthUser, @Args('input') input: UpdateGuideEntryInput) {
    return this.service.updateEntry(viewer, input);
  }

  @Auth()
  @Mutation(() => GuideObject, { description: 'Guide editors: take an entry out of the guide.' })
  removeGuideEntry(@CurrentUser() viewer: AuthUser, @Args() args: RemoveGuideEntryArgs) {
    return this.service.removeEntry(viewer, args.id, args.note);
  }

  @Auth()
  @Mutation(() => GuideObject, { description: 'Guide editors: change the guide’s introduction.' })
  updateGuideIntro(@CurrentUser() viewer: AuthUser, @Args() args: UpdateGuideIntroArgs) {
    return this.service.updateIntro(viewer, args.conditionId, args.intro, args.note);
  }

  @Auth()
  @Mutation(() => GuideObject, { description: 'Guide editors: record that the whole guide was reviewed.' })
  markGuideReviewed(@CurrentUser() viewer: AuthUser, @Args() args: MarkGuideReviewedArgs) {
    return this.service.markReviewed(viewer, args.conditionId, args.note);
  }
}
