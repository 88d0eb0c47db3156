import { Module } from '@nestjs/common';
import { RetentionService } from './retention.service';

/** Retention: records that only serve for a while (exports, ended sessions, used links, retry keys) are deleted when done. */
@Module({ providers: [RetentionService], exports: [RetentionService] })
export class RetentionModule {}
