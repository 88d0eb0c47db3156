import { Module } from '@nestjs/common';
import { ConditionsModule } from '../conditions/conditions.module';
import { ExperienceReportsModule } from '../experience-reports/experience-reports.module';
import { GroupsModule } from '../groups/groups.module';
import { GuidesResolver } from './guides.resolver';
import { GuidesService } from './guides.service';

/** Curated guides: a condition's best advice, curated by moderators, versioned and audited. */
@Module({
  imports: [ConditionsModule, GroupsModule, ExperienceReportsModule],
  providers: [GuidesService, GuidesResolver],
})
export class GuidesModule {}
