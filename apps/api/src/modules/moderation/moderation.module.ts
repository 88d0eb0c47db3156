import { Module } from '@nestjs/common';
import { SafetyResolver } from './safety/safety.resolver';

/** Moderation and safety. So far: the crisis and personal-information checks on text. */
@Module({ providers: [SafetyResolver] })
export class ModerationModule {}
