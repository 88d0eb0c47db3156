import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Auth } from '../../common/auth/roles.decorator';
import { PageArgs } from '../../common/graphql/pagination';
import { text, uuid } from '../../common/validation/args';
import { InterventionConnection } from './intervention.connections';
import { DecideInterventionInput, InterventionsArgs, ProposeInterventionInput } from './intervention.input';
import { InterventionObject } from './intervention.object';
import { InterventionsService } from './interventions.service';

@Resolver(() => InterventionObject)
export class InterventionsResolver {
  constructor(private readonly service: InterventionsService) {}

  @Query(() => InterventionConnection, { description: 'Accepted interventions A–Z.' })
  interventions(@Args() args: InterventionsArgs) {
    return this.service.list(args);
  }

  @Query(() => InterventionObject)
  intervention(@Args('slug', text(LIMITS.slugMax)) slug: string) {
    return this.service.bySlug(slug);
  }

  @Auth()
  @Mutation(() => InterventionObject, { description: 'Propose a new intervention (pending until a moderator accepts it).' })
  proposeIntervention(@CurrentUser() viewer: AuthUser, @Args('input') input: ProposeInterventionInput) {
    return this.service.propose(viewer, input);
  }

  @Auth('moderator', 'admin')
  @Query(() => InterventionConnection, { description: 'Moderators: proposals waiting for a decision.' })
  pendingInterventions(@CurrentUser() viewer: AuthUser, @Args() page: PageArgs) {
    return this.service.pending(viewer, page);
  }

  @Auth('moderator', 'admin')
  @Mutation(() => InterventionObject, { description: 'Moderators: accept, merge or decline a proposal.' })
  decideIntervention(
    @CurrentUser() viewer: AuthUser,
    @Args('id', { type: () => ID }, uuid) id: string,
    @Args('input') input: DecideInterventionInput,
  ) {
    return this.service.decide(viewer, id, input);
  }
}
