import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/graphql/pagination';
import { ExperienceReportObject } from './experience-report.object';

@ObjectType()
export class ExperienceReportConnection extends ConnectionType(ExperienceReportObject, 'ExperienceReport') {}
