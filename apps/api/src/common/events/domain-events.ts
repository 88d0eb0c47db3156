import { EventEmitter } from 'node:events';
import { Global, Injectable, Module } from '@nestjs/common';

/** Things that happened, for other features of this process to react to (after commit). */
export interface DomainEventMap {
  /** A member left a group or was removed from it: they leave its chat room at once. */
  'membership.ended': { groupId: string; userId: string; reason: 'left' | 'removed' };
  /** One member blocked (blocked=true) or unblocked the other; `hidden` says whether either still blocks the other. */
  'block.changed': { blockerId: string; blockedId: string; hidden: boolean };
  /** A member changed what chat shows of them. */
  'privacy.changed': { userId: string; sharePresence: boolean; shareTyping: boolean };
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
