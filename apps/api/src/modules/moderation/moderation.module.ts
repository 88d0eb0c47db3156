import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module';
import { GroupSafetyResolver, ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';
import { ScreeningService } from './screening.service';
import { BioScreening } from './safety/bio-screening';
import { SafetyResolver } from './safety/safety.resolver';
import { WatchedWordsService } from './watched-words.service';

/**
 * Moderation and safety: reports and the review queue, moderators' actions, the audit log,
 * screening of new content (crisis signs, watched words, new members), and the text checks
 * the composers run before posting.
 */
@Module({
  imports: [GroupsModule],
  providers: [ModerationService, ScreeningService, WatchedWordsService, ModerationResolver, GroupSafetyResolver, SafetyResolver, BioScreening],
  exports: [ScreeningService, ModerationService],
})
export class ModerationModule {}
