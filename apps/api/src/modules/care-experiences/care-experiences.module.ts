import { Module } from '@nestjs/common';
import { ModerationModule } from '../moderation/moderation.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { CareExperiencesResolver } from './care-experiences.resolver';
import { CareExperiencesService } from './care-experiences.service';

/** Experiences of care: stories, services' responses, and what services hear. */
@Module({
  imports: [ModerationModule, OrganisationsModule],
  providers: [CareExperiencesService, CareExperiencesResolver],
  exports: [CareExperiencesService],
})
export class CareExperiencesModule {}
