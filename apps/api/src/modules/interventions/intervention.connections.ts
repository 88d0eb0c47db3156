import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/graphql/pagination';
import { InterventionObject } from './intervention.object';

@ObjectType()
export class InterventionConnection extends ConnectionType(InterventionObject, 'Intervention') {}
