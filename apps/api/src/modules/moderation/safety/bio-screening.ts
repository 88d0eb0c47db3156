import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainEvents } from '../../../common/events/domain-events';
import { loadTarget } from '../moderation-targets';
import { ModerationService } from '../moderation.service';
import { checkCrisis } from './crisis';

/**
 * Profile bios get the crisis check too: a bio that signals a risk of self-harm or suicide opens
 * a crisis case on the member, at the top of the queue, like a post would. (The bio form runs
 * `checkText` first, so its author is shown the help lines at once.) Never blocks the save.
 */
@Injectable()
export class BioScreening implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('BioScreening');
  private off: (() => void) | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly moderation: ModerationService,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.off = this.events.on('profile.updated', ({ userId, bio }) => {
      this.screen(userId, bio).catch((e: unknown) => this.log.error(`Could not queue a bio for review: ${(e as Error).message}`));
    });
  }

  onModuleDestroy(): void {
    this.off?.();
  }

  /** Opens (or joins) a crisis case on the member when their bio shows crisis signs. */
  async screen(userId: string, bio: string): Promise<boolean> {
    if (!bio || !checkCrisis(bio).crisis) return false;
    await this.db.transaction(async (tx) => {
      const target = await loadTarget(tx, 'member', userId);
      if (target) await this.moderation.openCase(tx, target, 'crisis', true);
    });
    return true;
  }
}
