import { Module } from '@nestjs/common';
import { ExperienceReportsModule } from '../experience-reports/experience-reports.module';
import { ThreadsModule } from '../threads/threads.module';
import { HomeRepository } from './home.repository';
import { HomeResolver } from './home.resolver';
import { HomeService } from './home.service';

/** The signed-in member's home page, and their saved posts. */
@Module({
  imports: [ThreadsModule, ExperienceReportsModule],
  providers: [HomeRepository, HomeService, HomeResolver],
})
export class HomeModule {}
