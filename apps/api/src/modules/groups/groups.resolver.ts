import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Auth } from '../../common/auth/roles.decorator';
import type { GraphqlContext } from '../../common/graphql/context';
import { PageArgs } from '../../common/graphql/pagination';
import { text, uuid } from '../../common/validation/args';
import { ConditionObject } from '../conditions/condition.object';
import { toCondition } from '../conditions/conditions.service';
import { GroupConnection, GroupMemberConnection, JoinRequestConnection } from './group.connections';
import { CreateGroupInput, GroupsArgs, UpdateGroupInput } from './group.input';
import { GroupMemberObject, GroupObject, MembershipObject } from './group.object';
import { GroupsService, toGroup, toMembership } from './groups.service';
import { AccessService } from '../access/access.service';

@Resolver(() => GroupObject)
export class GroupsResolver {
  constructor(
    private readonly service: GroupsService,
    private readonly access: AccessService,
  ) {}

  private async abilities(group: GroupObject, ctx: GraphqlContext) {
    return this.access.abilities(ctx.req.user ?? null, group, await ctx.loaders.viewerMembershipByGroupId.load(group.id));
  }

  @Query(() => GroupConnection, { description: 'Groups A–Z, optionally for one condition.' })
  groups(@Args() args: GroupsArgs) {
    return this.service.list(args);
  }

  @Query(() => GroupObject)
  group(@Args('slug', text(LIMITS.slugMax)) slug: string) {
    return this.service.bySlug(slug);
  }

  @Auth()
  @Query(() => GroupConnection, { description: 'Groups the signed-in member belongs to.' })
  myGroups(@CurrentUser() viewer: AuthUser, @Args() page: PageArgs) {
    return this.service.myGroups(viewer, page);
  }

  @ResolveField(() => ConditionObject)
  async condition(@Parent() group: GroupObject, @Context() ctx: GraphqlContext) {
    const c = await ctx.loaders.conditionById.load(group.conditionId);
    return toCondition(c!);
  }

  @ResolveField(() => MembershipObject, { nullable: true, description: 'The viewer’s membership or request, if any.' })
  async viewerMembership(@Parent() group: GroupObject, @Context() ctx: GraphqlContext) {
    const m = await ctx.loaders.viewerMembershipByGroupId.load(group.id);
    return m ? toMembership(m) : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer follows this group (told about its new threads).' })
  viewerFollows(@Parent() group: GroupObject, @Context() ctx: GraphqlContext) {
    return ctx.loaders.viewerFollows.load(group.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer moderates this group.' })
  async viewerCanModerate(@Parent() group: GroupObject, @Context() ctx: GraphqlContext) {
    return (await this.abilities(group, ctx)).canModerate;
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer may read what is written in this group now (its threads, chat and members). Content from before a private group was made public stays members-only.',
  })
  async viewerCanRead(@Parent() group: GroupObject, @Context() ctx: GraphqlContext) {
    return (await this.abilities(group, ctx)).canRead;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may start threads, reply and chat in this group.' })
  async viewerCanPost(@Parent() group: GroupObject, @Context() ctx: GraphqlContext) {
    return (await this.abilities(group, ctx)).canPost;
  }

  @ResolveField(() => GroupMemberConnection, {
    description: 'Members. Signed-in members only; for a private group, only its members.',
  })
  members(@Parent() group: GroupObject, @CurrentUser() viewer: AuthUser | null, @Args() page: PageArgs) {
    return this.service.members(viewer, group.id, page);
  }

  @ResolveField(() => JoinRequestConnection, { description: 'Pending requests to join (group moderators).' })
  joinRequests(@Parent() group: GroupObject, @CurrentUser() viewer: AuthUser | null, @Args() page: PageArgs) {
    return this.service.joinRequests(viewer, group.id, page);
  }

  @Auth()
  @Mutation(() => MembershipObject, { description: 'Join a public group, or ask to join a private one.' })
  joinGroup(@CurrentUser() viewer: AuthUser, @Args('groupId', { type: () => ID }, uuid) groupId: string) {
    return this.service.join(viewer, groupId);
  }

  @Auth()
  @Mutation(() => Boolean, { description: 'Leave a group, or withdraw a request to join.' })
  leaveGroup(@CurrentUser() viewer: AuthUser, @Args('groupId', { type: () => ID }, uuid) groupId: string) {
    return this.service.leave(viewer, groupId);
  }

  @Auth()
  @Mutation(() => MembershipObject, { description: 'Group moderators: approve or decline a request to join.' })
  decideJoinRequest(
    @CurrentUser() viewer: AuthUser,
    @Args('requestId', { type: () => ID }, uuid) requestId: string,
    @Args('approve') approve: boolean,
  ) {
    return this.service.decideJoinRequest(viewer, requestId, approve);
  }

  @Auth()
  @Mutation(() => GroupMemberObject, { description: 'Group moderators: make a member a moderator, or not.' })
  setGroupModerator(
    @CurrentUser() viewer: AuthUser,
    @Args('groupId', { type: () => ID }, uuid) groupId: string,
    @Args('handle', text(LIMITS.handleMax)) handle: string,
    @Args('moderator') moderator: boolean,
  ) {
    return this.service.setModerator(viewer, groupId, handle, moderator);
  }

  @Auth('moderator', 'admin')
  @Mutation(() => GroupObject, { description: 'Site moderators and admins: open a group.' })
  createGroup(@CurrentUser() viewer: AuthUser, @Args('input') input: CreateGroupInput) {
    return this.service.create(viewer, input);
  }

  @Auth()
  @Mutation(() => GroupObject, { description: 'Group moderators: edit a group.' })
  updateGroup(
    @CurrentUser() viewer: AuthUser,
    @Args('groupId', { type: () => ID }, uuid) groupId: string,
    @Args('input') input: UpdateGroupInput,
  ) {
    return this.service.update(viewer, groupId, input);
  }
}

/** `Membership.group`: which group a membership is in. */
@Resolver(() => MembershipObject)
export class MembershipResolver {
  @ResolveField(() => GroupObject)
  async group(@Parent() m: MembershipObject, @Context() ctx: GraphqlContext) {
    return toGroup((await ctx.loaders.groupById.load(m.groupId))!);
  }
}
