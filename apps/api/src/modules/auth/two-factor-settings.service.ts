import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { MailService } from '../../common/mail/mail.service';
import { accountMail } from './account-mail';
import { AccountSecurityService } from './account-security.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import { TwoFactorService, type TwoFactorSetup } from './two-factor.service';

const wrongCode = (field: string, message = 'That code is not right. Check the time on your phone, and use the newest code.') =>
  new AppError('INVALID_TWO_FACTOR_CODE', message, { fields: [{ field, code: 'INVALID_VALUE', message }] });

/**
 * A member's two-factor settings: set up (or move to a new device), new recovery codes, off.
 * Turning it on or replacing it needs the password and a code from the new secret; new codes
 * and turning it off need the password and a current code (or a recovery code). Every change is
 * mailed to the member.
 */
@Injectable()
export class TwoFactorSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly totp: TwoFactorService,
    private readonly security: AccountSecurityService,
    private readonly throttle: SignInThrottleService,
    private readonly mail: MailService,
  ) {}

  begin(viewer: AuthUser): Promise<TwoFactorSetup> {
    return this.totp.begin(viewer.id, viewer.handle);
  }

  async confirm(viewer: AuthUser, code: string, password: string, ip: string): Promise<{ codes: string[] }> {
    const u = await this.security.checkPassword(viewer, password, ip);
    const codes = await this.totp.confirm(viewer.id, code);
    if (!codes) {
      await this.throttle.recordFailure(viewer.id, ip);
      throw wrongCode('code');
    }
    this.mail.sendLater(accountMail.twoFactorChanged(u.email, u.handle, 'on'));
    return { codes };
  }

  async regenerate(viewer: AuthUser, password: string, code: string, ip: string): Promise<{ codes: string[] }> {
    const u = await this.checkBoth(viewer, password, code, ip);
    const codes = await this.totp.replaceRecoveryCodes(viewer.id);
    this.mail.sendLater(accountMail.twoFactorChanged(u.email, u.handle, 'new-codes'));
    return { codes };
  }

  async disable(viewer: AuthUser, password: string, code: string, ip: string): Promise<boolean> {
    const u = await this.checkBoth(viewer, password, code, ip);
    await this.totp.disable(viewer.id);
    this.mail.sendLater(accountMail.twoFactorChanged(u.email, u.handle, 'off'));
    return true;
  }

  private async checkBoth(viewer: AuthUser, password: string, code: string, ip: string) {
    const [row]: { on: boolean }[] = await this.db.query(`SELECT totp_enabled_at IS NOT NULL AS on FROM users WHERE id = $1`, [viewer.id]);
    if (!row?.on) throw new AppError('TWO_FACTOR_NOT_ON', 'Two-factor sign-in is not on for this account.');
    const u = await this.security.checkPassword(viewer, password, ip);
    const digits = /^\s*\d{3}\s?\d{3}\s*$/.test(code);
    const ok = digits ? await this.totp.verifyCode(viewer.id, code) : await this.totp.useRecoveryCode(viewer.id, code);
    if (!ok) {
      await this.throttle.recordFailure(viewer.id, ip);
      throw wrongCode('code', 'That code is not right: use the newest code from your app, or an unused recovery code.');
    }
    return u;
  }
}
