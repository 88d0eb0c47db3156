import { Global, Module } from '@nestjs/common';
import { AccessService } from './access.service';

/** The access rules (see AccessService), available to every feature. */
@Global()
@Module({ providers: [AccessService], exports: [AccessService] })
export class AccessModule {}
