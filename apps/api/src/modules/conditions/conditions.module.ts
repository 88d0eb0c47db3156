import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConditionEntity } from './condition.entity';
import { ConditionsResolver } from './conditions.resolver';
import { ConditionsService } from './conditions.service';

@Module({
  imports: [TypeOrmModule.forFeature([ConditionEntity])],
  providers: [ConditionsService, ConditionsResolver],
  exports: [ConditionsService],
})
export class ConditionsModule {}
