import { UserEntity } from '../modules/users/user.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { ConditionEntity } from '../modules/conditions/condition.entity';
import { GroupEntity } from '../modules/groups/group.entity';
import { GroupMembershipEntity } from '../modules/groups/group-membership.entity';
import { ReplyEntity } from '../modules/threads/reply.entity';
import { ThreadEntity } from '../modules/threads/thread.entity';

/** Every TypeORM entity, registered once for the data source. */
export const ENTITIES = [UserEntity, SessionEntity, ConditionEntity, GroupEntity, GroupMembershipEntity, ThreadEntity, ReplyEntity];
