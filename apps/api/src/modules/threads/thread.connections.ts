import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/graphql/pagination';
import { ReplyObject, ThreadObject } from './thread.object';

@ObjectType()
export class ThreadConnection extends ConnectionType(ThreadObject, 'Thread') {}

@ObjectType()
export class ReplyConnection extends ConnectionType(ReplyObject, 'Reply') {}
