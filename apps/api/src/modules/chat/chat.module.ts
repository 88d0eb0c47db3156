import { ModerationModule } from '../moderation/moderation.module';
import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { GroupsModule } from '../groups/groups.module';
import { ChatRateLimiter } from './chat-rate-limit';
import { ChatGateway } from './chat.gateway';
import { ChatResolver } from './chat.resolver';
import { ChatService } from './chat.service';

/** Live group chat: the Socket.IO gateway, its rules, and chat over GraphQL. */
@Module({
  imports: [GroupsModule, AuthModule, ModerationModule],
  providers: [ChatService, ChatGateway, ChatResolver, ChatRateLimiter],
  exports: [ChatService],
})
export class ChatModule {}
