import { Module } from '@nestjs/common';
import { InterventionsResolver } from './interventions.resolver';
import { InterventionsService } from './interventions.service';

@Module({
  providers: [InterventionsService, InterventionsResolver],
  exports: [InterventionsService],
})
export class InterventionsModule {}
