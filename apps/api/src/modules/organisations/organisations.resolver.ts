import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Auth } from '../../common/auth/roles.decorator';
import { PageArgs } from '../../common/graphql/pagination';
import { text, uuid } from '../../common/validation/args';
import { CareOrganisationConnection, CareOrganisationObject } from '../care-experiences/care-experience.object';
import { ApplyForOrganisationInput } from './organisation.input';
import { OrganisationsService } from './organisations.service';

@Resolver(() => CareOrganisationObject)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Auth()
  @Query(() => [CareOrganisationObject], { description: 'The organisations the signed-in member answers for, verified or not.' })
  myOrganisations(@CurrentUser() viewer: AuthUser) {
    return this.service.mine(viewer);
  }

  @Auth('admin')
  @Query(() => CareOrganisationConnection, { description: 'Admins: organisations waiting for verification.' })
  organisationApplications(@Args() page: PageArgs) {
    return this.service.applications(page.first, page.after);
  }

  @Auth()
  @Mutation(() => CareOrganisationObject, { description: 'Ask for an organisation account for a service in an area; an admin verifies it.' })
  applyForOrganisation(@CurrentUser() viewer: AuthUser, @Args('input') input: ApplyForOrganisationInput) {
    return this.service.apply(viewer, input);
  }

  @Auth('admin')
  @Mutation(() => CareOrganisationObject, { description: 'Admins: verify (or decline) an organisation.' })
  decideOrganisation(
    @CurrentUser() admin: AuthUser,
    @Args('organisationId', { type: () => ID }, uuid) organisationId: string,
    @Args('approve') approve: boolean,
  ) {
    return this.service.decide(admin, organisationId, approve);
  }

  @Auth()
  @Mutation(() => CareOrganisationObject, { description: 'A member of a verified organisation (or an admin) adds a colleague.' })
  addOrganisationMember(
    @CurrentUser() viewer: AuthUser,
    @Args('organisationId', { type: () => ID }, uuid) organisationId: string,
    @Args('handle', text(LIMITS.handleMax)) handle: string,
  ) {
    return this.service.addMember(viewer, organisationId, handle);
  }
}
