import { ModerationModule } from '../moderation/moderation.module';
import { Module } from '@nestjs/common';
import { ConditionsModule } from '../conditions/conditions.module';
import { InterventionsModule } from '../interventions/interventions.module';
import { ThreadsModule } from '../threads/threads.module';
import { ExperienceReportsResolver, ThreadReportsResolver } from './experience-reports.resolver';
import { ExperienceReportsService } from './experience-reports.service';

@Module({
  imports: [InterventionsModule, ConditionsModule, ThreadsModule, ModerationModule],
  providers: [ExperienceReportsService, ExperienceReportsResolver, ThreadReportsResolver],
  exports: [ExperienceReportsService],
})
export class ExperienceReportsModule {}
