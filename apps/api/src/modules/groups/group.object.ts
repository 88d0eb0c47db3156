import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { GroupRole, GroupVisibility, MembershipStatus } from '@kindred/contracts';
import { MemberObject } from '../users/user.object';

export enum GroupVisibilityEnum {
  public = 'public',
  private = 'private',
}
registerEnumType(GroupVisibilityEnum, {
  name: 'GroupVisibility',
  description: 'public: anyone may join. private: joining is a request a group moderator decides.',
});

export enum MembershipStatusEnum {
  active = 'active',
  pending = 'pending',
  declined = 'declined',
  /** Removed by a moderator: joining again is a request a moderator decides. */
  removed = 'removed',
}
registerEnumType(MembershipStatusEnum, { name: 'MembershipStatus' });

export enum GroupRoleEnum {
  member = 'member',
  moderator = 'moderator',
}
registerEnumType(GroupRoleEnum, { name: 'GroupRole' });

@ObjectType('Group')
export class GroupObject {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => GroupVisibilityEnum)
  visibility!: GroupVisibility;

  @Field({ description: 'Members may post as "anonymous member" here.' })
  allowAnonymous!: boolean;

  @Field({ description: 'New members’ first posts wait for a moderator’s approval.' })
  approveNewMembers!: boolean;

  @Field({ description: 'Meant for the families, partners and carers of people with the condition.' })
  forCarers!: boolean;

  @Field(() => Int)
  memberCount!: number;

  @Field()
  createdAt!: Date;

  /** Not in the schema: used to resolve `condition`. */
  conditionId!: string;

  /** Not in the schema: until when its content was members-only (modules/access). */
  privateUntil!: Date | null;
}

/** The viewer's own standing in a group. */
@ObjectType('Membership')
export class MembershipObject {
  @Field(() => ID)
  id!: string;

  @Field(() => MembershipStatusEnum)
  status!: MembershipStatus;

  @Field(() => GroupRoleEnum)
  role!: GroupRole;

  @Field()
  requestedAt!: Date;

  @Field(() => Date, { nullable: true })
  joinedAt!: Date | null;

  /** Not in the schema: used to resolve `group`. */
  groupId!: string;
}

@ObjectType('GroupMember')
export class GroupMemberObject {
  @Field(() => MemberObject)
  member!: MemberObject;

  @Field(() => GroupRoleEnum)
  role!: GroupRole;

  @Field()
  joinedAt!: Date;
}

@ObjectType('JoinRequest')
export class JoinRequestObject {
  @Field(() => ID)
  id!: string;

  @Field(() => MemberObject)
  member!: MemberObject;

  @Field()
  requestedAt!: Date;
}
