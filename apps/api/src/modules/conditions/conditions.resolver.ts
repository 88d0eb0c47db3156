import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@kindred/contracts';
import { Auth } from '../../common/auth/roles.decorator';
import { text, uuid } from '../../common/validation/args';
import { ConditionConnection } from './condition.connections';
import { ConditionInput, ConditionsArgs } from './condition.input';
import { ConditionFamilyObject, ConditionObject } from './condition.object';
import { ConditionsService } from './conditions.service';

@Resolver(() => ConditionObject)
export class ConditionsResolver {
  constructor(private readonly service: ConditionsService) {}

  @Query(() => ConditionConnection, { description: 'The condition catalogue, A–Z.' })
  conditions(@Args() args: ConditionsArgs) {
    return this.service.list(args);
  }

  @Query(() => [ConditionFamilyObject])
  conditionFamilies() {
    return this.service.families();
  }

  @Query(() => ConditionObject)
  condition(@Args('slug', text(LIMITS.slugMax)) slug: string) {
    return this.service.bySlug(slug);
  }

  @Auth('admin')
  @Mutation(() => ConditionObject, { description: 'Admins: add a condition to the catalogue.' })
  createCondition(@Args('input') input: ConditionInput) {
    return this.service.create(input);
  }

  @Auth('admin')
  @Mutation(() => ConditionObject, { description: 'Admins: edit a catalogue entry.' })
  updateCondition(@Args('id', { type: () => ID }, uuid) id: string, @Args('input') input: ConditionInput) {
    return this.service.update(id, input);
  }

  @Auth('admin')
  @Mutation(() => Boolean, { description: 'Admins: remove a condition that has no groups.' })
  deleteCondition(@Args('id', { type: () => ID }, uuid) id: string) {
    return this.service.remove(id);
  }
}
