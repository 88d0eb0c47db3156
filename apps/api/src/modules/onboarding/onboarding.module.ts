import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GroupEntity } from '../groups/group.entity';
import { MemberConditionsRepository } from './member-conditions.repository';
import { OnboardingResolver } from './onboarding.resolver';
import { OnboardingService } from './onboarding.service';

@Module({
  imports: [TypeOrmModule.forFeature([GroupEntity])],
  providers: [MemberConditionsRepository, OnboardingService, OnboardingResolver],
})
export class OnboardingModule {}
