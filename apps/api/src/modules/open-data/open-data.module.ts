import { Module } from '@nestjs/common';
import { OpenDataController } from './open-data.controller';
import { OpenDataResolver } from './open-data.resolver';
import { OpenDataService } from './open-data.service';

/** Open data: quarterly, consent-gated, disclosure-controlled releases and their files. */
@Module({ controllers: [OpenDataController], providers: [OpenDataService, OpenDataResolver], exports: [OpenDataService] })
export class OpenDataModule {}
