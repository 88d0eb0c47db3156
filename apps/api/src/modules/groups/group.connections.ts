import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/graphql/pagination';
import { GroupMemberObject, GroupObject, JoinRequestObject } from './group.object';

@ObjectType()
export class GroupConnection extends ConnectionType(GroupObject, 'Group') {}

@ObjectType()
export class GroupMemberConnection extends ConnectionType(GroupMemberObject, 'GroupMember') {}

@ObjectType()
export class JoinRequestConnection extends ConnectionType(JoinRequestObject, 'JoinRequest') {}
