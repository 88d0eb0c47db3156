import { Module } from '@nestjs/common';
import { DigestService } from './digest.service';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Module({ providers: [NotificationsService, NotificationsResolver, DigestService], exports: [NotificationsService, DigestService] })
export class NotificationsModule {}
