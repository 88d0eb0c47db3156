import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/graphql/pagination';
import { ClinicianApplicationObject, MemberObject } from './user.object';

@ObjectType()
export class ClinicianApplicationConnection extends ConnectionType(ClinicianApplicationObject, 'ClinicianApplication') {}

@ObjectType()
export class MemberConnection extends ConnectionType(MemberObject, 'Member') {}
