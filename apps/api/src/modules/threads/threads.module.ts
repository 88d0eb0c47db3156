import { ModerationModule } from '../moderation/moderation.module';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GroupsModule } from '../groups/groups.module';
import { RepliesService } from './replies.service';
import { ReplyEntity } from './reply.entity';
import { ThreadEntity } from './thread.entity';
import { RepliesResolver, ThreadsResolver } from './threads.resolver';
import { ThreadsService } from './threads.service';
import { PostsRepository } from './posts.repository';
import { PlannedOnceStatements } from '../../common/database/planned-once';

@Module({
  imports: [TypeOrmModule.forFeature([ThreadEntity, ReplyEntity]), GroupsModule, ModerationModule],
  providers: [PlannedOnceStatements, PostsRepository, ThreadsService, RepliesService, ThreadsResolver, RepliesResolver],
  exports: [ThreadsService, PostsRepository, PlannedOnceStatements],
})
export class ThreadsModule {}
