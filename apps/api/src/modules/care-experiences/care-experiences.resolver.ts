import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Auth } from '../../common/auth/roles.decorator';
import { PageArgs } from '../../common/graphql/pagination';
import { text, uuid } from '../../common/validation/args';
import { areas, serviceKinds } from './care-catalogue';
import { CareExperiencesArgs, OrganisationInboxArgs, RespondToCareExperienceInput, ShareCareExperienceInput } from './care-experience.input';
import { CareAreaObject, CareAreaPageObject, CareExperienceConnection, CareExperienceObject, CareServiceKindObject } from './care-experience.object';
import { CareExperiencesService } from './care-experiences.service';

@Resolver(() => CareExperienceObject)
export class CareExperiencesResolver {
  constructor(private readonly service: CareExperiencesService) {}

  @Query(() => [CareServiceKindObject], { description: 'The kinds of service a story can be about.' })
  careServiceKinds(): CareServiceKindObject[] {
    return serviceKinds().map((k) => ({ ...k }));
  }

  @Query(() => [CareAreaObject], { description: 'The areas a story can name: NHS integrated care boards and health boards.' })
  careAreas(): CareAreaObject[] {
    return areas().map((a) => ({ ...a }));
  }

  @Query(() => CareExperienceObject, { description: 'One story of care, with the responses from services.' })
  careExperience(@CurrentUser() viewer: AuthUser | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.service.story(viewer, id);
  }

  @Query(() => CareExperienceConnection, { description: 'Recent stories of care, newest first, optionally for one kind of service and one area.' })
  careExperiences(@CurrentUser() viewer: AuthUser | null, @Args() args: CareExperiencesArgs) {
    return this.service.list(viewer, args);
  }

  @Query(() => CareAreaPageObject, { description: 'What services hear: disclosure-controlled aggregates for one kind of service in one area.' })
  careAreaPage(
    @Args('serviceKind', text(LIMITS.slugMax)) serviceKind: string,
    @Args('areaCode', text(20)) areaCode: string,
  ) {
    return this.service.areaPage(serviceKind, areaCode);
  }

  @Auth()
  @Query(() => CareExperienceConnection, { description: 'The signed-in member’s own stories, newest first.' })
  myCareExperiences(@CurrentUser() viewer: AuthUser, @Args() page: PageArgs) {
    return this.service.mine(viewer, page.first, page.after);
  }

  @Auth()
  @Query(() => CareExperienceConnection, { description: 'Organisation console: stories about this organisation’s kind of service in its area.' })
  organisationInbox(@CurrentUser() viewer: AuthUser, @Args() args: OrganisationInboxArgs) {
    return this.service.inbox(viewer, args);
  }

  @Auth()
  @Mutation(() => CareExperienceObject, { description: 'Tell how a service treated you.' })
  shareCareExperience(@CurrentUser() viewer: AuthUser, @Args('input') input: ShareCareExperienceInput) {
    return this.service.share(viewer, input);
  }

  @Auth()
  @Mutation(() => Boolean, { description: 'Delete your story (and the responses to it).' })
  deleteCareExperience(@CurrentUser() viewer: AuthUser, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.service.remove(viewer, id);
  }

  @Auth()
  @Mutation(() => CareExperienceObject, { description: 'A verified organisation answers a story publicly (again: replaces its answer).' })
  respondToCareExperience(@CurrentUser() viewer: AuthUser, @Args('input') input: RespondToCareExperienceInput) {
    return this.service.respond(viewer, input);
  }
}
