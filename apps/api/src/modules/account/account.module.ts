import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AccountController } from './account.controller';
import { AccountResolver } from './account.resolver';
import { AccountService } from './account.service';

/** A member's sessions, data export and account deletion. */
@Module({ imports: [AuthModule], controllers: [AccountController], providers: [AccountService, AccountResolver] })
export class AccountModule {}
