import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Auth } from '../../common/auth/roles.decorator';
import { PageArgs } from '../../common/graphql/pagination';
import { text } from '../../common/validation/args';
import { ChatPrivacyInput, UpdateProfileInput, SetRoleInput } from './user.input';
import { ClinicianApplicationConnection } from './user.connections';
import { ClinicianApplicationObject, MeObject, MemberObject } from './user.object';
import { UsersService } from './users.service';

@Resolver()
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => MeObject, { nullable: true, description: 'The signed-in member, or null for a visitor.' })
  me(@CurrentUser() viewer: AuthUser | null) {
    return this.users.me(viewer);
  }

  @Query(() => MemberObject, { description: 'A member’s public profile by handle.' })
  member(@Args('handle', text(LIMITS.handleMax)) handle: string) {
    return this.users.memberByHandle(handle);
  }

  @Auth()
  @Mutation(() => MeObject)
  updateProfile(@CurrentUser() viewer: AuthUser, @Args('input') input: UpdateProfileInput) {
    return this.users.updateProfile(viewer, input.bio);
  }

  @Auth()
  @Mutation(() => MeObject, { description: 'Choose whether others see you online and typing in chat. Applies at once.' })
  updateChatPrivacy(@CurrentUser() viewer: AuthUser, @Args('input') input: ChatPrivacyInput) {
    return this.users.updateChatPrivacy(viewer, input.sharePresence, input.shareTyping);
  }

  @Auth('admin')
  @Query(() => ClinicianApplicationConnection, { description: 'Admins: clinicians awaiting verification.' })
  clinicianApplications(@Args() page: PageArgs) {
    return this.users.clinicianApplications(page.first, page.after);
  }

  @Auth('admin')
  @Mutation(() => ClinicianApplicationObject, { description: 'Admins: verify a clinician’s registration.' })
  verifyClinician(@CurrentUser() admin: AuthUser, @Args('handle', text(LIMITS.handleMax)) handle: string) {
    return this.users.verifyClinician(admin, handle);
  }

  @Auth('admin')
  @Mutation(() => MemberObject, { description: 'Admins: change a member’s site role.' })
  setRole(@CurrentUser() admin: AuthUser, @Args('input') input: SetRoleInput) {
    return this.users.setRole(admin, input.handle, input.role);
  }
}
