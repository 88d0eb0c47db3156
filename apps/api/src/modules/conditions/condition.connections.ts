import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/graphql/pagination';
import { ConditionObject } from './condition.object';

@ObjectType()
export class ConditionConnection extends ConnectionType(ConditionObject, 'Condition') {}
