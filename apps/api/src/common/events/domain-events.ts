import { EventEmitter } from 'node:events';
import { Global, Injectable, Module } from '@nestjs/common';

/** Things that happened, for other features of this process to react to (after commit). */
export interface DomainEventMap {
  /** A member left a group or was removed from it: they leave its chat room at once. */
  'membership.ended': { groupId: string; userId: string; reason: 'left' | 'removed' };
  /** One member blocked (blocked=true) or unblocked the other; `hidden` says whether either still blocks the other. */
  'block.changed': { blockerId: string; blockedId: string; hidden: boolean };
  /** A thread or reply was posted (committed). */
  'post.created': { type: 'thread' | 'reply'; id: string };
  /** A member marked a thread or reply as helpful. */
  'helpful.marked': { type: 'thread' | 'reply'; id: string; markerId: string };
  /** A moderator decided a request to join a group. */
  'join.decided': { userId: string; groupId: string; approved: boolean; deciderId: string };
  /** A moderator acted on a member or their content; the member is told what and why. */
  'moderation.action': { userId: string; actorId: string | null; groupId: string | null; message: string; url: string };
  /** Content's moderation state changed (hidden, removed, restored, approved): live views update. */
  'content.moderated': { type: import('@kindred/contracts').ReportTarget; id: string; groupId: string | null; state: 'visible' | 'pending' | 'hidden' | 'removed' };
  /** A service responded to a story of care (or changed its response): its author is told. */
  'care.responded': { responseId: string; firstTime: boolean };
  /** A chat message was stored (for mentions). */
  'chat.posted': { messageId: string };
  /** A notification was stored for a member: deliver it live if they are online. */
  'notification.created': { userId: string; notification: unknown; unread: number };
  /** A session was ended by its owner: its sockets close at once. */
  'session.ended': { sessionId: string; userId: string };
  /** A member signed out everywhere: every connection of theirs closes. */
  'user.signed-out': { userId: string };
  /** An account was deleted: every connection of it closes. */
  'account.deleted': { userId: string };
  /** A member changed what chat shows of them. */
  'privacy.changed': { userId: string; sharePresence: boolean; shareTyping: boolean };
  /** A member saved their profile bio (for the crisis check). */
  'profile.updated': { userId: string; bio: string };
}

/** A typed, in-process event bus. Listeners run synchronously; keep them short and non-throwing. */
@Injectable()
export class DomainEvents {
  private readonly emitter = new EventEmitter();

  emit<K extends keyof DomainEventMap>(event: K, payload: DomainEventMap[K]): void {
    this.emitter.emit(event, payload);
  }

  on<K extends keyof DomainEventMap>(event: K, listener: (payload: DomainEventMap[K]) => void): () => void {
    this.emitter.on(event, listener);
    return () => this.emitter.off(event, listener);
  }
}

@Global()
@Module({ providers: [DomainEvents], exports: [DomainEvents] })
export class DomainEventsModule {}
