import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '../users/user.entity';
import { AccountSecurityResolver } from './account-security.resolver';
import { AccountSecurityService } from './account-security.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import { TwoFactorSettingsService } from './two-factor-settings.service';
import { TwoFactorService } from './two-factor.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  providers: [
    AuthService,
    AuthResolver,
    PasswordService,
    SessionService,
    SignInThrottleService,
    AccountSecurityService,
    AccountSecurityResolver,
    TwoFactorService,
    TwoFactorSettingsService,
  ],
  exports: [SessionService, PasswordService, AccountSecurityService],
})
export class AuthModule {}
