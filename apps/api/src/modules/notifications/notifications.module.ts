import { Module } from '@nestjs/common';
import { DigestService } from './digest.service';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { ThreadsModule } from '../threads/threads.module';

@Module({
  // Threads and replies are read through the threads feature's PostsRepository.
  imports: [ThreadsModule],
  providers: [NotificationsService, NotificationsResolver, DigestService], exports: [NotificationsService, DigestService] })
export class NotificationsModule {}
