import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Auth } from '../../common/auth/roles.decorator';
import { uuid } from '../../common/validation/args';
import { MemberObject } from '../users/user.object';
import { BlocksService } from './blocks.service';

@Resolver()
export class BlocksResolver {
  constructor(private readonly blocks: BlocksService) {}

  @Auth()
  @Query(() => [MemberObject], { description: 'Members the viewer has blocked.' })
  blockedMembers(@CurrentUser() viewer: AuthUser) {
    return this.blocks.blocked(viewer);
  }

  @Auth()
  @Mutation(() => MemberObject, { description: 'Block a member: neither of you sees the other’s messages.' })
  blockMember(@CurrentUser() viewer: AuthUser, @Args('userId', { type: () => ID }, uuid) userId: string) {
    return this.blocks.block(viewer, userId);
  }

  @Auth()
  @Mutation(() => Boolean, { description: 'Unblock a member. false when they were not blocked.' })
  unblockMember(@CurrentUser() viewer: AuthUser, @Args('userId', { type: () => ID }, uuid) userId: string) {
    return this.blocks.unblock(viewer, userId);
  }
}
